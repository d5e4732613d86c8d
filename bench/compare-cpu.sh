#!/usr/bin/env bash
# Where one uncached compare's CPU goes, jar by jar: starts the app on the national set (bench/lib.sh's kept data
# directory; bench/peer.sh or bench/http.sh load it), asks the same compare bench/peer.sh asks (beds_open, 2024, every
# 600th hospital), warms it up for WARMUP seconds, then runs wrk for DURATION seconds and prints the CPU per request
# of the JVM split by thread (Tomcat's request threads, JIT compilers, GC, the rest; from /proc/PID/task/*/stat before and
# after) and of every PostgreSQL process, with the load average. JFR=1 also records a JFR profile of the measured
# seconds and prints its hot spots (bench/jfr_requests.py).
#
# Reproduce: JARS="before.jar after.jar" bench/compare-cpu.sh        each jar in turn, ROUNDS times (a b a b …)
#            WARMUP=30 DURATION=10 CONNECTIONS=16 JFR=1 URL_PATH=… APP_ARGS=… as wanted
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

JARS=${JARS:-target/hospital-atlas.jar}
WARMUP=${WARMUP:-30}
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-16}
ROUNDS=${ROUNDS:-1}
JFR=${JFR:-0}
APP_ARGS=${APP_ARGS:-}
national_set_defaults
trap 'stop_app' EXIT
trap 'exit 130' INT TERM
require_tools wrk psql curl
[ "$(cat "$PGDIR/.bench-loaded" 2>/dev/null)" = "$LOADED" ] || {
  echo "no national set in $PGDIR: run bench/peer.sh (or bench/http.sh) once first" >&2
  exit 1
}
HZ=$(getconf CLK_TCK)

# thread_ticks PID: "name ticks" per thread of a process (name with spaces turned into _)
thread_ticks() {
  local t
  for t in /proc/"$1"/task/*; do
    awk '{ line = $0; name = substr(line, index(line, "(") + 1); name = substr(name, 1, index(name, ")") - 1);
           sub(/^.*\) /, "", line); split(line, f, " "); gsub(/ /, "_", name); print name, f[12] + f[13] }' \
      "$t/stat" 2>/dev/null || true
  done
}

pg_ticks() {
  local total=0 pid
  for pid in "$PG_PID" $(ps -o pid= --ppid "$PG_PID" 2>/dev/null || true); do
    [ -r "/proc/$pid/stat" ] || continue
    total=$((total + $(awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$pid/stat")))
  done
  echo "$total"
}

# group NAME: which part of the JVM a thread belongs to
group_of() {
  case "$1" in
    http-nio-*) echo requests ;; # Tomcat's threads: comm keeps 15 characters, "http-nio-127.0."
    C2_CompilerThre*) echo c2 ;;
    C1_CompilerThre*) echo c1 ;;
    GC_* | G1_*) echo gc ;;
    *) echo other ;;
  esac
}

printf '%-28s %-8s %-11s %10s %9s %9s %7s %7s %7s %7s %9s %9s  %s\n' jar round load requests/s p50 p99 \
  requests c2 c1 gc other pg "total (ms/req)"
for round in $(seq "$ROUNDS"); do
  for JAR in $JARS; do
    load=$(cut -d' ' -f1 /proc/loadavg) # before this jar's app starts: the others' load, not ours
    opts=""
    [ "$JFR" = 1 ] && opts="-XX:+FlightRecorder"
    # shellcheck disable=SC2086
    JAVA_OPTS="${JAVA_OPTS:-} $opts" start_kept_app "$OUT/compare-cpu-app.log" \
      --hospital-atlas.http.response-cache-entries=0 $APP_ARGS
    IDS=$(psql -X -A -t -c 'select id from hospital order by id' | awk 'NR % 600 == 1' | paste -sd, -)
    SLUGS=$(psql -X -A -t -c "select slug from hospital where id in ($IDS) order by id" | paste -sd, -)
    URL="$BASE${URL_PATH:-/api/v1/compare?indicator=beds_open&year=2024&hospitals=$SLUGS}"
    curl -sf -o /dev/null "$URL"
    timeout $((WARMUP + 30)) wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" "$URL" >/dev/null
    declare -A BEFORE=() AFTER=()
    while read -r name ticks; do BEFORE[$name]=$(( ${BEFORE[$name]:-0} + ticks )); done < <(thread_ticks "$APP_PID" | while read -r n t; do echo "$(group_of "$n") $t"; done)
    pg_before=$(pg_ticks)
    [ "$JFR" = 1 ] && jcmd "$APP_PID" JFR.start name=cmp settings=profile filename="$OUT/compare-$(basename "$JAR" .jar)-$round.jfr" >/dev/null
    out=$(timeout $((DURATION + 30)) wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$URL")
    [ "$JFR" = 1 ] && jcmd "$APP_PID" JFR.stop name=cmp >/dev/null
    pg_after=$(pg_ticks)
    while read -r name ticks; do AFTER[$name]=$(( ${AFTER[$name]:-0} + ticks )); done < <(thread_ticks "$APP_PID" | while read -r n t; do echo "$(group_of "$n") $t"; done)
    rps=$(awk '/Requests\/sec/ { print $2 }' <<<"$out")
    p50=$(awk '$1 == "50%" { print $2 }' <<<"$out")
    p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
    n=$(awk -v r="$rps" -v d="$DURATION" 'BEGIN { print r * d }')
    per() { awk -v t="$1" -v hz="$HZ" -v n="$n" 'BEGIN { printf "%.3f", 1000 * t / hz / n }'; }
    cells=()
    total=0
    for g in requests c2 c1 gc other; do
      d=$(( ${AFTER[$g]:-0} - ${BEFORE[$g]:-0} ))
      total=$((total + d))
      cells+=("$(per "$d")")
    done
    pg=$((pg_after - pg_before))
    printf '%-28s %-8s %-11s %10s %9s %9s %7s %7s %7s %7s %9s %9s  %s\n' "$(basename "$JAR")" "$round" "$load" "$rps" \
      "$p50" "$p99" "${cells[@]}" "$(per "$pg")" "$(per $((total + pg)))"
    if [ "$JFR" = 1 ]; then
      python3 bench/jfr_requests.py "$OUT/compare-$(basename "$JAR" .jar)-$round.jfr" 25 >"$OUT/compare-$(basename "$JAR" .jar)-$round.hot.txt" || true
    fi
    stop_app
  done
done
echo "load average now $(cut -d' ' -f1-3 /proc/loadavg); $(machine)"
