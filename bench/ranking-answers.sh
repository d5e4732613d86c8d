#!/usr/bin/env bash
# Ranking answers to compare byte for byte between two jars, and the uncached year=latest ranking's time over HTTP,
# against an app that is already running on the national set (response cache off: start it with
# --hospital-atlas.http.response-cache-entries=0).
#
# Reproduce: BASE=http://127.0.0.1:PORT bench/ranking-answers.sh DIR        writes DIR/NN.body per URL, DIR/urls
#            cmp -s … ; diff -r DIR_BEFORE DIR_AFTER                       the same URLs from the jar before
#            RUNS=21 BASE=… bench/ranking-answers.sh DIR                   requests per timed read (default 11)
# Needs curl. Everything stays on 127.0.0.1.
set -euo pipefail
BASE=${BASE:?BASE=http://127.0.0.1:PORT of a running app}
RUNS=${RUNS:-11}
DIR=${1:?a directory for the answers}
mkdir -p "$DIR"

URLS=(
  "/api/v1/indicators/beds_open/ranking?year=latest"
  "/api/v1/indicators/beds_open/ranking?year=latest&order=asc"
  "/api/v1/indicators/beds_open/ranking?year=latest&size=20&page=299"
  "/api/v1/indicators/beds_open/ranking?year=latest&size=500&page=3"
  "/api/v1/indicators/beds_open/ranking?year=latest&size=7&page=100000"
  "/api/v1/indicators/beds_open/ranking?year=latest&province=%E6%B9%96%E5%8D%97"
  "/api/v1/indicators/beds_open/ranking?year=latest&level=%E4%B8%89%E7%BA%A7%E7%94%B2%E7%AD%89"
  "/api/v1/indicators/beds_open/ranking?year=2024&size=20"
  "/api/v1/indicators/beds_open/ranking?year=2014&size=1"
  "/api/v1/indicators/beds_open/ranking?year=2020&size=20&page=17&order=asc"
  "/api/v1/indicators/beds_open/ranking?year=2024&province=%E6%B9%96%E5%8D%97"
  "/api/v1/indicators/beds_open/ranking?year=2024&min_confidence=0.5&size=20"
  "/api/v1/indicators/beds_open/ranking?year=2024&review=confirmed"
  "/api/v1/indicators/beds_open/ranking?year=2013"
  "/api/v1/indicators/discharges/ranking?year=latest&size=20"
  "/api/v1/indicators/revenue/ranking?year=2022&size=20"
  "/api/v1/indicators/outpatient_visits/ranking?year=latest&size=20&page=3"
  "/api/v1/indicators/beds_open/ranking?year=2024&kind=yoy_change_pct&size=20"
  "/api/v1/indicators/revenue_per_bed/ranking?year=2024&size=20"
  "/api/v1/indicators/discharges_per_bed/ranking?year=latest&size=20"
  "/api/v1/indicators/beds_open/ranking?year=latest&size=20&format=csv"
  "/api/v1/indicators/beds_open/ranking?year=2024&size=20&format=csv"
)
: >"$DIR/urls"
n=0
for url in "${URLS[@]}"; do
  n=$((n + 1))
  status=$(curl -s -o "$DIR/$(printf %02d "$n").body" -w '%{http_code}' --max-time 60 "$BASE$url")
  echo "$(printf %02d "$n") $status $url" >>"$DIR/urls"
done
cat "$DIR/urls"

# time PATH: RUNS requests after three warm-ups, one at a time; median and the spread, in ms
time_read() {
  local all=() t
  for _ in 1 2 3; do curl -s -o /dev/null "$BASE$1"; done
  for _ in $(seq "$RUNS"); do
    t=$(curl -s -o /dev/null -w '%{time_total}' --max-time 60 "$BASE$1")
    all+=("$(awk -v t="$t" 'BEGIN { printf "%.1f", t * 1000 }')")
  done
  printf '%-60s median %7s ms  (%s)\n' "$1" \
    "$(printf '%s\n' "${all[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')" "${all[*]}"
}
echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"
time_read "/api/v1/indicators/beds_open/ranking?year=latest"
time_read "/api/v1/indicators/beds_open/ranking?year=latest&size=20"
time_read "/api/v1/indicators/beds_open/ranking?year=2024&size=20"
time_read "/api/v1/indicators/beds_open/ranking?year=latest&province=%E6%B9%96%E5%8D%97"
echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"
