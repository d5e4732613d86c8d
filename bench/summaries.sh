#!/usr/bin/env bash
# The two reads the summaries of V070 are for, at national size: the ranking of each hospital's own latest year
# (`ranking?year=latest`) and coverage of every code (`/coverage?size=500`), uncached, one request at a time; the
# import of the national set timed on the way; the plans of the slow statements (auto_explain, over 20 ms) in the
# server log. Run it with the jar before and after a change to compare both sides on the same data.
#
# Reproduce: JAR=target/hospital-atlas.jar bench/summaries.sh      (generates the set into $OUT/summaries-data once)
#            PGDIR=… JAR=… bench/summaries.sh                     a data directory of its own per jar (default
#                                                                  $OUT/summaries-pg-<jar name>); kept, imported once
#            RUNS=9 bench/summaries.sh                            requests per read (default 5, median printed)
# Needs a JDK 17+, curl and psql. Everything stays on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

OUT=${OUT:-target/bench}
RUNS=${RUNS:-5}
DATA=$OUT/summaries-data
KEY="bench-$RANDOM$RANDOM"
mkdir -p "$OUT"
build_jar
PGDIR=${PGDIR:-$OUT/summaries-pg-$(basename "$JAR" .jar)}
trap stop_app EXIT
trap 'exit 130' INT TERM

start_kept() { # start_kept LOG [extra arguments …]: the app on the kept data directory, plans of slow statements logged
  APP_LOG=$1
  shift
  PORT=$(free_port)
  PG_PORT=$(free_port)
  BASE="http://127.0.0.1:$PORT"
  java -jar "$JAR" --server.address=127.0.0.1 --server.port="$PORT" \
    --hospital-atlas.embedded-postgres.data-dir="$PGDIR" --hospital-atlas.embedded-postgres.port="$PG_PORT" \
    --hospital-atlas.seeds.load=false --hospital-atlas.api-key="$KEY" \
    '--hospital-atlas.embedded-postgres.settings[session_preload_libraries]=auto_explain' \
    '--hospital-atlas.embedded-postgres.settings[auto_explain.log_min_duration]=20ms' \
    '--hospital-atlas.embedded-postgres.settings[auto_explain.log_analyze]=on' \
    '--hospital-atlas.embedded-postgres.settings[auto_explain.log_buffers]=on' \
    "$@" >"$APP_LOG" 2>&1 &
  APP_PID=$!
  for _ in $(seq 900); do # Flyway may build the summaries of 6.5 M values when the directory is from an older jar
    kill -0 "$APP_PID" 2>/dev/null || { tail -20 "$APP_LOG" >&2; return 1; }
    if curl -sf --max-time 2 "$BASE/actuator/health" >/dev/null 2>&1; then
      PG_PID=$( (ss -ltnpH "sport = :$PG_PORT" 2>/dev/null || true) | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
      pg_password
      export PGHOST=127.0.0.1 PGPORT=$PG_PORT PGUSER=postgres PGDATABASE=postgres PGCONNECT_TIMEOUT=10
      return 0
    fi
    sleep 1
  done
  return 1
}

post() { # post PATH FILE
  local status
  status=$(curl -sS --max-time 900 -o "$OUT/summaries-post.json" -w '%{http_code}' -X POST -H "X-API-Key: $KEY" \
    -H 'Content-Type: text/csv' -T "$2" "$BASE$1")
  [ "$status" = 200 ] || { echo "POST $1 answered $status: $(head -c 600 "$OUT/summaries-post.json")" >&2; return 1; }
}

if [ ! -f "$DATA/indicator_values.csv" ]; then
  java -jar "$JAR" generate --hospitals 12000 --years 2014-2024 --seed 42 --out "$DATA" >&2
fi
if [ ! -f "$PGDIR/.bench-loaded" ]; then
  rm -rf "$PGDIR"
  start_kept "$OUT/summaries-load.log"
  post "/api/v1/imports/hospitals?filename=hospitals.csv" "$DATA/hospitals.csv"
  t=$(now)
  post "/api/v1/imports/indicator-values?dataset=synthetic&filename=indicator_values.csv" "$DATA/indicator_values.csv"
  echo "import of indicator_values.csv: $(since "$t") s; $(cat "$OUT/summaries-post.json" | grep -o '"timings":{[^}]*}')"
  timeout 600 psql -X -q -c 'vacuum (analyze) indicator_value' -c 'vacuum indicator_value'
  stop_app
  touch "$PGDIR/.bench-loaded"
fi

start_kept "$OUT/summaries-app-$(basename "$JAR" .jar).log" --hospital-atlas.http.response-cache-entries=0
echo "$(psql -X -A -t -c 'select count(*) from indicator_value') values; jar $JAR; $(machine)"
# time NAME PATH: RUNS requests after one warm-up, the median and all of them in ms
time_read() {
  local all=() t
  curl -s -o /dev/null "$BASE$2"
  for _ in $(seq "$RUNS"); do
    t=$(curl -s -o /dev/null -w '%{time_total}' --max-time 60 "$BASE$2")
    all+=("$(awk -v t="$t" 'BEGIN { printf "%.1f", t * 1000 }')")
  done
  printf '%-28s median %8s ms  (%s)\n' "$1" "$(printf '%s\n' "${all[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')" "${all[*]}"
}
time_read "ranking, year=latest" "/api/v1/indicators/beds_open/ranking?year=latest"
time_read "ranking, latest, province" "/api/v1/indicators/beds_open/ranking?year=latest&province=%E6%B9%96%E5%8D%97"
time_read "ranking, year=2024" "/api/v1/indicators/beds_open/ranking?year=2024"
time_read "coverage, every code" "/api/v1/coverage?size=500"
time_read "coverage, one code" "/api/v1/coverage?indicators=beds_open&size=50"
curl -s "$BASE/api/v1/indicators/beds_open/ranking?year=latest" | md5sum | sed 's/^/ranking answer md5 /'
curl -s "$BASE/api/v1/coverage?size=500" | md5sum | sed 's/^/coverage answer md5 /'
echo "plans of statements over 20 ms: $APP_LOG"
