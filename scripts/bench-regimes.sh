#!/usr/bin/env bash
# Benchmark of the regulatory core (not part of `./mvnw verify`).
#
# Usage: scripts/bench-regimes.sh [WARMUP [MEASURED]]     (defaults 20000 20000)
#
# Builds the test classes once, then runs io.breachflow.regimes.bench.RegimesBenchmark with the test
# classpath: one incident with 50 affected jurisdictions evaluated against all 20 regimes, single
# thread, after WARMUP evaluations. The last line of output is exactly:
#   evaluations=<n> p50-ms=<x> p99-ms=<y> max-ms=<z>
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
