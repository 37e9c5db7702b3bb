#!/usr/bin/env bash
# Benchmark of notice dispatch end to end (not part of `./mvnw verify`).
#
# Usage: scripts/bench-dispatch.sh [N]      (default 1000000)
#
# Starts Postfix's smtp-sink on 127.0.0.1:2526 (install Debian `postfix` if missing), builds the test
# classes once, then runs io.breachflow.notices.bench.DispatchBenchmark with the test classpath: N
# synthetic recipients written to a CSV file, imported as a cohort (streaming), then a run of the Korean
# letter through the real dispatcher and SMTP gateway to the sink, on an H2 file database in a temp dir.
# The last line of output is exactly:
#   notices/s=<x> import-rows/s=<y> peak-heap-mb=<z> ledger-sent=<n> sink=<m>
# Database: an H2 file in a temp dir by default; with BENCH_JDBC_URL=jdbc:postgresql://host:port/db (and
# BENCH_JDBC_USER, BENCH_JDBC_PASSWORD) a new schema in that PostgreSQL database, dropped afterwards —
# the database a Coupang-scale installation runs on (cohorts are imported with COPY there).
# Environment: BENCH_CLIENT (pipelining = Breachflow's plain SMTP client, default; jakarta-mail),
# BENCH_SESSIONS (SMTP sessions, default 8), BENCH_RATE (messages/s ceiling, 0 = none),
# BENCH_PORT (default 2526), BENCH_JAVA_OPTS (default -Xmx512m), MVN_ARGS (e.g. -o).
# NODES=k (PostgreSQL only, BENCH_JDBC_URL required): k dispatcher JVMs on the one database and sink, as k
# Breachflow nodes (issue 19); the last line then also gives minutes and each node's peak heap
# (node-peak-heap-mb=<node1,node2,…>). With BENCH_RATE the ceiling holds for all nodes together.
set -euo pipefail

cd "$(dirname "$0")/.."
n="${1:-${N:-1000000}}"
nodes="${NODES:-1}"
if [[ "$nodes" -gt 1 && "${BENCH_JDBC_URL:-}" != jdbc:postgresql:* ]]; then
  echo "NODES=$nodes needs a shared PostgreSQL: set BENCH_JDBC_URL=jdbc:postgresql://host:port/db" >&2
  exit 2
fi
port="${BENCH_PORT:-2526}"
sink_bin=/usr/sbin/smtp-sink
if [[ ! -x "$sink_bin" ]]; then
  echo "smtp-sink not found: apt-get install -y postfix" >&2
  exit 2
fi
classpath_file=target/bench-classpath.txt

# shellcheck disable=SC2086
./mvnw -q -B ${MVN_ARGS:-} -DskipTests test-compile
# shellcheck disable=SC2086
./mvnw -q -B ${MVN_ARGS:-} dependency:build-classpath -Dmdep.outputFile="$classpath_file" >/dev/null

sink_out=$(mktemp)
sink_user=()
if [[ $(id -u) -eq 0 ]]; then sink_user=(-u nobody); fi
"$sink_bin" -c "${sink_user[@]}" "127.0.0.1:$port" 1024 >"$sink_out" 2>&1 &
sink_pid=$!
trap 'kill "$sink_pid" 2>/dev/null || true; rm -f "$sink_out"' EXIT

out=$(mktemp)
# shellcheck disable=SC2086
java ${BENCH_JAVA_OPTS:--Xmx512m} -Dbench.smtp.port="$port" -Dbench.sessions="${BENCH_SESSIONS:-8}" \
  -Dbench.rate="${BENCH_RATE:-0}" -Dbench.nodes="$nodes" -Dbench.client="${BENCH_CLIENT:-pipelining}" \
  -Dbench.jdbc.url="${BENCH_JDBC_URL:-}" -Dbench.jdbc.user="${BENCH_JDBC_USER:-}" \
  -Dbench.jdbc.password="${BENCH_JDBC_PASSWORD:-}" \
  -cp "target/test-classes:target/classes:$(cat "$classpath_file")" \
  io.breachflow.notices.bench.DispatchBenchmark "$n" | tee "$out"

kill "$sink_pid" 2>/dev/null || true
wait "$sink_pid" 2>/dev/null || true
sink_count=$(tr '\r' '\n' <"$sink_out" | grep -o 'mesg=[0-9]*' | tail -1 | cut -d= -f2)
echo "$(tail -1 "$out") sink=${sink_count:-0}"
rm -f "$out"
