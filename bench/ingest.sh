#!/usr/bin/env bash
# Document ingest: generated reports per second through POST /api/v1/documents and through the CLI loader
# (java -jar … import documents DIR), each on its own fresh throw-away embedded PostgreSQL, with the same
# reports and the same concurrency. Every document is stored and its facts extracted and recorded, one
# transaction each. Prints documents/s and MB/s of both, and the machine.
#
# Reproduce: bench/ingest.sh                     1 000 reports, 4 at a time
#            REPORTS=200 CONCURRENCY=2 bench/ingest.sh
#            JAR=… OUT=… bench/ingest.sh         an already built jar; where data and logs go (default target/bench)
# Needs a JDK 17+ and curl ≥ 7.66 (for --parallel). Everything stays on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

REPORTS=${REPORTS:-1000}
CONCURRENCY=${CONCURRENCY:-4}
LIMIT=${LIMIT:-600} # seconds allowed for each of the two runs
OUT=${OUT:-target/bench}
DATA=$OUT/ingest-data
KEY="bench-$RANDOM$RANDOM"
mkdir -p "$OUT"

trap stop_app EXIT
trap 'exit 130' INT TERM

build_jar
rm -rf "$DATA"
# the reports are about hospitals of a generated set; the set itself is not loaded: the documents bring their own
java -jar "$JAR" generate --hospitals 2000 --years 2019-2024 --seed 7 --reports "$REPORTS" --out "$DATA" >&2
FILES=("$DATA"/reports/*.txt)
COUNT=${#FILES[@]}
BYTES=$(cat "${FILES[@]}" | wc -c)

# 1. HTTP: one curl process, CONCURRENCY transfers at a time over keep-alive connections
start_app "$OUT/ingest-app.log" --hospital-atlas.api-key="$KEY"
CONFIG=$OUT/ingest-curl.conf
: >"$CONFIG"
for file in "${FILES[@]}"; do
  # options hold until the next "next": every transfer carries its own (a trailing "next" would add an empty one)
  [ -s "$CONFIG" ] && echo next >>"$CONFIG"
  cat >>"$CONFIG" <<EOF
url = "$BASE/api/v1/documents"
header = "X-API-Key: $KEY"
header = "Content-Type: text/plain;charset=UTF-8"
data-binary = "@$file"
output = "/dev/null"
write-out = "%{http_code}\\n"
silent
show-error
max-time = 120
EOF
done
t=$(now)
CODES=$(timeout "$LIMIT" curl -sS --parallel --parallel-max "$CONCURRENCY" -K "$CONFIG" || true)
HTTP_S=$(since "$t")
CREATED=$(grep -c '^201$' <<<"$CODES" || true)
FAILED=$(( COUNT - CREATED ))
HTTP_VALUES=$(curl -sS "$BASE/api/v1/documents?size=1" | grep -o '"totalItems":[0-9]*' | cut -d: -f2)
stop_app

# 2. the CLI loader: a fresh database, the same files, the same number of threads
CLI_DB=$(free_port)
t=$(now)
CLI_JSON=$(timeout "$LIMIT" java -jar "$JAR" import documents "$DATA/reports" --threads "$CONCURRENCY" \
  --hospital-atlas.embedded-postgres.ephemeral=true --hospital-atlas.embedded-postgres.port="$CLI_DB" \
  2>"$OUT/ingest-cli.log") || true # exit 1 when some document failed: counted below
CLI_JSON=$(tail -n 1 <<<"$CLI_JSON") # a line per document, then the totals
CLI_WALL_S=$(since "$t")
CLI_MS=$(json_number elapsedMs "$CLI_JSON")
CLI_S=$(awk -v m="$CLI_MS" 'BEGIN { printf "%.2f", m / 1000 }')

per_s() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.1f", (s > 0 ? n / s : 0) }'; }
mb_s() { awk -v b="$BYTES" -v s="$1" 'BEGIN { printf "%.2f", (s > 0 ? b / 1e6 / s : 0) }'; }

echo
machine
echo "data: $COUNT generated reports, $(awk -v b="$BYTES" 'BEGIN { printf "%.1f MB", b / 1e6 }') of UTF-8 text (avg $(( BYTES / COUNT )) bytes), $CONCURRENCY at a time"
# rates count every document sent (a refused one costs its work too); "stored" says how many were created
printf '%-40s %6s stored %8s s %8s docs/s %7s MB/s\n' "POST /api/v1/documents (curl --parallel)" "$CREATED" "$HTTP_S" \
  "$(per_s "$COUNT" "$HTTP_S")" "$(mb_s "$HTTP_S")"
[ "$FAILED" -eq 0 ] || echo "  $FAILED requests did not answer 201: $(sort <<<"$CODES" | uniq -c | tr '\n' ' ')"
echo "  documents listed by the API afterwards: $HTTP_VALUES"
printf '%-40s %6s stored %8s s %8s docs/s %7s MB/s\n' "import documents (CLI, $CONCURRENCY threads)" \
  "$(json_number created "$CLI_JSON")" "$CLI_S" "$(per_s "$COUNT" "$CLI_S")" "$(mb_s "$CLI_S")"
echo "  CLI wall time with JVM, Spring and PostgreSQL start and stop: ${CLI_WALL_S} s; report: $CLI_JSON"
CLI_FAILED=$(grep -c '^import: ' "$OUT/ingest-cli.log" || true)
[ "$CLI_FAILED" -eq 0 ] || echo "  $CLI_FAILED documents failed; see $OUT/ingest-cli.log"
