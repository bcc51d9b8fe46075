# Shared by the bench scripts (sourced, from the repository root): the benchmark build of the jar, and starting and
# stopping the packaged app. The caller sets PORT and MANAGEMENT_PORT (health is served on the management port).

JAR=$(pwd)/target/quarkus-app/quarkus-run.jar

BUILD_MARK=target/quarkus-app/.bench-build

# bench_build [maven options...]: the jar with the benchmark routes (the pom's bench profile: /bench/baseline,
# Server-Timing and X-Bench-Sql-Statements on /graphql); a plain `./mvnw package` has none of them. The options
# (e.g. -Dquarkus.profile=pg: the database kind is fixed at build time) are noted in BUILD_MARK.
bench_build() {
    ./mvnw -B -q package -DskipTests -Pbench "$@"
    echo "$*" >"$BUILD_MARK"
}

# ensure_bench_build [maven options...]: bench_build unless target/quarkus-app already holds it with the same options,
# from sources no newer than it (any build since, such as a plain `./mvnw package`, leaves the jar newer than the
# mark); always with BENCH_BUILD=1.
ensure_bench_build() {
    if [ "${BENCH_BUILD:-0}" = 1 ] || [ ! -f "$BUILD_MARK" ] || [ "$(cat "$BUILD_MARK")" != "$*" ] \
        || [ "$JAR" -nt "$BUILD_MARK" ] || [ -n "$(find src pom.xml -newer "$BUILD_MARK" -type f -print -quit)" ] \
        || ! grep -qs 'dev/parley/bench/BenchRoutes.class' target/quarkus-app/app/*.jar; then
        bench_build "$@"
    fi
}

# ports_free: fails, naming the knob, when something already answers on PORT or MANAGEMENT_PORT.
ports_free() {
    if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then
        echo "port $PORT is in use; set BENCH_PORT" >&2
        return 1
    fi
    if curl -s -o /dev/null "http://127.0.0.1:$MANAGEMENT_PORT/"; then
        echo "port $MANAGEMENT_PORT is in use; set BENCH_MANAGEMENT_PORT" >&2
        return 1
    fi
}

APP_PID=

# start_app LOG [java options...]: the packaged app on loopback (-Xmx512m unless the options say otherwise, exits on
# OutOfMemoryError), in the directory APP_DIR (default: here; the app reads editors.properties from its working
# directory); returns when it is ready, exits the script when it does not get there. The database comes from the
# options (-Dquarkus.datasource.jdbc.url=...) or from the environment (PARLEY_DB_URL for the pg build).
start_app() {
    local log
    log=$(realpath -m "$1")
    shift
    (cd "${APP_DIR:-.}" && exec java -Xmx512m -XX:+ExitOnOutOfMemoryError "$@" \
        -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" \
        -Dquarkus.management.host=127.0.0.1 -Dquarkus.management.port="$MANAGEMENT_PORT" \
        -jar "$JAR" >"$log" 2>&1) &
    APP_PID=$!
    for _ in $(seq 240); do
        if curl -sf -o /dev/null "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready"; then
            return 0
        fi
        kill -0 "$APP_PID" 2>/dev/null || break
        sleep 0.5
    done
    echo "the app did not start; see $log" >&2
    exit 1
}

# stop_app: stops the app started by start_app (SIGTERM, then SIGKILL after 20 s); nothing when none runs.
stop_app() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID"
        for _ in $(seq 40); do
            kill -0 "$APP_PID" 2>/dev/null || break
            sleep 0.5
        done
        kill -9 "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
    fi
    APP_PID=
}

# The app stops with the script; a script with more to clean up sets its own EXIT trap that calls stop_app.
trap stop_app EXIT
trap 'exit 130' INT TERM
