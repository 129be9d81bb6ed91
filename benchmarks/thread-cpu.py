#!/usr/bin/env python3
"""CPU time per thread of one command, read from /proc every 5 ms while it runs (Linux): what a sampling profiler cannot
tell apart, since EventPipe samples every managed thread whether it is on a CPU or waiting for one. Threads named
"extract <file>" are summed as one line. Threads that live less than 5 ms may be missed, and the last 5 ms of each.
Usage: benchmarks/thread-cpu.py COMMAND [ARGS...]
"""
import os, subprocess, sys, time, collections
p = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
seen = {}
tick = os.sysconf('SC_CLK_TCK')
while p.poll() is None:
    try:
        for tid in os.listdir(f'/proc/{p.pid}/task'):
            try:
                stat = open(f'/proc/{p.pid}/task/{tid}/stat').read()
                comm = stat[stat.index('(')+1:stat.rindex(')')]
                f = stat[stat.rindex(')')+2:].split()
                seen[tid] = (comm, (int(f[11]) + int(f[12])) / tick)
            except OSError: pass
    except OSError: pass
    time.sleep(0.005)
by = collections.defaultdict(float)
for comm, t in seen.values():
    key = 'extract <file>' if comm.startswith('extract ') else ('batch worker' if comm.startswith('batch worker') else comm)
    by[key] += t
for k, v in sorted(by.items(), key=lambda kv: -kv[1]):
    if v >= 0.005:
        print(f"{v:6.2f} s  {k}")
