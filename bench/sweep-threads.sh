#!/bin/sh
# Sweep scaling (issue 5): wall and CPU time of the same sweep at 1 and 2 threads, alternating, each
# into a fresh folder (nothing resumed). Prints a markdown table with the load average around each run.
# Usage: bench/sweep-threads.sh [FIGURE, default fig5] [BUDGET, default quick] [SHARD, default 1/6] [REPEATS, default 2]
set -eu
cd "$(dirname "$0")/.."
fig=${1:-fig5}
budget=${2:-quick}
shard=${3:-1/6}
reps=${4:-2}
./geneft --version >/dev/null
jar=target/geneft.jar
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

echo "machine: $(nproc) cores, $(uname -sr), $(java -version 2>&1 | head -1); date: $(date -u +%Y-%m-%dT%H:%MZ)"
echo "command: geneft sweep $fig --budget $budget --shard $shard --threads T --out <fresh folder>"
echo
echo "| repeat | threads | wall s | CPU s (user + sys) | CPU / wall | load average before |"
echo "|---|---|---|---|---|---|"
for i in $(seq "$reps"); do
    for t in 1 2; do
        load=$(cut -d' ' -f1-3 /proc/loadavg)
        /usr/bin/time -f "%e %U %S" -o "$tmp/t" java --add-modules jdk.incubator.vector -jar $jar sweep "$fig" --budget "$budget" --shard "$shard" \
            --threads "$t" --out "$tmp/$i-$t" >/dev/null 2>&1
        set -- $(tail -1 "$tmp/t")
        cpu=$(echo "$2 + $3" | bc)
        echo "| $i | $t | $1 | $cpu | $(echo "scale=2; $cpu / $1" | bc) | $load |"
    done
done
