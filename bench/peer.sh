#!/usr/bin/env bash
# Hospital Atlas beside an auto-generated REST API over the same PostgreSQL, in one run: builds the jar, imports the
# national set once (bench/lib.sh, the data directory bench/http.sh keeps), starts the app with its response cache
# off and the peer — Platformatic's @platformatic/sql-mapper + @platformatic/sql-openapi on Fastify, on Node, over
# the app's own embedded PostgreSQL (bench/peer/server.mjs) — warms both, then drives the same reads on both sides
# with wrk, side after side, ROUNDS times (the order of the sides alternates by round):
#   compare   beds_open for 20 hospitals in one year: the app's /api/v1/compare (names, evidence, every hospital
#             asked for) against the peer's /indicatorValue/?where.hospitalId.in=…&where.year.eq=…
#   ranking   beds_open in one year, top 20 of 12 000: the app's /api/v1/indicators/beds_open/ranking (ties, peer
#             group size and median, percentiles, evidence) against the peer's plain
#             "where indicator_code = … and year = … order by value desc limit 20"
# and prints requests/s, p50 and p99 of each side, the ratio app/peer per round and over all rounds, the machine
# and its load before and after.
#
# Reproduce: bench/peer.sh                      about 8 minutes with a loaded data directory, 7 more without
#            DURATION=5 ROUNDS=1 bench/peer.sh  a quick look
#            CONNECTIONS=64 bench/peer.sh       wrk's connections (default 16, two threads)
#            APP_ARGS="--spring.datasource.hikari.maximum-pool-size=16" bench/peer.sh   app settings to try
#            WARMUP=30 bench/peer.sh            seconds of wrk on each side and read before anything is timed (default
#                                               90, the same for the app and the peer: a JVM on two shared cores is
#                                               still compiling the compare after 5 s, and sometimes after 30 s)
#            RELOAD=1 / JAR=… / OUT=…           as in bench/http.sh
# Needs a JDK 17+, Node 20+ with npm (the peer's packages are installed from the npm registry into $OUT/peer, pinned
# by bench/peer/package-lock.json), curl, psql and wrk. Everything stays on 127.0.0.1, and every process it starts
# is stopped however it ends.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

DURATION=${DURATION:-10}
WARMUP=${WARMUP:-90}
CONNECTIONS=${CONNECTIONS:-16}
ROUNDS=${ROUNDS:-2}
APP_ARGS=${APP_ARGS:-}
national_set_defaults
PEER_DIR=$OUT/peer
PEER_PID=""

require_tools wrk psql curl node npm

stop_peer() {
  if [ -n "$PEER_PID" ] && kill -0 "$PEER_PID" 2>/dev/null; then
    kill "$PEER_PID" 2>/dev/null || true
    for _ in $(seq 20); do kill -0 "$PEER_PID" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$PEER_PID" 2>/dev/null || true
  fi
  PEER_PID=""
}
trap 'stop_peer; stop_app' EXIT
trap 'exit 130' INT TERM

# the peer's packages, exactly as locked, installed again only when the lock file changes
install_peer() {
  mkdir -p "$PEER_DIR"
  cp bench/peer/package.json bench/peer/package-lock.json bench/peer/server.mjs "$PEER_DIR/"
  if ! cmp -s bench/peer/package-lock.json "$PEER_DIR/node_modules/.bench-lock.json" 2>/dev/null; then
    echo "installing the peer's packages (npm ci) …" >&2
    (cd "$PEER_DIR" && timeout 600 npm ci --no-audit --no-fund --ignore-scripts --loglevel=error >&2)
    cp bench/peer/package-lock.json "$PEER_DIR/node_modules/.bench-lock.json"
  fi
}

# start_peer: on a free port, over the PostgreSQL the app started (PGHOST … from start_kept_app); sets PEER
start_peer() {
  local port
  port=$(free_port)
  PEER="http://127.0.0.1:$port"
  (cd "$PEER_DIR" && PORT=$port exec node server.mjs) >"$OUT/peer-node.log" 2>&1 &
  PEER_PID=$!
  for _ in $(seq 60); do
    if ! kill -0 "$PEER_PID" 2>/dev/null; then
      echo "the peer stopped during start-up; see $OUT/peer-node.log" >&2
      tail -20 "$OUT/peer-node.log" >&2
      return 1
    fi
    curl -sf --max-time 2 "$PEER/indicatorValue/?limit=1" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "the peer did not answer within 30 s; see $OUT/peer-node.log" >&2
  return 1
}

