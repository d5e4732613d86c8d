#!/usr/bin/env bash
# HTTP throughput and latency of the comparison endpoints on the national synthetic set: builds the jar, generates
# 12 000 hospitals × 49 indicators × 11 years (6.5 M values) and loads them through POST /api/v1/imports/… into an
# embedded PostgreSQL 17 whose data directory is kept under $OUT/http-pg (later runs reuse it: no second import),
# starts the app on 127.0.0.1 and drives compare (20 hospitals, one indicator, latest), a national ranking (one
# indicator, one year), a 50 × 20 matrix and a hospital's time series with wrk at 1, 16 and 64 connections,
# DURATION seconds each, beside /actuator/health (the in-process ceiling). Prints requests/s, p50, p99 and errors
# per endpoint and concurrency; the app's own p95 (Tomcat's access log, over the 1-connection run)
# against the targets; a few other reads dashboards make (each hospital's latest-year ranking, a ratio's ranking,
# coverage), timed one request at a time; then the same API reads answered from the app's response cache; and the
# machine.
#
# Reproduce: bench/http.sh                      about 4 minutes with a loaded data directory, 7 without
#            DURATION=5 bench/http.sh           shorter runs
#            CONNECTIONS="1 16" bench/http.sh
#            SINGLE=5 bench/http.sh             requests for each of the single-request reads (default 3)
#            RELOAD=1 bench/http.sh             drop the kept data directory and import again
#            JAR=… OUT=… bench/http.sh          an already built jar; where data and logs go (default target/bench)
# Needs a JDK 17+, curl, psql and wrk (apt-get install -y wrk postgresql-client). Everything stays on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

DURATION=${DURATION:-10}
SINGLE=${SINGLE:-3}
CONNECTIONS=${CONNECTIONS:-1 16 64}
national_set_defaults

require_tools wrk psql

trap stop_app EXIT
trap 'exit 130' INT TERM

# Tomcat's access log, for the app's own timing of each request (server_p95 below)
ACCESS_LOG_ARGS=(
  --server.tomcat.accesslog.enabled=true --server.tomcat.accesslog.directory="$(realpath "$OUT")"
  --server.tomcat.accesslog.prefix=http-access --server.tomcat.accesslog.suffix=.log
  --server.tomcat.accesslog.rotate=false --server.tomcat.accesslog.buffered=false
  '--server.tomcat.accesslog.pattern=%U %s %{us}T'
)

build_jar
ensure_national_set

LATEST_YEAR=${YEARS#*-}
start_kept_app "$OUT/http-app.log" "${ACCESS_LOG_ARGS[@]}" --hospital-atlas.http.response-cache-entries=0
# the hospitals asked for, from the database (the CSV files may be gone): every 600th, every 240th, the 42nd
psql -X -A -t -c 'select slug from hospital order by id' >"$OUT/http-slugs.txt"
H20=$(awk 'NR % 600 == 1' "$OUT/http-slugs.txt" | paste -sd, -)
H50=$(awk 'NR % 240 == 7' "$OUT/http-slugs.txt" | paste -sd, -)
ONE=$(sed -n 42p "$OUT/http-slugs.txt")
I20=$(psql -X -A -t -c 'select code from indicator order by code limit 20' | paste -sd, -)
ROWS=$(psql -X -A -t -c 'select count(*) from indicator_value')
SIZE_DB=$(psql -X -A -t -c "select pg_size_pretty(pg_database_size(current_database()))")

# name|path: single requests, timed one by one
SINGLES=(
  "ranking, latest each|/api/v1/indicators/beds_open/ranking?year=latest"
  "ranking, ratio|/api/v1/indicators/revenue_per_bed/ranking?year=$LATEST_YEAR"
  "coverage, one|/api/v1/coverage?indicators=beds_open&size=50"
  "coverage, all|/api/v1/coverage?size=500"
)

# name|path|target p95 in ms (empty: none)
ENDPOINTS=(
  "health|/actuator/health|"
  "compare|/api/v1/compare?indicator=beds_open&hospitals=$H20|20"
  "ranking|/api/v1/indicators/beds_open/ranking?year=$LATEST_YEAR|50"
  "matrix|/api/v1/compare/matrix?hospitals=$H50&indicators=$I20|50"
  "series|/api/v1/hospitals/$ONE/indicators|"
)

# run NAME PATH CONNECTIONS: one bounded wrk run, one result line
run() {
  local threads=$(($3 < 2 ? 1 : 2)) out rps p50 p99 non2xx sockerr
  out=$(timeout $((DURATION + 30)) wrk -t"$threads" -c"$3" -d"${DURATION}s" --timeout 10s --latency "$BASE$2")
  rps=$(awk '/Requests\/sec/ { print $2 }' <<<"$out")
  p50=$(awk '$1 == "50%" { print $2 }' <<<"$out")
  p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
  non2xx=$(awk '/Non-2xx/ { print $NF }' <<<"$out")
  sockerr=$(awk '/Socket errors/ { gsub(/,/, ""); print $4 + $6 + $8 + $10 }' <<<"$out")
  printf '%-9s %5s %11s %10s %10s %7s\n' "$1" "$3" "${rps:-?}" "${p50:-?}" "${p99:-?}" $((${non2xx:-0} + ${sockerr:-0}))
}

ACCESS_LOG=$OUT/http-access.log
# server_p95 PATH FROM-LINE → the 95th percentile, in ms, of the app's own time (Tomcat's access log, request in to
# response out) for the requests to PATH logged after line FROM-LINE
server_p95() {
  tail -n +"$(($2 + 1))" "$ACCESS_LOG" | awk -v path="${1%%\?*}" '$1 == path && $2 == 200 { print $3 }' | sort -n |
    awk '{ v[NR] = $1 } END { if (NR) printf "%.1f", v[int(0.95 * NR + 0.999)] / 1000 }'
}

for endpoint in "${ENDPOINTS[@]}"; do # warm-up: JIT, plans, buffers
  IFS='|' read -r name path target <<<"$endpoint"
  status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 "$BASE$path")
  [ "$status" = 200 ] || { echo "GET $path answered $status" >&2; exit 1; }
  timeout 30 wrk -t1 -c2 -d3s "$BASE$path" >/dev/null
