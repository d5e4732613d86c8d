#!/usr/bin/env bash
# Soak: mixed reads and writes at a steady rate against the app started from its jar with a throw-away embedded
# PostgreSQL, on 127.0.0.1, for DURATION seconds (default 600). The load is bench/SoakClient.java (the JDK runs it
# from source): 80 % dashboard reads (hospitals, rankings, compare, coverage, consortia, pilots, documents), 4 %
# extractor runs, 7 % new documents posted, 3 % one-row hospital imports, at RATE requests/s started on a fixed
# schedule. Prints errors (anything but 2xx/304 or no answer in 30 s), latency percentiles per kind of request,
# memory at start and end (the app's RSS, its heap used as it was and after a full GC, PostgreSQL's PSS), then the
# graceful-shutdown check (SIGTERM while eight large extractions run: all must be answered 200), and the machine.
#
# Reproduce: bench/soak.sh                  10 minutes at 20 requests/s
#            DURATION=60 bench/soak.sh      a short run
#            RATE=40 bench/soak.sh          another rate
#            REAL_CORPUS=false bench/soak.sh   the five seeds only (the default loads the real corpus as well)
#            JAR=… OUT=… bench/soak.sh      an already built jar; where logs go (default target/bench)
# Needs a JDK 17+ and curl. Exits 0 only with zero errors and a graceful shutdown.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

DURATION=${DURATION:-${1:-600}}
RATE=${RATE:-20}
REAL_CORPUS=${REAL_CORPUS:-true}
OUT=${OUT:-target/bench}
KEY="soak-$RANDOM$RANDOM"
mkdir -p "$OUT"

trap stop_app EXIT
trap 'exit 130' INT TERM

build_jar
# the soak measures the service under steady load, not the /extractions limiter: one client sends about 50
# extractions a minute and the shutdown check sends eight at once, so both limits are raised above that
SEEDS_LOAD=true start_app "$OUT/soak-app.log" --hospital-atlas.api-key="$KEY" --hospital-atlas.metrics-key="$KEY" \
  --hospital-atlas.seeds.real-corpus="$REAL_CORPUS" \
  --hospital-atlas.extraction.requests-per-minute=100000 --hospital-atlas.extraction.max-concurrent=8
for _ in $(seq 300); do # the seeds (and the real corpus) load before the app is ready
  curl -sf --max-time 2 "$BASE/actuator/health/readiness" >/dev/null 2>&1 && break
  sleep 1
done

rss_kb() { awk '/VmRSS/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }
# the postmaster and its backends: their proportional set size (shared buffers counted once, not once per process)
pg_pss_mb() {
  local total=0 pid kb
  for pid in $PG_PID $(pgrep -P "$PG_PID" 2>/dev/null || true); do
    kb=$(awk '/^Pss:/ {print $2}' "/proc/$pid/smaps_rollup" 2>/dev/null || echo 0)
    total=$((total + ${kb:-0}))
  done
  echo $((total / 1024))
}
heap_mb() { # the app's heap in use, from its own metrics
  curl -sf --max-time 10 -H "Authorization: Bearer $KEY" "$BASE/actuator/prometheus" |
    awk '/^jvm_memory_used_bytes\{.*area="heap"/ {sum += $NF} END {printf "%.0f", sum / 1048576}'
}
memory() { # memory LABEL
  local before_gc after_gc
  before_gc=$(heap_mb)
  jcmd "$APP_PID" GC.run >/dev/null 2>&1 || true
  sleep 1
  after_gc=$(heap_mb)
  echo "memory $1: app RSS $(($(rss_kb "$APP_PID") / 1024)) MB, heap used ${before_gc} MB (${after_gc} MB after a full GC)," \
    "PostgreSQL PSS $(pg_pss_mb) MB ($(pgrep -P "$PG_PID" 2>/dev/null | wc -l) processes besides the postmaster)," \
    "documents $(curl -sf "$BASE/api/v1/documents?size=1" -D - -o /dev/null | tr -d '\r' | awk -F': ' 'tolower($1)=="x-total-count" {print $2}')"
}

echo "soak: $DURATION s at $RATE requests/s against $BASE (app PID $APP_PID, PostgreSQL PID $PG_PID), real corpus $REAL_CORPUS"
memory start
set +e
java bench/SoakClient.java "$BASE" "$DURATION" "$RATE" "$KEY" none 2>&1 | tee "$OUT/soak-client.log"
status=${PIPESTATUS[0]}
set -e
memory end
# graceful shutdown last: it stops the app
set +e
java bench/SoakClient.java "$BASE" 0 1 "$KEY" "$APP_PID" 2>&1 | grep -E "graceful|errors:" | tee -a "$OUT/soak-client.log"
graceful=${PIPESTATUS[0]}
set -e
grep -E "Commencing graceful shutdown|Graceful shutdown complete|aborted" "$OUT/soak-app.log" || true
machine
echo "rerun: DURATION=$DURATION RATE=$RATE REAL_CORPUS=$REAL_CORPUS bench/soak.sh"
[ "$status" = 0 ] && [ "$graceful" = 0 ]
