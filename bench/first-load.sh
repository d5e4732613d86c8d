#!/usr/bin/env bash
# A dataset's first load at national size, jar against jar in one session: for each jar (in turn, ROUNDS times),
# the app with a fresh throw-away embedded PostgreSQL 17, hospitals.csv and then indicator_values.csv through
# POST /api/v1/imports/…, timed by the client. Prints the client's seconds, the import's own timings (COPY, checks,
# write, vacuum/analyze after commit) and what is left — mostly the commit with the summaries' refresh (V070, V090)
# — with the load average before and after each import.
#
# Reproduce: JARS="before.jar after.jar" bench/first-load.sh     (generates the set into $OUT/first-load-data once)
#            ROUNDS=2 JARS="a.jar b.jar" bench/first-load.sh     a, b, a, b
#            SIZE=2000 … bench/first-load.sh                     a smaller set
# Needs a JDK 17+ and curl. Everything stays on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

SIZE=${SIZE:-12000}
YEARS=${YEARS:-2014-2024}
SEED=${SEED:-42}
ROUNDS=${ROUNDS:-1}
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
ms() { json_number "$1" "$2"; }

machine
echo "data: $SIZE hospitals, $(( $(wc -l <"$DATA/indicator_values.csv") - 1 )) indicator values ($YEARS, seed $SEED)"
printf '%-28s %9s %8s %8s %8s %8s %8s  %s\n' jar client_s copy_s check_s write_s commit_s analyze_s "load before → after"
for round in $(seq "$ROUNDS"); do
  for JAR in $JARS; do
    name=$(basename "$JAR" .jar)
    start_app "$OUT/first-load-$name-$round.log" --hospital-atlas.api-key="$KEY"
    post "/api/v1/imports/hospitals?filename=hospitals.csv" "$DATA/hospitals.csv" >/dev/null
    before=$(loadavg)
    t=$(now)
    answer=$(post "/api/v1/imports/indicator-values?dataset=synthetic&filename=indicator_values.csv" \
      "$DATA/indicator_values.csv")
    client=$(since "$t")
    after=$(loadavg)
    elapsed=$(ms elapsedMs "$answer")
    copy=$(ms copyMs "$answer")
    check=$(ms checkMs "$answer")
    write=$(ms writeMs "$answer")
    analyze=$(ms analyzeMs "$answer")
    # the import's elapsed time less its own steps: the commit (the summaries' refresh at commit) and bookkeeping
    commit=$(( elapsed - copy - check - write - analyze ))
    printf '%-28s %9s %8.1f %8.1f %8.1f %8.1f %8.1f  %s → %s\n' "$name" "$client" \
      "$(awk -v m="$copy" 'BEGIN { print m / 1000 }')" "$(awk -v m="$check" 'BEGIN { print m / 1000 }')" \
      "$(awk -v m="$write" 'BEGIN { print m / 1000 }')" "$(awk -v m="$commit" 'BEGIN { print m / 1000 }')" \
      "$(awk -v m="$analyze" 'BEGIN { print m / 1000 }')" "$before" "$after"
    stop_app
  done
done
