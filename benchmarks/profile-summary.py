#!/usr/bin/env python3
"""Summarises a dotnet-trace Speedscope file: self and inclusive time per frame over all threads, in % of the sampled
time, with the threads' waiting (blocked) time kept apart. EventPipe samples every managed thread, running or not, so
a raw self-time table counts a thread parked in Thread.Join or Monitor.Wait as much as one parsing; frames that only wait
are listed under "waiting" and left out of the percentages of work.
Usage: benchmarks/profile-summary.py FILE.speedscope.json [top-N] [frame-substring ...]
"""
import json, sys
from collections import defaultdict

# A thread whose top frame is one of these is parked, not working.
WAITING = ("WaitHandle.Wait", "Monitor.Wait", "Thread.Join", "Thread.Sleep", "LowLevelLifoSemaphore", "WaitOneCore",
           "WaitForSignal", "WaitNative", "PortableThreadPool+GateThread", "Monitor.ReliableEnter", "SpinWait",
           "ManualResetEventSlim.Wait", "Task.SpinThenBlockingWait", "Task.InternalWaitCore", "SemaphoreSlim.Wait",
           "EventPipe", "Interop+Sys.Poll", "Interop+Sys.Read(", "SocketAsyncEngine", "LowLevelMonitor.Wait",
           "Console", "WaitSubsystem")

def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    wanted = sys.argv[3:]
    data = json.load(open(path))
    frames = [f["name"] for f in data["shared"]["frames"]]
    self_time = defaultdict(float)
    inclusive = defaultdict(float)
    total = 0.0
    waiting = defaultdict(float)
    for profile in data["profiles"]:
        stack = []
        last = None
        for event in profile["events"]:
            at = event["at"]
            if stack and last is not None and at > last:
                span = at - last
                names = [frames[i] for i in stack]
                # The leaf is the thread's state (CPU_TIME, UNMANAGED_CODE_TIME); the method is the frame under it.
                state = names[-1] if names[-1].isupper() else ""
                methods = names[:-1] if state else names
                leaf = (methods[-1] if methods else names[-1]) + ("  [native]" if state == "UNMANAGED_CODE_TIME" else "")
                parked = next((w for w in WAITING if any(w in n for n in methods[-3:])), None)
                if any("PollGC" in n for n in methods[-3:]):
                    parked = "suspended for a garbage collection (PollGC)"
                if parked:
                    waiting[parked] += span
                else:
                    total += span
                    self_time[leaf] += span
                    for name in set(names):
                        inclusive[name] += span
            last = at
            if event["type"] == "O":
                stack.append(event["frame"])
            else:
                # Close events come in stack order; tolerate a missing open.
                if stack and stack[-1] == event["frame"]:
                    stack.pop()
                elif event["frame"] in stack:
                    del stack[len(stack) - 1 - stack[::-1].index(event["frame"]):]
    wall = sum(p["endValue"] - p["startValue"] for p in data["profiles"])
    print(f"sampled thread time {wall:.0f} ms; working {total:.0f} ms; parked {sum(waiting.values()):.0f} ms")
    print("\nparked, by what the thread waits in:")
    for name, t in sorted(waiting.items(), key=lambda kv: -kv[1])[:10]:
        print(f"  {t:8.0f} ms  {name}")
    print(f"\nself time, % of working time (top {top}):")
    for name, t in sorted(self_time.items(), key=lambda kv: -kv[1])[:top]:
        print(f"  {100 * t / total:5.1f} %  {name[:150]}")
    if wanted:
        print("\ninclusive time of the frames asked for:")
        for w in wanted:
            hits = sorted(((n, t) for n, t in inclusive.items() if w in n), key=lambda kv: -kv[1])[:5]
            for name, t in hits:
                print(f"  {100 * t / total:5.1f} %  {name[:150]}")

main()
