#!/usr/bin/env bash
# Hostile input against the packaged app (issue 10): the fragment bomb's server time at several levels
# (bench/Fragments.java), then a long fuzz run (dev.parley.fuzz.Fuzzer from the test classes) as an anonymous
# client and as an editor. Usage: bench/hostile.sh   Knobs (environment): BENCH_PORT (18091), FUZZ_COUNT (20000),
# FUZZ_SEED (20261130), FRAGMENT_LEVELS ("0 16 20 24 30"; 0 is { __typename }), FRAGMENT_REPEATS (5), FRAGMENT_TIMEOUT (120 s),
# BENCH_BUILD=1 to rebuild the app (./mvnw package -Pbench: Server-Timing) and the test classes first.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${BENCH_PORT:-18091}
# health is served on the management interface, a port of its own
MANAGEMENT_PORT=${BENCH_MANAGEMENT_PORT:-18092}
BASE=http://127.0.0.1:$PORT
CP="$(pwd)/target/quarkus-app/lib/main/*:$(pwd)/target/quarkus-app/lib/boot/*"
OUT=bench/results/hostile-$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$OUT/app"
exec > >(tee "$OUT/run.log") 2>&1

source bench/lib.sh
ensure_bench_build
if [ "${BENCH_BUILD:-0}" = 1 ] || [ ! -d target/test-classes/dev/parley/fuzz ]; then
    ./mvnw -B -q test-compile -Pbench
fi
ports_free

# An editor for the fuzzer's mutations, in the app's working directory (the packaged app has none).
echo "fuzz=$(echo -n 'fuzz:Parley:fuzz-secret' | md5sum | cut -d' ' -f1)" >"$OUT/app/editors.properties"
echo "fuzz=editor" >"$OUT/app/editor-roles.properties"

APP_DIR=$OUT/app start_app "$OUT/app/app.log" -Dquarkus.datasource.jdbc.url="jdbc:h2:file:$(pwd)/$OUT/app/parley;WRITE_DELAY=0"

echo "=== fragment bomb (server time from Server-Timing)"
# shellcheck disable=SC2086
java bench/Fragments.java "$BASE" "${FRAGMENT_TIMEOUT:-120}" "${FRAGMENT_REPEATS:-5}" ${FRAGMENT_LEVELS:-0 16 20 24 30}

echo "=== fuzz: ${FUZZ_COUNT:-20000} requests, seed ${FUZZ_SEED:-20261130}"
TEST_CP="$(pwd)/target/test-classes:$(./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)"
java -cp "$TEST_CP" dev.parley.fuzz.Fuzzer "$BASE" "${FUZZ_COUNT:-20000}" "${FUZZ_SEED:-20261130}" fuzz fuzz-secret
