#!/usr/bin/env bash
# Benchmark of the embedded engine (not part of `./mvnw verify`).
#
# Usage: scripts/bench-engine.sh [jobs|timer|message] [N]
#        (or BENCH_RUN=<run> N=<instances> scripts/bench-engine.sh; default run: jobs)
#
# jobs (default, unchanged):
# Builds the test classes once, then runs io.breachflow.engine.bench.EngineBenchmark with the test
# classpath: the engine on an H2 file database in a temp dir, a start -> service task -> end process,
# N instances (default 20000) created from 4 client threads with at most BENCH_IN_FLIGHT (default 32)
# in flight, completed by 4 job workers of the real Camunda client (job streaming on, with polling
# alongside as the client does; BENCH_STREAM=false for polling only).
# The last line of output is exactly:
#   instances/s=<x> job-roundtrip-p50-ms=<y> job-roundtrip-p99-ms=<z> peak-heap-mb=<w>
# timer: N (default 10000) instances each waiting on a 1-second intermediate timer (real clock), then a
# service task completed by 4 streaming workers; last line:
#   timers=<n> fired=<m> timer-lateness-p50-ms=<x> timer-lateness-p99-ms=<y> timer-lateness-max-ms=<z> peak-heap-mb=<w>
# message: N (default 10000) instances waiting on a message catch with distinct correlation keys, then N
# messages published; last line:
#   messages=<n> correlated=<m> correlations/s=<x> publish/s=<y> correlation-latency-p99-ms=<z> peak-heap-mb=<w>
# Environment: BENCH_RUN, N, BENCH_IN_FLIGHT (jobs: 32, timer/message: 64), BENCH_STREAM (jobs),
# BENCH_MESSAGE_TTL_MS (message, default 60000), BENCH_JAVA_OPTS (default -Xmx1g).
set -euo pipefail

cd "$(dirname "$0")/.."
run="${BENCH_RUN:-jobs}"
n="${N:-}"
for arg in "$@"; do
  case "$arg" in
    jobs|timer|message) run="$arg" ;;
    ''|*[!0-9]*) echo "usage: $0 [jobs|timer|message] [N]" >&2; exit 2 ;;
    *) n="$arg" ;;
  esac
done
classpath_file=target/bench-classpath.txt

./mvnw -q -B -DskipTests test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile="$classpath_file" >/dev/null

# shellcheck disable=SC2086
exec java ${BENCH_JAVA_OPTS:--Xmx1g} \
  -cp "target/test-classes:target/classes:$(cat "$classpath_file")" \
  io.breachflow.engine.bench.EngineBenchmark "$run" ${n:+"$n"}