done

echo
machine
echo "postgres: $(psql -X -A -t -c 'show server_version') embedded (shared_buffers $(psql -X -A -t -c 'show shared_buffers')), data: $ROWS indicator values ($LOADED), database $SIZE_DB"
echo "wrk $DURATION s per line, 127.0.0.1; latencies as wrk measures them (client side); response cache off"
printf '%-9s %5s %11s %10s %10s %7s\n' endpoint conns "requests/s" p50 p99 errors
P95_LINES=()
for endpoint in "${ENDPOINTS[@]}"; do
  IFS='|' read -r name path target <<<"$endpoint"
  for connections in $CONNECTIONS; do
    from=$(wc -l <"$ACCESS_LOG")
    run "$name" "$path" "$connections"
    if [ "$connections" = 1 ]; then
      p95=$(server_p95 "$path" "$from")
      if [ -n "$target" ]; then
        verdict=$(awk -v p="$p95" -v t="$target" 'BEGIN { print (p != "" && p < t ? "met" : "NOT met") }')
        P95_LINES+=("$(printf '%-9s server p95 %7s ms   target < %s ms: %s' "$name" "$p95" "$target" "$verdict")")
      else
        P95_LINES+=("$(printf '%-9s server p95 %7s ms' "$name" "$p95")")
      fi
    fi
  done
done
echo
echo "the app's own timing (Tomcat access log: request in to response out; 1 connection):"
printf '%s\n' "${P95_LINES[@]}"

# reads without a target that dashboards make: each asked SINGLE times in a row (cache off), the median of those
echo
echo "other reads, $SINGLE requests each, one at a time, median (client side, cache off):"
for endpoint in "${SINGLES[@]}"; do
  IFS='|' read -r name path <<<"$endpoint"
  times=()
  for _ in $(seq "$SINGLE"); do
    times+=("$(curl -s -o /dev/null --max-time 120 -w '%{time_total}' "$BASE$path")")
  done
  printf '%-22s %8.1f ms   %s\n' "$name" "$(printf '%s\n' "${times[@]}" | sort -n |
    awk '{ v[NR] = $1 } END { print 1000 * v[int((NR + 1) / 2)] }')" "$path"
done
stop_app

# the same reads while the data stands still: answered from the app's response cache (keyed by the data version)
start_kept_app "$OUT/http-app-cached.log" "${ACCESS_LOG_ARGS[@]}"
echo
echo "response cache on (default): the same URL again and again, 16 connections"
printf '%-9s %5s %11s %10s %10s %7s\n' endpoint conns "requests/s" p50 p99 errors
for endpoint in "${ENDPOINTS[@]:1}"; do
  IFS='|' read -r name path target <<<"$endpoint"
  curl -s -o /dev/null --max-time 30 "$BASE$path"
  run "$name" "$path" 16
done