# measure URL → "requests/s p50 p99 errors" of one bounded wrk run
measure() {
  local out rps p50 p99 non2xx sockerr
  out=$(timeout $((DURATION + 30)) wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency "$1")
  rps=$(awk '/Requests\/sec/ { print $2 }' <<<"$out")
  p50=$(awk '$1 == "50%" { print $2 }' <<<"$out")
  p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
  non2xx=$(awk '/Non-2xx/ { print $NF }' <<<"$out")
  sockerr=$(awk '/Socket errors/ { gsub(/,/, ""); print $4 + $6 + $8 + $10 }' <<<"$out")
  echo "${rps:-0} ${p50:-?} ${p99:-?} $((${non2xx:-0} + ${sockerr:-0}))"
}

# cpu_ticks PID…: CPU time (user + system, in clock ticks) the processes have used so far, all their threads
cpu_ticks() {
  local pid total=0
  for pid in "$@"; do
    [ -r "/proc/$pid/stat" ] || continue
    total=$((total + $(awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$pid/stat")))
  done
  echo "$total"
}

# the side's own process and every PostgreSQL process (backends of both sides, background workers): CPU of one run
# of one side is what these used while only that side was asked anything
side_ticks() {
  local own=$([ "$1" = app ] && echo "$APP_PID" || echo "$PEER_PID")
  # shellcheck disable=SC2046
  cpu_ticks "$own" "$PG_PID" $(ps -o pid= --ppid "$PG_PID" 2>/dev/null || true)
}

# expect URL COUNT PATTERN: one request answered 200 whose body holds PATTERN exactly COUNT times
expect() {
  local body status
  body=$(curl -s --max-time 60 -w '\n%{http_code}' "$1")
  status=${body##*$'\n'}
  body=${body%$'\n'*}
  if [ "$status" != 200 ] || [ "$(grep -o "$3" <<<"$body" | wc -l)" -ne "$2" ]; then
    echo "GET $1 answered $status, not $2 × $3: $(head -c 400 <<<"$body")" >&2
    return 1
  fi
}

build_jar
ensure_national_set
install_peer

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
# shellcheck disable=SC2086 # APP_ARGS is a list of Spring arguments
start_kept_app "$OUT/peer-app.log" --hospital-atlas.http.response-cache-entries=0 $APP_ARGS
start_peer

YEAR=${YEARS#*-}
# the same 20 hospitals on both sides: every 600th by id, by slug for the app and by id for the peer
IDS=$(psql -X -A -t -c 'select id from hospital order by id' | awk 'NR % 600 == 1' | paste -sd, -)
SLUGS=$(psql -X -A -t -c "select slug from hospital where id in ($IDS) order by id" | paste -sd, -)
ROWS=$(psql -X -A -t -c 'select count(*) from indicator_value')
HOSPITALS=$(psql -X -A -t -c 'select count(*) from hospital')
PEER_FILTER="where.indicatorCode.eq=beds_open&where.year.eq=$YEAR&where.kind.eq=level&where.isTarget.eq=false"

# name|app path|peer path
READS=(
  "compare|/api/v1/compare?indicator=beds_open&year=$YEAR&hospitals=$SLUGS|/indicatorValue/?$PEER_FILTER&where.hospitalId.in=$IDS&limit=100"
  "ranking|/api/v1/indicators/beds_open/ranking?year=$YEAR&size=20|/indicatorValue/?$PEER_FILTER&orderby.value=desc&limit=20"
)

# both sides answer, with 20 rows each, before anything is timed; then a warm-up of each (JIT, plans, buffers, pools)
for read in "${READS[@]}"; do
  IFS='|' read -r name app peer <<<"$read"
  expect "$BASE$app" 20 '"hospital":{'
  expect "$PEER$peer" 20 '"indicatorCode":"beds_open"'
  for url in "$BASE$app" "$PEER$peer"; do
    timeout $((WARMUP + 30)) wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" "$url" >/dev/null
  done
done

declare -A TOTAL CPU
HZ=$(getconf CLK_TCK)
echo
machine
echo "postgres: $(psql -X -A -t -c 'show server_version') embedded (shared_buffers $(psql -X -A -t -c 'show shared_buffers')), $ROWS indicator values, $HOSPITALS hospitals ($LOADED)"
echo "peer: $(cd "$PEER_DIR" && node -e "const v = p => require(p + '/package.json').version;
  console.log('@platformatic/sql-mapper ' + v('@platformatic/sql-mapper') + ', @platformatic/sql-openapi ' +
    v('@platformatic/sql-openapi') + ', fastify ' + v('fastify') + ', node ' + process.versions.node)")"
echo "wrk -t2 -c$CONNECTIONS -d${DURATION}s per line, after a ${WARMUP} s warm-up of each; app response cache off; load average before $LOAD_BEFORE"
echo "cpu ms/req: CPU time of the side's process and of every PostgreSQL process during its run, per request answered"
printf '%-8s %5s %-6s %11s %10s %10s %7s %11s\n' read round side "requests/s" p50 p99 errors "cpu ms/req"
for round in $(seq "$ROUNDS"); do
  for read in "${READS[@]}"; do
    IFS='|' read -r name app peer <<<"$read"
    sides=(app peer)
    [ $((round % 2)) = 0 ] && sides=(peer app)
    declare -A RPS=()
    for side in "${sides[@]}"; do
      url=$([ "$side" = app ] && echo "$BASE$app" || echo "$PEER$peer")
      before=$(side_ticks "$side")
      read -r rps p50 p99 errors <<<"$(measure "$url")"
      ticks=$(($(side_ticks "$side") - before))
      cpu=$(awk -v t="$ticks" -v hz="$HZ" -v r="$rps" -v d="$DURATION" 'BEGIN { printf "%.2f", (r > 0 ? 1000 * t / hz / (r * d) : 0) }')
      RPS[$side]=$rps
      TOTAL[$name-$side]=$(awk -v a="${TOTAL[$name-$side]:-0}" -v b="$rps" 'BEGIN { print a + b }')
      CPU[$name-$side]=$(awk -v a="${CPU[$name-$side]:-0}" -v b="$cpu" 'BEGIN { print a + b }')
      printf '%-8s %5s %-6s %11s %10s %10s %7s %11s\n' "$name" "$round" "$side" "$rps" "$p50" "$p99" "$errors" "$cpu"
    done
    printf '%-8s %5s %-6s %11s\n' "$name" "$round" ratio \
      "$(awk -v a="${RPS[app]}" -v p="${RPS[peer]}" 'BEGIN { printf "%.2f", (p > 0 ? a / p : 0) }')"
  done
done
echo
echo "ratio app/peer over all $ROUNDS rounds (sum of requests/s), load average after $(cut -d' ' -f1-3 /proc/loadavg):"
for read in "${READS[@]}"; do
  IFS='|' read -r name _ <<<"$read"
  awk -v n="$name" -v a="${TOTAL[$name-app]}" -v p="${TOTAL[$name-peer]}" -v r="$ROUNDS" \
    -v ca="${CPU[$name-app]}" -v cp="${CPU[$name-peer]}" \
    'BEGIN { printf "%-8s app %9.1f  peer %9.1f requests/s  ratio %.2f %-15s cpu ms/req app %.2f peer %.2f (peer/app %.2f)\n", n, a / r, p / r, a / p, (a >= p ? "(>= 1: met)" : "(< 1: NOT met)"), ca / r, cp / r, (ca > 0 ? cp / ca : 0) }'
done
echo
echo "rerun: bench/peer.sh   (DURATION=$DURATION ROUNDS=$ROUNDS CONNECTIONS=$CONNECTIONS WARMUP=$WARMUP; see the head of bench/peer.sh)"
