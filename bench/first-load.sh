#!/usr/bin/env bash
# A dataset's first load at national size, jar against jar in one session: for each jar (in turn, ROUNDS times),
# the app with a fresh throw-away embedded PostgreSQL 17, hospitals.csv and then indicator_values.csv through
# POST /api/v1/imports/…, timed by the client. Prints the client's seconds, the import's own timings (COPY, checks,
# write, vacuum/analyze after commit) and what is left — mostly the commit with the summaries' refresh (V070, V090)
# — with the load average before and after each import.
#
# Also the CPU seconds the app and every PostgreSQL process (parallel workers included) used during the import, which
# the machine's other load moves less than the elapsed time.
#
# Reproduce: JARS="before.jar after.jar" bench/first-load.sh     (generates the set into $OUT/first-load-data once)
#            ROUNDS=2 JARS="a.jar b.jar" bench/first-load.sh     a, b, a, b
#            SIZE=2000 … bench/first-load.sh                     a smaller set
#            RANKINGS=1 … bench/first-load.sh                    then bench/ranking-answers.sh on the loaded app, response
#                                                                cache off, into $OUT/first-load-rankings-JAR-ROUND
#            APP_ARGS="--hospital-atlas.embedded-postgres.settings.autovacuum=off" …   any app setting
# Needs a JDK 17+ and curl. Everything stays on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

SIZE=${SIZE:-12000}
YEARS=${YEARS:-2014-2024}
SEED=${SEED:-42}
ROUNDS=${ROUNDS:-1}
RANKINGS=${RANKINGS:-0}
APP_ARGS=${APP_ARGS:-}
OUT=${OUT:-target/bench}
DATA=$OUT/first-load-data-$SIZE
KEY="bench-$RANDOM$RANDOM"
mkdir -p "$OUT"
if [ -z "${JARS:-}" ]; then
  build_jar
  JARS=$JAR
fi
trap stop_app EXIT
trap 'exit 130' INT TERM

if [ ! -f "$DATA/.generated" ]; then
  rm -rf "$DATA"
  java -jar "${JARS%% *}" generate --hospitals "$SIZE" --years "$YEARS" --seed "$SEED" --out "$DATA" >&2
  touch "$DATA/.generated"
fi

post() { # post PATH FILE → the JSON answer; fails on anything but 200
  local answer status
  answer=$(curl -sS --max-time 1800 -X POST -H "X-API-Key: $KEY" -H 'Content-Type: text/csv' \
    -T "$2" -w '\n%{http_code}' "$BASE$1")
  status=${answer##*$'\n'}
  answer=${answer%$'\n'*}
  [ "$status" = 200 ] || { echo "POST $1 answered $status: ${answer:0:600}" >&2; return 1; }
  echo "$answer"
}
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
# CPU clock ticks the app and PostgreSQL have used so far: the postmaster with its exited children (parallel workers,
# autovacuum) and every live child
cpu_ticks() {
  local pid total=0
  total=$(awk '{ sub(/^.*\) /, ""); print $12 + $13 + $14 + $15 }' "/proc/$PG_PID/stat")
  # shellcheck disable=SC2046
  for pid in "$APP_PID" $(ps -o pid= --ppid "$PG_PID" 2>/dev/null || true); do
    [ -r "/proc/$pid/stat" ] || continue
    total=$((total + $(awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  echo "$total"
}
HZ=$(getconf CLK_TCK)
ms() { json_number "$1" "$2"; }

machine
echo "data: $SIZE hospitals, $(( $(wc -l <"$DATA/indicator_values.csv") - 1 )) indicator values ($YEARS, seed $SEED)"
printf '%-28s %9s %8s %8s %8s %8s %8s %7s  %s\n' jar client_s copy_s check_s write_s commit_s analyze_s cpu_s \
  "load before → after"
for round in $(seq "$ROUNDS"); do
  for JAR in $JARS; do
    name=$(basename "$JAR" .jar)
    # shellcheck disable=SC2086
    start_app "$OUT/first-load-$name-$round.log" --hospital-atlas.api-key="$KEY" \
      --hospital-atlas.http.response-cache-entries=0 $APP_ARGS
    post "/api/v1/imports/hospitals?filename=hospitals.csv" "$DATA/hospitals.csv" >/dev/null
    before=$(loadavg)
    ticks=$(cpu_ticks)
    t=$(now)
    answer=$(post "/api/v1/imports/indicator-values?dataset=synthetic&filename=indicator_values.csv" \
      "$DATA/indicator_values.csv")
    client=$(since "$t")
    cpu=$(awk -v a="$ticks" -v b="$(cpu_ticks)" -v hz="$HZ" 'BEGIN { printf "%.1f", (b - a) / hz }')
    after=$(loadavg)
    elapsed=$(ms elapsedMs "$answer")
    copy=$(ms copyMs "$answer")
    check=$(ms checkMs "$answer")
    write=$(ms writeMs "$answer")
    analyze=$(ms analyzeMs "$answer")
    # the import's elapsed time less its own steps: the commit (the summaries' refresh at commit) and bookkeeping
    commit=$(( elapsed - copy - check - write - analyze ))
    printf '%-28s %9s %8.1f %8.1f %8.1f %8.1f %8.1f %7s  %s → %s\n' "$name" "$client" \
      "$(awk -v m="$copy" 'BEGIN { print m / 1000 }')" "$(awk -v m="$check" 'BEGIN { print m / 1000 }')" \
      "$(awk -v m="$write" 'BEGIN { print m / 1000 }')" "$(awk -v m="$commit" 'BEGIN { print m / 1000 }')" \
      "$(awk -v m="$analyze" 'BEGIN { print m / 1000 }')" "$cpu" "$before" "$after"
    if [ "$RANKINGS" = 1 ]; then
      # right after the import, before autovacuum may have visited the new tables (their state is printed)
      BASE=$BASE bench/ranking-answers.sh "$OUT/first-load-rankings-$name-$round" | sed 's/^/    /'
      PGHOST=127.0.0.1 PGPORT=$PG_PORT PGUSER=postgres PGDATABASE=postgres psql -Atc "
        select '    ' || s.relname || ': last vacuum ' || coalesce(to_char(s.last_vacuum, 'HH24:MI:SS'), '-')
               || ', last autovacuum ' || coalesce(to_char(s.last_autovacuum, 'HH24:MI:SS'), '-')
               || ', pages all-visible ' || c.relallvisible || ' of ' || c.relpages
        from pg_stat_user_tables s join pg_class c on c.oid = s.relid
        where s.relname in ('indicator_year_summary', 'indicator_summary') order by 1" || true
      echo "    now $(date +%H:%M:%S)"
    fi
    stop_app
  done
done
