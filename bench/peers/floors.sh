#!/usr/bin/env bash
# The floors under the PostGraphile comparison (issue 11): what PostgreSQL alone costs for what each server sends, what
# graphql-java alone costs for each query, and the ceiling they leave for Parley's design on this machine.
# Usage: bench/peers/floors.sh [OUT]   (run by bench/peers/run.sh at its end; about 5 minutes)
#   OUT: the bench/results/peers-* directory of a bench/peers/run.sh run (default: the newest), which holds the
#   pgbench scripts and phases.tsv; the section is appended to PEERS_RESULTS (bench/RESULTS-peers.md).
# Knobs: FLOORS_SECONDS (6, per pgbench cell and per graphql-java measurement), PEERS_DB (peers), PEERS_CONCURRENCY
# (1,4,16), PEERS_QUERIES (q1,q2,q3,q4), FLOORS_PORT (18290; +1 management).
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=${1:-$(ls -d bench/results/peers-* | sort | tail -1)}
DB=${PEERS_DB:-peers}
SECONDS_EACH=${FLOORS_SECONDS:-6}
if ! [[ $SECONDS_EACH =~ ^[1-9][0-9]*$ ]]; then
    echo "FLOORS_SECONDS must be a whole number of seconds, at least 1 (got '$SECONDS_EACH')" >&2
    exit 2
fi
QUERIES=${PEERS_QUERIES:-q1,q2,q3,q4}
PORT=${FLOORS_PORT:-18290}
MANAGEMENT_PORT=$((PORT + 1))
source bench/lib.sh

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "[floors] $(date -u +%T) PostgreSQL alone: pgbench over $OUT/pgbench"
python3 bench/peers/floors.py pgbench "$OUT" "$DB" "$SECONDS_EACH" "${PEERS_CONCURRENCY:-1,4,16}" "$QUERIES"

# graphql-java alone needs the served schema and answers: the jar bench/peers/run.sh measured, on the same database.
echo "[floors] $(date -u +%T) graphql-java alone"
ports_free
PARLEY_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB PARLEY_DB_USER=postgres start_app "$OUT/floors-app.log" -Dquarkus.profile=pg
java -cp 'target/quarkus-app/lib/main/*:target/quarkus-app/lib/boot/*' bench/peers/Floors.java \
    "http://127.0.0.1:$PORT" bench/peers/queries/parley "$SECONDS_EACH" "$QUERIES" | tee "$OUT/graphql-java.txt"
stop_app

commit="$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src bench || echo '+changes')"
python3 bench/peers/floors.py report "$OUT" "${PEERS_RESULTS:-bench/RESULTS-peers.md}" "$commit" "$load_before" \
    "$(cut -d' ' -f1-3 /proc/loadavg)"
echo "[floors] $(date -u +%T) done"
