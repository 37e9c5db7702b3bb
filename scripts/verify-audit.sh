#!/usr/bin/env bash
# Verifies the keyed hash chain of a running Breachflow's audit trail against its signed checkpoints:
# calls POST /api/audit/verify as an AUDITOR or ADMIN (HTTP Basic) and prints one line,
# "OK <n> entries verified[, last checkpoint at sequence <c>]" or "BROKEN at sequence <n>: <what is wrong>"
# (n is the first affected entry: changed, rewritten, deleted or cut off). Exit status: 0 intact, 1 broken,
# 2 could not ask. Compare <c> with the latest checkpoint the auditors received by mail.
#
#   scripts/verify-audit.sh                      # http://localhost:8080 as auditor/$BREACHFLOW_DEMO_PASSWORD (demo)
#   BREACHFLOW_URL=https://breachflow.example BREACHFLOW_USER=auditor BREACHFLOW_PASSWORD=... scripts/verify-audit.sh
set -euo pipefail

url="${BREACHFLOW_URL:-http://localhost:8080}"
user="${BREACHFLOW_USER:-auditor}"
password="${BREACHFLOW_PASSWORD:-${BREACHFLOW_DEMO_PASSWORD:-demo}}"

if ! answer="$(curl --silent --show-error --fail-with-body --user "${user}:${password}" \
        --header 'Accept: text/plain' --request POST "${url%/}/api/audit/verify")"; then
    echo "Could not verify the audit trail at ${url}: ${answer:-no answer}" >&2
    exit 2
fi
echo "${answer}"
case "${answer}" in
    OK*) exit 0 ;;
    *) exit 1 ;;
esac
