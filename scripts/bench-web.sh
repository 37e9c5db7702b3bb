#!/usr/bin/env bash
# Benchmark of the web inbox and incident workspace under load (not part of `./mvnw verify`).
#
# Usage: scripts/bench-web.sh [TASKS] [USERS] [REQUESTS]      (defaults 10000 50 100)
#
# Builds the test classes once, then runs io.breachflow.web.bench.WebBenchmark with the test classpath:
# the whole application starts on an H2 file database in a temp dir (random HTTP, engine and SMTP ports),
# TASKS open tasks are inserted straight into human_task, one incident is reported through the API,
# USERS browser sessions log in through the form (officers, legal, the DPO) and each fetches /inbox and
# /incidents/{id} alternately REQUESTS times, all concurrently, after a warm-up of REQUESTS/5.
# Latency is measured inside the server by a servlet filter ahead of security and rendering: wall time
# on the last line, and the request thread's CPU time on the line before (telling work from waiting for
# a core on a loaded machine; the load average is printed too).
# The last line of output is exactly:
#   inbox p50=<ms> p95=<ms> p99=<ms> workspace p50=<ms> p95=<ms> p99=<ms> (server wall ms) tasks=<n> users=<u> requests/user=<r> think-ms=<t>
# Environment: BENCH_JAVA_OPTS (default -Xmx1g), MVN_ARGS (extra Maven flags, e.g. -o), BENCH_THINK_MS (mean
# pause between one user's requests, uniform 0..2x; default 0 = back-to-back, i.e. the server saturated).
set -euo pipefail

cd "$(dirname "$0")/.."
classpath_file=target/bench-classpath.txt

# shellcheck disable=SC2086
./mvnw -q -B ${MVN_ARGS:-} -DskipTests test-compile
# shellcheck disable=SC2086
./mvnw -q -B ${MVN_ARGS:-} dependency:build-classpath -Dmdep.outputFile="$classpath_file" >/dev/null

# shellcheck disable=SC2086
exec java ${BENCH_JAVA_OPTS:--Xmx1g} \
  -cp "target/test-classes:target/classes:$(cat "$classpath_file")" \
  io.breachflow.web.bench.WebBenchmark "$@"
