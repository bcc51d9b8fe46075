#!/usr/bin/env bash
# Import benchmark (issue 13): N generated ACLED-layout rows imported into the packaged app on PostgreSQL over
# POST /imports/acled, against the same file loaded with PostgreSQL's COPY into a staging table (the physical limit).
# Usage: bench/import.sh [rows]   (default 1000000). Builds the pg build (bench/lib.sh) unless target/ holds it;
#        BENCH_BUILD=1 rebuilds it anyway.
# Knobs: BENCH_DB (parley_import_bench; dropped and created), BENCH_PG_HOST (127.0.0.1), BENCH_PORT (18190),
#        BENCH_MANAGEMENT_PORT (18191), BENCH_HEAP (512m), BENCH_CHUNK_ROWS (500).
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-1000000}
DB=${BENCH_DB:-parley_import_bench}
PGHOST=${BENCH_PG_HOST:-127.0.0.1}
PORT=${BENCH_PORT:-18190}
MANAGEMENT_PORT=${BENCH_MANAGEMENT_PORT:-18191}
HEAP=${BENCH_HEAP:-512m}
CHUNK=${BENCH_CHUNK_ROWS:-500}
WORK=bench/results/import-$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$WORK"
FILE=$WORK/acled-$ROWS.csv

source bench/lib.sh
ensure_bench_build -Dquarkus.profile=pg
ports_free

echo "generating $ROWS ACLED-layout rows in $FILE"
python3 - "$ROWS" "$FILE" <<'PY'
import random, sys
rows, path = int(sys.argv[1]), sys.argv[2]
rnd = random.Random(20220224)
types = [("Explosions/Remote violence", "Shelling/artillery/missile attack"), ("Explosions/Remote violence", "Air/drone strike"),
         ("Battles", "Armed clash"), ("Violence against civilians", "Attack"), ("Strategic developments", "Looting/property destruction")]
actors = [("Military Forces of Russia (2000-)", 8), ("Military Forces of Ukraine (2019-)", 1), ("Wagner Group", 8), ("Unidentified Armed Group (Ukraine)", 3)]
oblasts = ["Donetsk", "Kharkiv", "Zaporizhia", "Kherson", "Luhansk", "Sumy", "Dnipropetrovsk", "Mykolaiv", "Odesa", "Kyiv"]
outlets = ["Ukrainska Pravda", "Ukrinform", "Suspilne", "Ministry of Defence of Ukraine", "TASS", "Kyiv Independent"]
with open(path, "w", encoding="utf-8", newline="") as out:
    out.write("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,"
              "actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,"
              "latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp\r\n")
    for i in range(rows):
        et, st = rnd.choice(types)
        a1, i1 = rnd.choice(actors[:2]) if et != "Violence against civilians" else actors[0]
        a2, i2 = ("Civilians (Ukraine)", 7) if et == "Violence against civilians" else rnd.choice(actors)
        ob = rnd.choice(oblasts)
        day = 1 + i % 28
        src = "; ".join(rnd.sample(outlets, rnd.randint(1, 2)))
        out.write(f"BNC{i},2023-{1 + i % 12:02d}-{day:02d},2023,{rnd.choice((1, 1, 1, 2))},Political violence,{et},{st},{a1},,{i1},"
                  f"{a2},,{i2},{i1}{i2},{'Civilian targeting' if i2 == 7 else ''},804,Europe,Ukraine,{ob},{ob} raion,,"
                  f"{ob} place {rnd.randint(1, 300)},{rnd.uniform(46, 52):.4f},{rnd.uniform(30, 40):.4f},{rnd.randint(1, 3)},{src},National,"
                  f"\"Generated benchmark event {i}: {st.lower()} near {ob}, \"\"as reported\"\".\",{rnd.choice((0, 0, 0, 1, 2, 5))},,1690000000\r\n")
PY
BYTES=$(stat -c %s "$FILE")

echo "fresh database $DB on $PGHOST"
dropdb -h "$PGHOST" -U postgres --if-exists "$DB"
createdb -h "$PGHOST" -U postgres "$DB"

# an editor for the bench: passwords are HEX(MD5(user:Parley:password))
echo "bench=$(printf 'bench:Parley:bench-secret' | md5sum | cut -d' ' -f1)" > "$WORK/editors.properties"
echo "bench=editor" > "$WORK/editor-roles.properties"
PARLEY_DB_URL="jdbc:postgresql://$PGHOST:5432/$DB" PARLEY_DEMO_DATA=false APP_DIR=$WORK start_app "$WORK/app.log" \
    "-Xmx$HEAP" -Dquarkus.profile=pg -Dparley.imports.chunk-rows="$CHUNK"

echo "importing over HTTP"
START=$(date +%s.%N)
curl -s -u bench:bench-secret -H 'Content-Type: text/csv' --data-binary @"$FILE" \
    "http://127.0.0.1:$PORT/imports/acled?name=$(basename "$FILE")" > "$WORK/report.json"
END=$(date +%s.%N)
jcmd "$APP_PID" GC.heap_info > "$WORK/heap.txt" 2>&1 || true   # the subshell exec'd java: APP_PID is the JVM
stop_app

echo "COPY into a staging table (the physical limit)"
psql -q -h "$PGHOST" -U postgres -d "$DB" -c "create table acled_staging (event_id_cnty text, event_date text, year text,
  time_precision text, disorder_type text, event_type text, sub_event_type text, actor1 text, assoc_actor_1 text, inter1 text,
  actor2 text, assoc_actor_2 text, inter2 text, interaction text, civilian_targeting text, iso text, region text, country text,
  admin1 text, admin2 text, admin3 text, location text, latitude text, longitude text, geo_precision text, source text,
  source_scale text, notes text, fatalities text, tags text, timestamp text)"
COPY_START=$(date +%s.%N)
psql -q -h "$PGHOST" -U postgres -d "$DB" -c "\\copy acled_staging from '$FILE' with (format csv, header true)"
COPY_END=$(date +%s.%N)

python3 - "$WORK/report.json" "$START" "$END" "$COPY_START" "$COPY_END" "$ROWS" "$BYTES" "$WORK" <<'PY' | tee "$WORK/summary.md"
import json, sys, re, pathlib
report = json.load(open(sys.argv[1]))
start, end, cstart, cend = map(float, sys.argv[2:6])
rows, size, work = int(sys.argv[6]), int(sys.argv[7]), sys.argv[8]
imp, cp = end - start, cend - cstart
heap = pathlib.Path(work, "heap.txt")
used = re.search(r"used (\d+)K", heap.read_text()) if heap.exists() else None
print(f"| rows | file | import over HTTP | rows/s | COPY into staging | rows/s | import / COPY |")
print(f"| --- | --- | --- | --- | --- | --- | --- |")
print(f"| {rows:,} | {size / 1e6:.0f} MB | {imp:.1f} s ({report['status']}, written {report['rowsWritten']:,}, rejected {report['rowsRejected']}) "
      f"| {rows / imp:,.0f} | {cp:.1f} s | {rows / cp:,.0f} | {cp / imp * 100:.1f}% of COPY's rate |")
if used:
    print(f"\nheap in use after the import: {int(used.group(1)) / 1024:.0f} MB")
PY
