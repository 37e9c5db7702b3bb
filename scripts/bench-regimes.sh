#!/usr/bin/env bash
# Benchmark of the regulatory core (not part of `./mvnw verify`).
#
# Usage: scripts/bench-regimes.sh [WARMUP [MEASURED]]     (defaults 20000 20000)
#
# Builds the test classes once, then runs io.breachflow.regimes.bench.RegimesBenchmark with the test
# classpath: one incident with 50 affected jurisdictions, then one touching 30 US states, each evaluated
# against every regime (20 + 54 US states and territories), single thread, after WARMUP evaluations.
# The last line of output is exactly:
#   evaluations=<n> p50-ms=<x> p99-ms=<y> max-ms=<z> us-states=30 us-p50-ms=<a> us-p99-ms=<b> us-max-ms=<c> us-cpu-p99-ms=<d>
# (wall-clock latency; us-cpu-p99-ms is the evaluating thread's own CPU time, unaffected by other processes)
# Environment: BENCH_JAVA_OPTS (default -Xmx512m), MVN_ARGS (extra Maven flags, e.g. -o).
set -euo pipefail

cd "$(dirname "$0")/.."
classpath_file=target/bench-classpath.txt

# shellcheck disable=SC2086
./mvnw -q -B ${MVN_ARGS:-} -DskipTests test-compile
# shellcheck disable=SC2086
./mvnw -q -B ${MVN_ARGS:-} dependency:build-classpath -Dmdep.outputFile="$classpath_file" >/dev/null

# shellcheck disable=SC2086
exec java ${BENCH_JAVA_OPTS:--Xmx512m} \
  -cp "target/test-classes:target/classes:$(cat "$classpath_file")" \
  io.breachflow.regimes.bench.RegimesBenchmark "$@"
