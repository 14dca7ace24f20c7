#!/bin/sh
# Repon dynamics (issue 4): cost of 10^4 classified integrations of Eq. 10 against eta_x/eta_A and the
# horizon; Theorem 3's Monte Carlo against Eq. 12 on the issue's grid; N + 1 free repons against Eq. 13;
# the un-reduced two-repon flow from b(0) = 0 against Eq. 12. Prints markdown tables.
# Usage: bench/repon.sh [REPEATS, default 3] [SAMPLES, default 10000] [all | cost, default all].
# "cost" runs the first table only. With GENEFT_REFERENCE_JAR=path/to/other.jar (its lib/ beside it) the
# first table also runs that jar, interleaved run by run, so both see the same load.
set -eu
cd "$(dirname "$0")/.."
reps=${1:-3}
n=${2:-10000}
what=${3:-all}
ref=${GENEFT_REFERENCE_JAR:-}
./geneft --version >/dev/null
jar=target/geneft.jar
py=/usr/bin/python3

median() { $py -c "import sys,statistics; print('%.2f' % statistics.median(float(x) for x in sys.argv[1:]))" "$@"; }
get() { $py -c "import json,sys; d=json.load(sys.stdin); print(' '.join(str(d[k]) for k in sys.argv[1:]))" "$@"; }
wall() { # prints "wall cpu" seconds of one whole process run (cpu = user + sys), its JSON in $tmp
    /usr/bin/time -f "%e %U %S" -o "$tmp.t" java -jar ${runjar:-$jar} "$@" >"$tmp"
    $py -c "import sys; e,u,s=map(float,open(sys.argv[1]).read().split()[-3:]); print('%.2f %.2f' % (e, u+s))" "$tmp.t"
}
tmp=$(mktemp); trap 'rm -f "$tmp" "$tmp.t" "$tmp.json"' EXIT

echo "machine: $(nproc) cores, $(uname -sr), $(java -version 2>&1 | head -1); date: $(date -u +%Y-%m-%d); $n samples, $reps repeats; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "### Cost: $n classified integrations of Eq. 10 (sigma_a = sigma_c = 1, seed 1, horizon 1e6/min(eta))"
echo "| eta_x/eta_A | median in-process s | median process wall s | median process CPU s (user + sys) | p_mc | Eq. 12 | z | undecided |"
echo "|---|---|---|---|---|---|---|---|"
for r in 1e-3 1e-2 0.1 1 10 100 1e3; do
    ins=""; walls=""; cpus=""; rins=""; rcpus=""
    for i in $(seq "$reps"); do
        set -- $(wall repon probability --ratio $r --samples "$n" --json)
        walls="$walls $1"; cpus="$cpus $2"; ins="$ins $(get seconds <"$tmp")"; cp "$tmp" "$tmp.json"
        if [ -n "$ref" ]; then
            set -- $(runjar=$ref wall repon probability --ratio $r --samples "$n" --json)
            rcpus="$rcpus $2"; rins="$rins $(get seconds <"$tmp")"
        fi
    done
    [ -n "$ref" ] && echo "reference $ref at ratio $r: median in-process s $(median $rins), median CPU s $(median $rcpus)"
    set -- $(get p_mc p_theory z undecided <"$tmp.json")
    printf '| %s | %s | %s | %s | %.4f | %.4f | %.2f | %s |\n' $r "$(median $ins)" "$(median $walls)" "$(median $cpus)" "$1" "$2" "$3" "$4"
done
echo "load average at the end of the table: $(cut -d' ' -f1-3 /proc/loadavg)"
[ "$what" = cost ] && exit 0
echo
echo "### Cost against the horizon (eta_x/eta_A = 1 and 1e3): steps of one trajectory to the horizon, and $n classifications"
echo "| eta_x/eta_A | horizon x min(eta) | steps (a2 = 0.8, c = 0.5, to the horizon) | C_drift_rel | median in-process s, $n samples | median CPU s | undecided |"
echo "|---|---|---|---|---|---|---|"
for r in 1 1e3; do
    for h in 1e2 1e4 1e6 1e8; do
        steps=$(java -jar $jar repon integrate --a2 0.8 --c 0.5 --eta-a 1e-3 --eta-x $($py -c "print($r*1e-3)") --horizon $h --json | get steps C_drift_rel)
        ins=""; cpus=""
        for i in $(seq "$reps"); do
            set -- $(wall repon probability --ratio $r --samples "$n" --horizon $h --json)
            cpus="$cpus $2"; ins="$ins $(get seconds <"$tmp")"
        done
        printf '| %s | %s | %s | %.2g | %s | %s | %s |\n' $r $h "${steps% *}" "${steps#* }" "$(median $ins)" "$(median $cpus)" "$(get undecided <"$tmp")"
    done
done
echo
echo "### Theorem 3: p_mc against Eq. 12 ($n samples a cell, seed 1)"
echo "| eta_x/eta_A | sigma_a/sigma_c | p_mc +- stderr | Eq. 12 | z | undecided |"
echo "|---|---|---|---|---|---|"
for r in 1e-3 1e-2 0.1 1 10 100 1e3; do
    for s in 0.5 1 2; do
        java -jar $jar repon probability --ratio $r --sigma-a $s --samples "$n" --json >"$tmp"
        set -- $(get p_mc stderr p_theory z undecided <"$tmp")
        printf '| %s | %s | %.4f +- %.4f | %.4f | %.2f | %s |\n' $r $s "$1" "$2" "$3" "$4" "$5"
    done
done
echo
echo "### Eq. 13: one repon against N clustered ones, N + 1 free scalar repons under Eq. 7, b(0) = y ($n samples, seed 1, horizon 1e4/min(eta))"
echo "| N | eta_x/eta_A | p_mc +- stderr | Eq. 13 | z | undecided | in-process s |"
echo "|---|---|---|---|---|---|---|"
for r in 0.1 1; do
    for m in 1 2 4 8; do
        java -jar $jar repon probability --multi $m --ratio $r --samples "$n" --json >"$tmp"
        set -- $(get p_mc stderr p_theory z undecided seconds <"$tmp")
        printf '| %s | %s | %.4f +- %.4f | %.4f | %.2f | %s | %.1f |\n' $m $r "$1" "$2" "$3" "$4" "$5" "$6"
    done
done
echo
echo "### The un-reduced two-repon flow from b(0) = 0 against Eq. 12 (eta_x/eta_A = 1, $n samples, seed 1)"
echo "| y | p_mc +- stderr | Eq. 12 | z | undecided |"
echo "|---|---|---|---|---|"
for y in 0 0.5 1 2 4; do
    java -jar $jar repon probability --multi 1 --bias zero --y $y --ratio 1 --samples "$n" --json >"$tmp"
    set -- $(get p_mc stderr p_theory z undecided <"$tmp")
    printf '| %s | %.4f +- %.4f | %.4f | %.2f | %s |\n' $y "$1" "$2" "$3" "$4" "$5"
done
