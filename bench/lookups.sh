#!/usr/bin/env bash
# Single-record lookups at scale (issue 11: "< 10 ms median in the server" at 1,000,000 incidents): bench/Lookups.java
# against the pg build with the benchmark routes, on an existing PostgreSQL database, one request at a time, executed.
# The database (default: peers, made by bench/peers/run.sh) is only read: the app validates its schema with Flyway and
# never migrates it, so a jar with a migration the database lacks refuses to start instead of changing it.
# Appends a section to bench/RESULTS.md (command, date, commit, dataset, load average at start and end).
# Usage: bench/lookups.sh   Knobs: LOOKUPS_DB (peers), LOOKUPS_COUNT (300 per lookup), LOOKUPS_WARMUP (300 per lookup),
# BENCH_PORT (18300), BENCH_MANAGEMENT_PORT (18301), LOOKUPS_RESULTS (bench/RESULTS.md), BENCH_BUILD=1 to rebuild
# the jar (./mvnw package -Pbench -Dquarkus.profile=pg; built anyway when target/ holds no such build).
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${LOOKUPS_DB:-peers}
PORT=${BENCH_PORT:-18300}
MANAGEMENT_PORT=${BENCH_MANAGEMENT_PORT:-18301}
RESULTS=${LOOKUPS_RESULTS:-bench/RESULTS.md}
PSQL=(psql -h 127.0.0.1 -U postgres -d "$DB" -v ON_ERROR_STOP=1 -tAq)
OUT=bench/results/lookups-$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$OUT"

source bench/lib.sh
ensure_bench_build -Dquarkus.profile=pg
ports_free

commit="$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src bench || echo '+changes')"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
started=$(date -u '+%Y-%m-%d %H:%M UTC')
incidents=$("${PSQL[@]}" -c "select count(*) from incident")
# Ids spread over the whole table, the same ones every run.
talks=$("${PSQL[@]}" -c "select string_agg(id::text, ',') from (select id from talks where id % 50 = 7 order by id limit 20) t")
incident_ids=$("${PSQL[@]}" -c "select string_agg(id::text, ',') from (select id from incident where id % 50000 = 7 order by id limit 20) t")

PARLEY_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB PARLEY_DB_USER=postgres start_app "$OUT/app.log" \
    -Dquarkus.profile=pg -Dquarkus.flyway.migrate-at-start=false -Dquarkus.flyway.validate-at-start=true
java bench/Lookups.java --base "http://127.0.0.1:$PORT" --pid "$APP_PID" --count "${LOOKUPS_COUNT:-300}" \
    --warmup "${LOOKUPS_WARMUP:-300}" --talks "$talks" --incidents "$incident_ids" | tee "$OUT/lookups.md"
stop_app
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

{
    echo
    echo "# Single-record lookups at $(printf "%'d" "$incidents") incidents (bench/lookups.sh)"
    echo
    echo "\`bench/lookups.sh\` (LOOKUPS_COUNT=${LOOKUPS_COUNT:-300} LOOKUPS_WARMUP=${LOOKUPS_WARMUP:-300}), $started," \
        "commit \`$commit\`, $(nproc) cores," \
        "$(java -version 2>&1 | head -1). Parley's pg build with the benchmark routes (\`-Pbench\`), \`-Xmx512m\`," \
        "on PostgreSQL database \`$DB\` (bench/Generate.java's data). Executed (\`Cache-Control: no-cache\`), one request" \
        "at a time; *server* is \`Server-Timing: app;dur=\`, *client* the wall time on loopback. Load average at the" \
        "start $load_before, at the end $load_after."
    echo
    cat "$OUT/lookups.md"
} >>"$RESULTS"
echo "appended to $RESULTS"
