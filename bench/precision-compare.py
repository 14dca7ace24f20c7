#!/usr/bin/env python3
"""Compares two sweeps of the same grids in float64 and float32, run for run and claim for claim.

    bench/precision-compare.py F64_DIR F32_DIR [--figures fig3,fig5,fig6,fig7,fig8]

Each DIR holds one folder per figure (DIR/fig5/runs.jsonl and summary.json), as bench/precision-compare.sh
writes them. Runs are paired by key (a float32 key is the float64 key with "|precision=float32" appended).
Prints, per figure: the runs paired, those in the same phase, the largest difference of the final full accuracy,
and every claim whose verdict differs. The rule (issue 16, fixed before the comparison was run): float32 may
become the sweeps' default only when at least 98 % of all paired runs have the same phase and no verdict differs.
Exit 0 when the rule holds, 1 when it does not, 2 on bad input.
"""
import json
import sys
from pathlib import Path

SUFFIX = "|precision=float32"


def load(path):
    runs = {}
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                print(f"{path}:{i}: not a stored run ({e})", file=sys.stderr)
                sys.exit(2)
            key = r["key"][: -len(SUFFIX)] if r["key"].endswith(SUFFIX) else r["key"]
            runs[key] = r
    return runs


def verdicts(path):
    with open(path, encoding="utf-8") as f:
        return {c["id"]: c["verdict"] for c in json.load(f)["claims"]}


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    figures = "fig3,fig5,fig6,fig7,fig8"
    for i, a in enumerate(argv):
        if a == "--figures" and i + 1 < len(argv):
            figures = argv[i + 1]
            args.remove(figures)
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    a, b = Path(args[0]), Path(args[1])
    total = same = 0
    changed = []
    print(f"{'figure':8} {'paired':>6} {'same':>6} {'share':>7} {'max |dacc|':>10}  phase changes (float64 -> float32)")
    for fig in figures.split(","):
        for d in (a, b):
            for f in ("runs.jsonl", "summary.json"):
                if not (d / fig / f).is_file():
                    print(f"{d / fig / f}: missing", file=sys.stderr)
                    return 2
        r64, r32 = load(a / fig / "runs.jsonl"), load(b / fig / "runs.jsonl")
        keys = sorted(set(r64) & set(r32))
        if len(keys) != len(r64) or len(keys) != len(r32):
            print(f"{fig}: the stores hold different runs ({len(r64)} and {len(r32)}, {len(keys)} in common)",
                  file=sys.stderr)
            return 2
        n_same = sum(r64[k]["phase"] == r32[k]["phase"] for k in keys)
        dacc = max(abs(r64[k]["full_acc"] - r32[k]["full_acc"]) for k in keys)
        moves = {}
        for k in keys:
            if r64[k]["phase"] != r32[k]["phase"]:
                m = f"{r64[k]['phase']}->{r32[k]['phase']}"
                moves[m] = moves.get(m, 0) + 1
        total += len(keys)
        same += n_same
        print(f"{fig:8} {len(keys):6d} {n_same:6d} {n_same / len(keys):7.3f} {dacc:10.4f}  "
              + ", ".join(f"{m} {c}" for m, c in sorted(moves.items())))
        v64, v32 = verdicts(a / fig / "summary.json"), verdicts(b / fig / "summary.json")
        for cid in sorted(set(v64) | set(v32)):
            if v64.get(cid) != v32.get(cid):
                changed.append(f"{cid}: {v64.get(cid)} (float64) against {v32.get(cid)} (float32)")
    share = same / total if total else 0.0
    print(f"all      {total:6d} {same:6d} {share:7.3f}")
    print("verdicts that differ: " + ("none" if not changed else "; ".join(changed)))
    ok = share >= 0.98 and not changed
    print(f"rule (>= 98 % of runs in the same phase, no verdict changed): {'holds' if ok else 'does not hold'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
