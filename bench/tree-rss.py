#!/usr/bin/python3
"""Runs a command and appends "WALL_S PEAK_TREE_KB CPU_S EXIT" to TIMES_FILE: the wall time, the peak of the summed
resident sets of the command's whole process tree (sampled every 10 ms from /proc), and the CPU time (user + system)
of the command and every descendant it waited for. GNU time's %M is the largest single process instead, which
misses a parent and its children resident at once (geneft's JVM beside its search children).

Usage: bench/tree-rss.py TIMES_FILE COMMAND [ARG...]   (the command's stdout and stderr pass through)
Processes not yet past exec (a JVM's child still named java, or its spawn helper) share the JVM's pages and are not
counted twice. (geneft-bounds' forked worker is counted whole: the pages it shares with its small parent, about 2 MB,
count twice.)
"""
import os
import sys
import time


def tree(pid, parent=None):
    """(pid, its parent) for pid and its descendants, from /proc's children lists."""
    out = [(pid, parent)]
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as f:
                for child in f.read().split():
                    out += tree(int(child), pid)
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
    peak = 0
    while True:
        done, status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            break
        # A JVM's child still named java (not yet past its exec) or its spawn helper shares the JVM's pages; every other
        # process counts, a JVM started by geneft-bounds (native/geneft_bounds.c) and its forked worker included.
        pids = [p for p, parent in tree(pid)
                if parent is None or not (comm(p) == "jspawnhelper" or comm(p) == comm(parent) == "java")]
        peak = max(peak, sum(resident_kb(p) for p in pids))
        time.sleep(0.01)
    wall = time.monotonic() - start
    code = os.waitstatus_to_exitcode(status)
    with open(times, "a") as f:
        f.write(f"{wall:.2f} {peak} {usage.ru_utime + usage.ru_stime:.2f} {code}\n")
    sys.exit(code)


if __name__ == "__main__":
    main()
