#!/usr/bin/env bash
# Bulk import against psql \copy, in one run on one PostgreSQL: builds the jar, generates the synthetic national
# data set, starts the app on 127.0.0.1 with a throw-away embedded PostgreSQL 17, loads hospitals.csv and then
# indicator_values.csv through POST /api/v1/imports/…, and \copy's the same indicator_values.csv into a bare table
# with the same columns on the same server. Prints rows, seconds and rows/s of both, the ratio against the ≥ 70 %
# target, where the import's time went, and the machine. A first load this large goes into a partition of its own
# (method "partition"; bench/README.md). FLOOR=1 also times what a row-by-row load into indicator_value costs:
# the same rows, already loaded, put with one INSERT … SELECT into a plain table shaped like indicator_value (its
# indexes and three foreign keys). Then it imports the same file once more (idempotency: every row unchanged).
#
# Reproduce: bench/import.sh                  national size: 12 000 hospitals × 49 indicators × 11 years = 6.5 M rows
#            SIZE=2000 bench/import.sh        a smaller set (SIZE hospitals)
#            REIMPORT=0 bench/import.sh       without the second import
#            FLOOR=1 bench/import.sh          with the row-by-row INSERT … SELECT for comparison (minutes)
#            COPY_RUNS=5 bench/import.sh      \copy runs to take the fastest of (default 3)
#            JAR=… OUT=… bench/import.sh      an already built jar; where data and logs go (default target/bench)
# Needs a JDK 17+, curl and psql (apt-get install -y postgresql-client). Everything stays on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

SIZE=${SIZE:-12000}
YEARS=${YEARS:-2014-2024}
SEED=${SEED:-42}
REIMPORT=${REIMPORT:-1}
FLOOR=${FLOOR:-0}
COPY_RUNS=${COPY_RUNS:-3}
LIMIT=${LIMIT:-900} # seconds allowed for one import request
OUT=${OUT:-target/bench}
DATA=$OUT/import-data
KEY="bench-$RANDOM$RANDOM"
mkdir -p "$OUT"

if ! command -v psql >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "psql is missing: installing postgresql-client …" >&2
    apt-get install -y -q postgresql-client >&2
  else
    echo "bench/import.sh needs psql: sudo apt-get install -y postgresql-client" >&2
    exit 1
  fi
fi

trap stop_app EXIT
trap 'exit 130' INT TERM

build_jar
rm -rf "$DATA"
t=$(now)
java -jar "$JAR" generate --hospitals "$SIZE" --years "$YEARS" --seed "$SEED" --out "$DATA" >&2
GENERATE_S=$(since "$t")
VALUES_FILE=$DATA/indicator_values.csv
ROWS=$(( $(wc -l <"$VALUES_FILE") - 1 ))
MB=$(awk -v b="$(stat -c %s "$VALUES_FILE")" 'BEGIN { printf "%.0f", b / 1e6 }')

start_app "$OUT/import-app.log" --hospital-atlas.api-key="$KEY"
export PGHOST=127.0.0.1 PGPORT=$PG_PORT PGUSER=postgres PGDATABASE=postgres PGCONNECT_TIMEOUT=10
psql_run() { timeout "$LIMIT" psql -X -q -v ON_ERROR_STOP=1 "$@"; }

post() { # post PATH FILE → the JSON answer; fails on anything but 200
  local answer status
  answer=$(curl -sS --max-time "$LIMIT" -X POST -H "X-API-Key: $KEY" -H 'Content-Type: text/csv' \
    -T "$2" -w '\n%{http_code}' "$BASE$1")
  status=${answer##*$'\n'}
  answer=${answer%$'\n'*}
  if [ "$status" != 200 ]; then
    echo "POST $1 answered $status: ${answer:0:600}" >&2
    return 1
  fi
  echo "$answer"
}

HOSPITALS_JSON=$(post "/api/v1/imports/hospitals?filename=hospitals.csv" "$DATA/hospitals.csv")

# the baseline: psql \copy of the same file into a bare table with the file's columns (typed as in indicator_value)
psql_run -c 'create table bench_copy (hospital_slug text, indicator_code text, year smallint, kind text,
                                      value numeric(24,6), qualifier text)'
COPY_TIMES=()
for _ in $(seq "$COPY_RUNS"); do # \copy varies by ±30 % run to run here: the fastest of a few is the reference
  psql_run -c 'truncate bench_copy' -c 'checkpoint'
  t=$(now)
  psql_run -c "\\copy bench_copy from '$VALUES_FILE' with (format csv, header true)"
  COPY_TIMES+=("$(since "$t")")
