#!/usr/bin/env bash
# Export of generated incidents as CSV and GeoJSON (GET /exports/incidents.csv|.geojson): MB/s and the heap.
# A fresh H2 file migrated by the packaged app, bench/Generate.java's data, then the app with -Xmx512m and a GC log;
# each export is downloaded twice with curl (the second is reported: the JIT is warm) while the GC log records the heap.
# Usage: bench/export.sh [incidents ...]   (default: 1000000). Knobs: BENCH_PORT (18093), BENCH_MANAGEMENT_PORT
# (18094), BENCH_BUILD=1 to rebuild the app first, BENCH_KEEP_DB=1 to keep the generated database.
set -euo pipefail
cd "$(dirname "$0")/.."

SCALES=("$@")
[ ${#SCALES[@]} -gt 0 ] || SCALES=(1000000)
PORT=${BENCH_PORT:-18093}
MANAGEMENT_PORT=${BENCH_MANAGEMENT_PORT:-18094}
CP='target/quarkus-app/lib/main/*:target/quarkus-app/lib/boot/*'
WORK=$(mktemp -d /tmp/parley-export-bench.XXXXXX)

source bench/lib.sh
ensure_bench_build
ports_free
cleanup() {
    stop_app
    if [ "${BENCH_KEEP_DB:-0}" = 1 ]; then echo "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

# Largest heap occupancy seen before a collection in the GC log lines from $2 on ("Pause Young ... 180M->40M(512M)").
peak_heap() {
    local peak
    peak=$(tail -n +"$2" "$1" | grep -oE '[0-9]+M->[0-9]+M' | cut -dM -f1 | sort -n | tail -1)
    echo "${peak:-(no collection during the export)}"
}

echo "commit=$(git rev-parse --short HEAD) cpus=$(nproc) load=$(cut -d' ' -f1-3 /proc/loadavg)"
for scale in "${SCALES[@]}"; do
    echo "=== $scale incidents, H2 file, -Xmx512m"
    url="jdbc:h2:file:$WORK/db-$scale/parley"
    start_app "$WORK/migrate-$scale.log" -Dquarkus.datasource.jdbc.url="$url;WRITE_DELAY=0"
    stop_app
    java -cp "$CP" bench/Generate.java --url "$url;CACHE_SIZE=262144" --incidents "$scale" | tail -1
    gc="$WORK/gc-$scale.log"
    start_app "$WORK/app-$scale.log" "-Xlog:gc:file=$gc" -Dquarkus.datasource.jdbc.url="$url;WRITE_DELAY=0"
    for format in csv geojson; do
        for run in 1 2; do
            from=$(($(wc -l <"$gc") + 1))
            read -r bytes seconds first <<<"$(curl -sf -o "$WORK/out.$format" \
                -w '%{size_download} %{time_total} %{time_starttransfer}' "http://127.0.0.1:$PORT/exports/incidents.$format")"
            rows=$([ "$format" = csv ] && python3 -c "import csv,sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], newline='', encoding='utf-8'))) - 1)" "$WORK/out.$format" \
                || python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['features']))" "$WORK/out.$format")
            printf '%-8s run %d: %d rows, %.1f MB in %.1f s = %.1f MB/s (first byte %.2f s), peak heap before GC (MB) %s\n' \
                "$format" "$run" "$rows" "$(echo "$bytes / 1000000" | bc -l)" "$seconds" \
                "$(echo "$bytes / 1000000 / $seconds" | bc -l)" "$first" "$(peak_heap "$gc" "$from")"
        done
    done
    echo "jcmd GC.heap_info after the exports:"
    jcmd "$APP_PID" GC.heap_info | sed -n '2,3p'
    stop_app
done
