#!/usr/bin/env bash
# Compare and matrix answers to compare byte for byte between two jars (status, Content-Type and body of each), against
# an app that is already running (response cache off: start it with --hospital-atlas.http.response-cache-entries=0):
# by year, latest, a derived ratio, stated changes, min_confidence, review=confirmed, CSV (format=csv and Accept),
# repeated, unknown and mistyped slugs, an unknown indicator and bad parameters, for the compare and the matrix.
#
# Reproduce: BASE=http://127.0.0.1:PORT HOSPITALS=slug,slug,… bench/compare-answers.sh DIR   writes DIR/NN.body, DIR/urls
#            diff -r DIR_BEFORE DIR_AFTER                                                     the jar before against after
#            CODES=beds_open,revenue,revenue_per_bed YEAR=2024 …                              the matrix's codes, the year
# Needs curl. Everything stays on 127.0.0.1.
set -euo pipefail
BASE=${BASE:?BASE=http://127.0.0.1:PORT of a running app}
HOSPITALS=${HOSPITALS:?HOSPITALS=a comma-separated list of slugs}
CODES=${CODES:-beds_open,revenue,revenue_per_bed,outpatient_visits}
YEAR=${YEAR:-2024}
DIR=${1:?a directory for the answers}
mkdir -p "$DIR"

H=$HOSPITALS
FIRST=${H%%,*}
REST=${H#*,}
SECOND=${REST%%,*}
MISTYPED=${FIRST%?} # the last character left out: not found, with close matches
C="/api/v1/compare?indicator"
M="/api/v1/compare/matrix?indicators"

# URL, or URL|Accept header
URLS=(
  "$C=beds_open&year=$YEAR&hospitals=$H"
  "$C=beds_open&hospitals=$H"
  "$C=beds_open&year=latest&hospitals=$H"
  "$C=beds_open&year=$((YEAR - 3))&hospitals=$H"
  "$C=revenue_per_bed&year=$YEAR&hospitals=$H"
  "$C=revenue_per_bed&hospitals=$H"
  "$C=discharges_per_bed&year=latest&hospitals=$H"
  "$C=beds_open&kind=yoy_change_pct&hospitals=$H"
  "$C=outpatient_visits&kind=yoy_change_pct&year=$((YEAR - 1))&hospitals=$H"
  "$C=beds_open&year=$YEAR&min_confidence=0.5&hospitals=$H"
  "$C=beds_open&min_confidence=0.95&hospitals=$H"
  "$C=beds_open&review=confirmed&hospitals=$H"
  "$C=beds_open&year=$YEAR&hospitals=$H&format=csv"
  "$C=revenue_per_bed&hospitals=$H&format=csv"
  "$C=beds_open&year=$YEAR&hospitals=$H|text/csv"
  "$C=beds_open&hospitals=$FIRST,$FIRST,$SECOND,$FIRST"
  "$C=beds_open&hospitals=$FIRST,no-such-hospital"
  "$C=beds_open&hospitals=$MISTYPED"
  "$C=no_such_indicator&hospitals=$H"
  "$C=beds_open&year=abc&hospitals=$H"
  "$C=beds_open&year=1800&hospitals=$H"
  "$C=beds_open&kind=stock&hospitals=$H"
  "$C=revenue_per_bed&kind=yoy_change_pct&hospitals=$H"
  "$C=beds_open&min_confidence=2&hospitals=$H"
  "$C=beds_open&review=maybe&hospitals=$H"
  "$C=beds_open&hospitals="
  "/api/v1/compare?hospitals=$H"
  "$C=beds_open%01&hospitals=$H"
  "$C=BEDS_OPEN&hospitals=$FIRST"
  "$C=beds_open&hospitals=$FIRST&year=%20$YEAR%20"
  "$M=$CODES&year=$YEAR&hospitals=$H"
  "$M=$CODES&hospitals=$H"
  "$M=beds_open,outpatient_visits&kind=yoy_change_pct&hospitals=$H"
  "$M=$CODES&min_confidence=0.9&review=confirmed&hospitals=$H"
  "$M=$CODES&year=$YEAR&hospitals=$H&format=csv"
  "$M=$CODES&hospitals=$H|text/csv"
  "$M=$CODES&hospitals=$FIRST,no-such-hospital"
  "$M=$CODES,no_such_indicator&hospitals=$H"
  "$M=$CODES&year=nineteen&hospitals=$H"
)
: >"$DIR/urls"
n=0
for entry in "${URLS[@]}"; do
  n=$((n + 1))
  url=${entry%%|*}
  accept=$([ "$entry" != "$url" ] && echo "${entry#*|}" || echo '*/*')
  out=$(curl -s -o "$DIR/$(printf %02d "$n").body" -w '%{http_code} %{content_type}' -H "Accept: $accept" \
    --max-time 60 "$BASE$url")
  echo "$(printf %02d "$n") $out $accept $url" >>"$DIR/urls"
done
cut -c1-160 "$DIR/urls"
