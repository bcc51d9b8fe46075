#!/usr/bin/env bash
# Parley benchmark, end to end: for each scale, a fresh H2 file migrated by the app, the generated dataset,
# the load driver against the packaged app (-Xmx512m), heap figures, and (at the largest scale) query plans.
# Writes bench/results/<timestamp>.md. Usage: bench/run.sh [incidents ...]   (default: 10000 100000 1000000)
# Knobs (environment): BENCH_PORT (18090), BENCH_MANAGEMENT_PORT (18091: health), BENCH_CONCURRENCY (1,4,16), BENCH_WARMUP (2 s), BENCH_SECONDS (6 s),
# BENCH_MAX_REQUESTS (20000), BENCH_BUILD=1 to rebuild the app first (built anyway when target/ holds another build
# than bench/lib.sh's benchmark build), BENCH_KEEP_DB=1 to keep the databases.
set -euo pipefail
cd "$(dirname "$0")/.."

SCALES=("$@")
[ ${#SCALES[@]} -gt 0 ] || SCALES=(10000 100000 1000000)
PORT=${BENCH_PORT:-18090}
BASE=http://127.0.0.1:$PORT
MANAGEMENT_PORT=${BENCH_MANAGEMENT_PORT:-18091}
MANAGEMENT=http://127.0.0.1:$MANAGEMENT_PORT
CONCURRENCY=${BENCH_CONCURRENCY:-1,4,16}
WARMUP=${BENCH_WARMUP:-2}
MEASURE=${BENCH_SECONDS:-6}
MAX_REQUESTS=${BENCH_MAX_REQUESTS:-20000}
PLAN_QUERIES=(incidents-filtered timeline concurrent-incidents)
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT=bench/results/$STAMP
CP='target/quarkus-app/lib/main/*:target/quarkus-app/lib/boot/*'
mkdir -p "$OUT"
exec > >(tee "$OUT/run.log") 2>&1

source bench/lib.sh
ensure_bench_build
ports_free

{
    echo "started=$STAMP"
    echo "commit=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src bench || echo '+changes')"
    echo "cpus=$(nproc)"
    echo "memory=$(free -g | awk '/^Mem:/ {print $2 " GB"}')"
    echo "java=$(java -version 2>&1 | head -1)"
    echo "scales=${SCALES[*]}"
    echo "concurrency=$CONCURRENCY warmup=${WARMUP}s measured=${MEASURE}s max_requests=$MAX_REQUESTS"
    echo "load_before=$(cut -d' ' -f1-3 /proc/loadavg)"
} >"$OUT/env.txt"

# The driver and the plan reader, compiled once. Queries in order of weight: the heaviest last.
DRIVER="$OUT/classes:$CP"
javac -d "$OUT/classes" -cp "$CP" bench/Load.java bench/Explain.java
QUERIES=(concurrent-incidents incidents-filtered timeline incident-stats contract-small contract-10 contract)
for file in bench/queries/*.graphql; do
    name=$(basename "$file" .graphql)
    [[ " ${QUERIES[*]} " == *" $name "* ]] || QUERIES+=("$name")
done

LARGEST=${SCALES[${#SCALES[@]}-1]}
for scale in "${SCALES[@]}"; do
    echo "=== $scale incidents"
    db="$OUT/db-$scale"
    mkdir -p "$db"
    url="jdbc:h2:file:$(pwd)/$db/parley"

    start_app "$OUT/app-migrate-$scale.log" -Dquarkus.datasource.jdbc.url="$url;WRITE_DELAY=0"
    stop_app

    java -cp "$CP" bench/Generate.java --url "$url;CACHE_SIZE=262144" --incidents "$scale" \
        | tee "$OUT/generate-$scale.log"

    # One driver run per query; should a query take the app down (out of memory), the next gets a fresh one.
    starts=0
    for query in "${QUERIES[@]}"; do
        if [ -z "$APP_PID" ] || ! kill -0 "$APP_PID" 2>/dev/null; then
            if [ "$starts" -gt 0 ]; then
                echo "the app died (see $OUT/app-$scale-$starts.log); restarting it for $query"
            fi
            starts=$((starts + 1))
            start_app "$OUT/app-$scale-$starts.log" -Dquarkus.datasource.jdbc.url="$url;WRITE_DELAY=0" -Xlog:gc:file="$OUT/gc-$scale-$starts.log"
        fi
        # Which GC log lines belong to which query: its file and the line it starts at.
        gc="$OUT/gc-$scale-$starts.log"
        echo "$query $gc $(cat "$gc" 2>/dev/null | wc -l)" >>"$OUT/gc-marks-$scale.txt"
        java -Xmx256m -cp "$DRIVER" Load --base "$BASE" --management "$MANAGEMENT" --label "$scale" --queries bench/queries --only "$query" \
            --concurrency "$CONCURRENCY" --warmup "$WARMUP" --seconds "$MEASURE" --max-requests "$MAX_REQUESTS" \
            --tsv "$OUT/load.tsv" || echo "[$scale] $query: the load driver stopped early (exit $?)"
    done
    if kill -0 "$APP_PID" 2>/dev/null; then
        jcmd "$APP_PID" GC.heap_info >"$OUT/heap-$scale.txt" 2>&1 || true
    fi
    stop_app

    if [ "$scale" = "$LARGEST" ]; then
        # The SQL each request runs, with its parameter values, from H2's trace; then its plan, app stopped.
        trace="$db/parley.trace.db"
        start_app "$OUT/plans-app-$scale.log" -Dquarkus.datasource.jdbc.url="$url;WRITE_DELAY=0;TRACE_LEVEL_FILE=2"
        for query in "${PLAN_QUERIES[@]}"; do
            java -cp "$DRIVER" Load --base "$BASE" --management "$MANAGEMENT" --label "$scale" --only "$query" --once true \
                --trace "$trace" --trace-out "$OUT/trace-$scale-$query.txt"
        done
        stop_app
        for query in "${PLAN_QUERIES[@]}"; do
            java -cp "$DRIVER" Explain --url "$url" --trace "$OUT/trace-$scale-$query.txt" \
                >"$OUT/plan-$scale-$query.txt" 2>&1 || true
        done
    fi
    [ "${BENCH_KEEP_DB:-0}" = 1 ] || rm -rf "$db"
done

echo "load_after=$(cut -d' ' -f1-3 /proc/loadavg)" >>"$OUT/env.txt"
python3 bench/summarize.py "$OUT" >"bench/results/$STAMP.md"
echo "summary: bench/results/$STAMP.md"
