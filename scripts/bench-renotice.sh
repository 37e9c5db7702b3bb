#!/usr/bin/env bash
# Benchmark of the regulator-ordered re-notice and of "was this person told?" on PostgreSQL (not part of
# `./mvnw verify`).
#
# Usage: scripts/bench-renotice.sh [N] [L]      (defaults 1000000 and 33700000)
#
# Needs BENCH_JDBC_URL=jdbc:postgresql://host:port/db (and BENCH_JDBC_USER, BENCH_JDBC_PASSWORD): a new schema
# in that database, migrated by Flyway and dropped afterwards. Builds the test classes once, then runs
# io.breachflow.notices.RenoticeBenchmark: a finished run of N people is generated set-based (97 % SENT,
# 1 % each BOUNCED, FAILED, SUPPRESSED), the re-notice cohort is copied from its ledger (one INSERT … SELECT,
# CohortImporter.copyOf) and the later run's ledger filled, both timed; then the ledger is grown to L rows and
# 1,000 random people are looked up (NoticeLookup: by person id, email and phone in turn), each timed.
# The last line of output is exactly:
#   renotice-people=<n> copy-s=<x> copy-rows/s=<y> ledger-fill-s=<z> lookup-ledger-rows=<l> lookup-p50-ms=<a> lookup-p99-ms=<b> lookup-max-ms=<c>
# Environment: BENCH_JAVA_OPTS (default -Xmx512m), MVN_ARGS (e.g. -o).
set -euo pipefail

cd "$(dirname "$0")/.."
n="${1:-${N:-1000000}}"
l="${2:-${L:-33700000}}"
if [[ -z "${BENCH_JDBC_URL:-}" ]]; then
  echo "Set BENCH_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/<database> (and BENCH_JDBC_USER, BENCH_JDBC_PASSWORD)" >&2
  exit 2
fi
classpath_file=target/bench-classpath.txt

# shellcheck disable=SC2086
./mvnw -q -B ${MVN_ARGS:-} -DskipTests -Dlicense.skip=true test-compile
# shellcheck disable=SC2086
./mvnw -q -B ${MVN_ARGS:-} dependency:build-classpath -Dmdep.outputFile="$classpath_file" >/dev/null

# shellcheck disable=SC2086
java ${BENCH_JAVA_OPTS:--Xmx512m} -Dbench.jdbc.url="$BENCH_JDBC_URL" -Dbench.jdbc.user="${BENCH_JDBC_USER:-}" \
  -Dbench.jdbc.password="${BENCH_JDBC_PASSWORD:-}" \
  -cp "target/test-classes:target/classes:$(cat "$classpath_file")" \
  io.breachflow.notices.RenoticeBenchmark "$n" "$l"
