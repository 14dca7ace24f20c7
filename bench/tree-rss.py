#!/usr/bin/python3
"""Runs a command and appends "WALL_S PEAK_TREE_KB CPU_S EXIT" to TIMES_FILE: the wall time, the peak of the summed
resident sets of the command's whole process tree (sampled every 10 ms from /proc), and the CPU time (user + system)
of the command and every descendant it waited for. GNU time's %M is the largest single process instead, which
misses a parent and its children resident at once (geneft's JVM beside its search children).

Usage: bench/tree-rss.py TIMES_FILE COMMAND [ARG...]   (the command's stdout and stderr pass through)
Processes not yet past exec (a JVM's spawn helper, named like the parent) share the parent's pages and are not
counted twice.
"""
import os
import sys
import time


def tree(pid):
    """pid and its descendants, from /proc's children lists."""
    out = [pid]
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as f:
                for child in f.read().split():
                    out += tree(int(child))
    except OSError:
        pass
    return out


def comm(pid):
    try:
        with open(f"/proc/{pid}/comm") as f:
            return f.read().strip()
    except OSError:
        return ""


def resident_kb(pid):
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024
    except (OSError, IndexError):
        return 0


def main():
    times, command = sys.argv[1], sys.argv[2:]
    start = time.monotonic()
    pid = os.fork()
    if pid == 0:
        try:
            os.execvp(command[0], command)
        finally:
            os._exit(127)
    root = comm(pid)
    peak = 0
    while True:
        done, status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            break
        pids = [p for p in tree(pid) if p == pid or comm(p) not in (root, "java", "jspawnhelper")]
        peak = max(peak, sum(resident_kb(p) for p in pids))
        time.sleep(0.01)
    wall = time.monotonic() - start
    code = os.waitstatus_to_exitcode(status)
    with open(times, "a") as f:
        f.write(f"{wall:.2f} {peak} {usage.ru_utime + usage.ru_stime:.2f} {code}\n")
    sys.exit(code)


if __name__ == "__main__":
    main()
