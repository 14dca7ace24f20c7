#!/bin/sh
# The trainer's two matrix products (forward layer, weight gradient) at the default configuration: the kernel's
# own loops against EJML, a maintained dense-matrix library, float and double, side by side in one JVM
# (bench/java/org/geneft/training/KernelVsEjml.java). EJML is fetched from Maven Central into the local Maven
# repository for this benchmark only; the product does not depend on it.
#   bench/kernel-vs-ejml.sh [EJML_VERSION, default 0.43.1]
set -eu
cd "$(dirname "$0")/.."
v=${1:-0.43.1}
./geneft --version >/dev/null   # builds target/classes
repo=$HOME/.m2/repository/org/ejml
for m in ejml-core ejml-ddense ejml-fdense; do
    [ -f "$repo/$m/$v/$m-$v.jar" ] || mvn -B -q dependency:get -Dartifact=org.ejml:$m:$v >&2
done
cp="target/classes:$repo/ejml-core/$v/ejml-core-$v.jar:$repo/ejml-ddense/$v/ejml-ddense-$v.jar:$repo/ejml-fdense/$v/ejml-fdense-$v.jar"
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
javac -nowarn --add-modules jdk.incubator.vector -d "$out" -cp "$cp" bench/java/org/geneft/training/KernelVsEjml.java 2>&1 \
    | grep -v 'incubat' >&2 || true
echo "machine: $(nproc) cores, $(uname -sr), $(java -version 2>&1 | head -1); EJML $v; date: $(date -u +%Y-%m-%dT%H:%MZ); load: $(cut -d' ' -f1-3 /proc/loadavg)"
java --add-modules jdk.incubator.vector -cp "$out:$cp" org.geneft.training.KernelVsEjml 2>/dev/null