done
COPY_S=$(printf '%s\n' "${COPY_TIMES[@]}" | sort -n | head -1)
COPIED=$(psql -X -A -t -c 'select count(*) from bench_copy')

# the least any loader must do that leaves the rows in indicator_value's shape with its keys, indexes and foreign
# keys (as of V033): \copy of the rows as they are stored (hospital ids resolved, evidence filled in; that file is
# written beforehand, untimed) into a plain table shaped like indicator_value, then its key, unique key and ranking
# index built and its three foreign keys checked, each in one pass — what the import's partition path does after
# its own COPY and checks
STORED_FILE=$OUT/import-stored.csv
psql_run -c "insert into source_document (slug, sha256, body) values ('bench-bulk', repeat('0', 64), 'import 1')"
psql_run -c "\\copy (select row_number() over (), h.id, b.indicator_code, b.year, b.kind, b.value, b.qualifier, false, (select id from source_document where slug = 'bench-bulk'), 0, 8, 'import 1', 1, 2 from bench_copy b join hospital h on h.slug = b.hospital_slug) to '$STORED_FILE' with (format csv)"
psql_run -c 'create table bench_bulk (like indicator_value including defaults including constraints)' -c 'checkpoint'
t=$(now)
psql_run -c "\\copy bench_bulk (id, hospital_id, indicator_code, year, kind, value, qualifier, is_target, document_id, char_start, char_end, quote, confidence, source_line) from '$STORED_FILE' with (format csv)"
BULK_COPY_S=$(since "$t")
psql_run -c "set maintenance_work_mem = '256MB'" \
  -c 'alter table bench_bulk add primary key (id, document_id)' \
  -c 'alter table bench_bulk add unique (hospital_id, indicator_code, year, kind, document_id, is_target)' \
  -c 'create index on bench_bulk (indicator_code, year)
          include (hospital_id, value, kind, confidence, qualifier, document_id, id) where not is_target' \
  -c 'alter table bench_bulk add foreign key (hospital_id) references hospital (id),
                             add foreign key (indicator_code) references indicator (code),
                             add foreign key (document_id) references source_document (id)'
BULK_S=$(since "$t")
psql_run -c 'drop table bench_bulk' -c "delete from source_document where slug = 'bench-bulk'"
rm -f "$STORED_FILE"

# what a row-by-row load into indicator_value costs: the same rows, already in the database, inserted with one
# INSERT … SELECT into a fresh plain table shaped like it (same indexes, same three foreign keys)
if [ "$FLOOR" = 1 ]; then
psql_run -c "create table bench_floor (like indicator_value including all);
             alter table bench_floor
                 add foreign key (hospital_id) references hospital (id),
                 add foreign key (indicator_code) references indicator (code),
                 add foreign key (document_id) references source_document (id);
             insert into source_document (slug, sha256, body) values ('bench-floor', repeat('0', 64), 'floor');
             checkpoint;"
t=$(now)
psql_run -c "insert into bench_floor (hospital_id, indicator_code, year, kind, value, qualifier, is_target, document_id,
                                      char_start, char_end, quote, confidence, source_line)
             select h.id, b.indicator_code, b.year, b.kind, b.value, b.qualifier, false,
                    (select id from source_document where slug = 'bench-floor'), 0, 8, 'import 1', 1, 1
             from bench_copy b join hospital h on h.slug = b.hospital_slug"
FLOOR_S=$(since "$t")
psql_run -c 'drop table bench_floor' -c "delete from source_document where slug = 'bench-floor'"
fi
psql_run -c 'drop table bench_copy' -c 'checkpoint'

