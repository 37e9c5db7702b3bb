#!/usr/bin/env bash
# Benchmark of the embedded engine (not part of `./mvnw verify`).
#
# Usage: scripts/bench-engine.sh [N]        (or N=<instances> scripts/bench-engine.sh)
#
# Builds the test classes once, then runs io.breachflow.engine.bench.EngineBenchmark with the test
# classpath: the engine on an H2 file database in a temp dir, a start -> service task -> end process,
# N instances (default 20000) created from 4 client threads with at most BENCH_IN_FLIGHT (default 32)
# in flight, completed by 4 job workers of the real Camunda client (job streaming on, with polling
# alongside as the client does; BENCH_STREAM=false for polling only).
# The last line of output is exactly:
#   instances/s=<x> job-roundtrip-p50-ms=<y> job-roundtrip-p99-ms=<z> peak-heap-mb=<w>
# Environment: N, BENCH_IN_FLIGHT, BENCH_STREAM, BENCH_JAVA_OPTS (default -Xmx1g).
set -euo pipefail

cd "$(dirname "$0")/.."
n="${1:-${N:-20000}}"
classpath_file=target/bench-classpath.txt

./mvnw -q -B -DskipTests test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile="$classpath_file" >/dev/null

# shellcheck disable=SC2086
exec java ${BENCH_JAVA_OPTS:--Xmx1g} \
  -cp "target/test-classes:target/classes:$(cat "$classpath_file")" \
  io.breachflow.engine.bench.EngineBenchmark "$n"
