#!/usr/bin/env bash
# Time to a drawn dashboard (/) in headless Chromium on a generated dataset: a fresh H2 file migrated by the
# packaged app, bench/Generate.java's data, then bench/Dashboard.java loads the page several times.
# Usage: bench/dashboard.sh [incidents ...]   (default: 1000000). Needs /usr/bin/chromium and chromedriver.
# Knobs: BENCH_PORT (18091), BENCH_LOADS (5), BENCH_BUILD=1 to rebuild the app first.
set -euo pipefail
cd "$(dirname "$0")/.."

SCALES=("$@")
[ ${#SCALES[@]} -gt 0 ] || SCALES=(1000000)
PORT=${BENCH_PORT:-18091}
# health is served on the management interface, a port of its own
MANAGEMENT_PORT=${BENCH_MANAGEMENT_PORT:-18092}
CP='target/quarkus-app/lib/main/*:target/quarkus-app/lib/boot/*'
WORK=$(mktemp -d /tmp/parley-dashboard-bench.XXXXXX)

source bench/lib.sh
ensure_bench_build
ports_free
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/test.cp" >/dev/null
SELENIUM_CP=$(cat "$WORK/test.cp")
trap 'stop_app; rm -rf "$WORK"' EXIT

echo "commit=$(git rev-parse --short HEAD) cpus=$(nproc) load=$(cut -d' ' -f1-3 /proc/loadavg)"
for scale in "${SCALES[@]}"; do
    echo "=== $scale incidents"
    url="jdbc:h2:file:$WORK/db-$scale/parley"
    start_app "$WORK/migrate-$scale.log" -Dquarkus.datasource.jdbc.url="$url;WRITE_DELAY=0"
    stop_app
    java -cp "$CP" bench/Generate.java --url "$url;CACHE_SIZE=262144" --incidents "$scale" | tail -1
    start_app "$WORK/app-$scale.log" -Dquarkus.datasource.jdbc.url="$url;WRITE_DELAY=0"
    java -cp "$SELENIUM_CP" bench/Dashboard.java "http://127.0.0.1:$PORT/" "${BENCH_LOADS:-5}"
    stop_app
done