# the import: the same file through the endpoint, timed from the client like \copy
t=$(now)
VALUES_JSON=$(post "/api/v1/imports/indicator-values?dataset=synthetic&filename=indicator_values.csv" "$VALUES_FILE")
IMPORT_S=$(since "$t")
STORED=$(psql -X -A -t -c "select count(*) from indicator_value v join source_document d on d.id = v.document_id
                            where d.slug = 'import-synthetic'")

if [ "$REIMPORT" = 1 ]; then
  t=$(now)
  AGAIN_JSON=$(post "/api/v1/imports/indicator-values?dataset=synthetic&filename=indicator_values.csv" "$VALUES_FILE")
  AGAIN_S=$(since "$t")
fi

rate() { awk -v r="$1" -v s="$2" 'BEGIN { printf "%.0f", (s > 0 ? r / s : 0) }'; }
COPY_RATE=$(rate "$COPIED" "$COPY_S")
IMPORT_RATE=$(rate "$ROWS" "$IMPORT_S")
BULK_RATE=$(rate "$COPIED" "$BULK_S")
BULK_RATIO=$(awk -v a="$BULK_RATE" -v b="$COPY_RATE" 'BEGIN { printf "%.1f", (b > 0 ? 100 * a / b : 0) }')
OF_BULK=$(awk -v a="$IMPORT_RATE" -v b="$BULK_RATE" 'BEGIN { printf "%.0f", (b > 0 ? 100 * a / b : 0) }')
if [ "$FLOOR" = 1 ]; then
  FLOOR_RATE=$(rate "$COPIED" "$FLOOR_S")
  OF_FLOOR=$(awk -v a="$IMPORT_RATE" -v b="$FLOOR_RATE" 'BEGIN { printf "%.0f", (b > 0 ? 100 * a / b : 0) }')
fi
RATIO=$(awk -v a="$IMPORT_RATE" -v b="$COPY_RATE" 'BEGIN { printf "%.1f", (b > 0 ? 100 * a / b : 0) }')
MET=$(awk -v r="$RATIO" 'BEGIN { print (r >= 70 ? "met" : "NOT met") }')
ms() { awk -v m="$(json_number "$1" "$2")" 'BEGIN { printf "%.1f s", m / 1000 }'; }

echo
machine
echo "postgres: $(psql -X -A -t -c 'show server_version') (embedded, throw-away; shared_buffers $(psql -X -A -t -c 'show shared_buffers'), max_wal_size $(psql -X -A -t -c 'show max_wal_size')), client $(psql --version | awk '{print $3}')"
echo "data: $SIZE hospitals, $ROWS indicator values ($YEARS), indicator_values.csv $MB MB, generated in ${GENERATE_S} s"
printf '%-44s %10s rows %9s s %11s rows/s\n' \
  "POST /api/v1/imports/hospitals" "$(json_number rows "$HOSPITALS_JSON")" \
  "$(awk -v m="$(json_number elapsedMs "$HOSPITALS_JSON")" 'BEGIN { printf "%.2f", m / 1000 }')" \
  "$(json_number rowsPerSecond "$HOSPITALS_JSON")"
printf '%-44s %10s rows %9s s %11s rows/s\n' "psql \\copy into a bare table (fastest)" "$COPIED" "$COPY_S" "$COPY_RATE"
echo "  $COPY_RUNS runs: ${COPY_TIMES[*]} s"
printf '%-44s %10s rows %9s s %11s rows/s\n' "psql \\copy + keys, indexes, FKs built in bulk" "$COPIED" "$BULK_S" "$BULK_RATE"
echo "  of which \\copy of the stored rows $BULK_COPY_S s; rate / \\copy rate: $BULK_RATIO % — the most any import keeping indicator_value's indexes can reach"
if [ "$FLOOR" = 1 ]; then
  printf '%-44s %10s rows %9s s %11s rows/s\n' "psql INSERT…SELECT into indicator_value's shape" "$COPIED" "$FLOOR_S" "$FLOOR_RATE"
fi
printf '%-44s %10s rows %9s s %11s rows/s\n' "POST /api/v1/imports/indicator-values" "$ROWS" "$IMPORT_S" "$IMPORT_RATE"
echo "  server side, method $(json_string method "$VALUES_JSON"): COPY into staging $(ms copyMs "$VALUES_JSON"), checks $(ms checkMs "$VALUES_JSON"), write $(ms writeMs "$VALUES_JSON"), vacuum/analyze after commit $(ms analyzeMs "$VALUES_JSON"); $STORED values stored"
echo "import rate / \\copy rate: $RATIO % (target ≥ 70 %: $MET); import rate / bulk-built rate: $OF_BULK %${OF_FLOOR:+; import rate / row-by-row INSERT…SELECT rate: $OF_FLOOR %}"
if [ "$REIMPORT" = 1 ]; then
  printf '%-44s %10s rows %9s s %11s rows/s\n' "the same file again" "$ROWS" "$AGAIN_S" "$(rate "$ROWS" "$AGAIN_S")"
  echo "  inserted $(json_number inserted "$AGAIN_JSON"), updated $(json_number updated "$AGAIN_JSON"), unchanged $(json_number unchanged "$AGAIN_JSON")"
fi
