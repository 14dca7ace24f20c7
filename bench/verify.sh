#!/usr/bin/env bash
# Times geneft verify: RUNS runs of each budget given (default: 3 smoke, 1 quick), whole process
# wall time from /usr/bin/time, stage times from each run's verdicts.json, load average before each.
#   bench/verify.sh [SMOKE_RUNS] [QUICK_RUNS]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
smoke="${1:-3}"; quick="${2:-1}"
out="$(mktemp -d)"
"$here/geneft" --version >/dev/null   # build first, outside the timings
run() {
  local budget="$1" i="$2" dir="$out/$1-$2"
  local load; load="$(cut -d' ' -f1 /proc/loadavg)"
  /usr/bin/time -f '%e %M' -o "$dir.time" "$here/geneft" verify --budget "$budget" --out "$dir" >/dev/null
  read -r wall rss < "$dir.time"
  printf '%s run %s: load %s, wall %s s, peak RSS %s MB\n' "$budget" "$i" "$load" "$wall" "$((rss / 1024))"
  /usr/bin/python3 - "$dir/verdicts.json" <<'PY'
import json, sys
v = json.load(open(sys.argv[1]))
for s in v["stages"]:
    print(f"    {s['name']:<45} {s['seconds']:8.2f} s")
PY
}
for i in $(seq 1 "$smoke"); do run smoke "$i"; done
for i in $(seq 1 "$quick"); do run quick "$i"; done
rm -rf "$out"
