#!/usr/bin/env python3
"""Interleaved A/B timing of whole commands on a shared machine: every round runs each command once, in turn, so a burst
of load from other work hits all of them alike; prints per command the median wall time, CPU time (user + system of the
process tree) and peak resident memory (largest single process), the ratios to the first command, and the load average
before and after.
Usage: benchmarks/ab-runs.py [--json FILE] RUNS 'name=shell command' 'name=shell command' ...
A command may use {out}: a fresh empty folder per run (deleted after). --json also writes the medians to FILE.
"""
import json, os, shutil, statistics, subprocess, sys, tempfile, time

def run(command):
    out = tempfile.mkdtemp(prefix="ab-")
    try:
        start = time.perf_counter()
        child = subprocess.Popen(["bash", "-c", command.replace("{out}", out)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
        if os.waitstatus_to_exitcode(status) not in (0, 2):
            sys.exit(f"failed ({os.waitstatus_to_exitcode(status)}): {command}")
        return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024
    finally:
        shutil.rmtree(out, ignore_errors=True)

def main():
    args = sys.argv[1:]
    export = None
    if args[0] == "--json":
        export, args = args[1], args[2:]
    runs = int(args[0])
    commands = [arg.split("=", 1) for arg in args[1:]]
    load_before = os.getloadavg()[0]
    results = {name: [] for name, _ in commands}
    for name, command in commands:
        run(command)  # warm-up: page cache and disk
    for _ in range(runs):
        for name, command in commands:
            results[name].append(run(command))
    load_after = os.getloadavg()[0]
    print(f"{runs} interleaved runs, {os.cpu_count()} cores, load average (1 min) {load_before:.2f} before, {load_after:.2f} after")
    base = None
    summary = {"runs": runs, "cores": os.cpu_count(), "loadBefore": load_before, "loadAfter": load_after, "commands": []}
    for name, _ in commands:
        wall = statistics.median(r[0] for r in results[name])
        cpu = statistics.median(r[1] for r in results[name])
        rss = max(r[2] for r in results[name])
        base = base or (wall, cpu)
        summary["commands"].append({"name": name, "wall": wall, "cpu": cpu, "peakMiB": rss})
        print(f"{name:>24}: wall {wall:6.2f} s (x{wall / base[0]:.2f})  CPU {cpu:6.2f} s (x{cpu / base[1]:.2f})  peak RSS {rss:6.0f} MiB"
              f"  [wall min {min(r[0] for r in results[name]):.2f} max {max(r[0] for r in results[name]):.2f}]")
    if export:
        json.dump(summary, open(export, "w"), indent=2)

main()
