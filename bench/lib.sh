# Shared by bench/import.sh and bench/ingest.sh (sourced, not run): build, machine line, free ports, and an
# app on 127.0.0.1 with a throw-away embedded PostgreSQL that is stopped however the script ends.

APP_PID=""
PG_PID=""
APP_LOG=""

# JAR=path/to/hospital-atlas.jar uses that jar as it is; by default the working copy is built into target/.
build_jar() {
  if [ -z "${JAR:-}" ]; then
    echo "building target/hospital-atlas.jar …" >&2
    timeout 900 ./mvnw -q -B -DskipTests -Dspotless.check.skip=true package >&2
    JAR=target/hospital-atlas.jar
  fi
  [ -f "$JAR" ] || { echo "no jar at $JAR" >&2; return 1; }
}

machine() {
  local cpu mem
  cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)
  mem=$(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)
  echo "machine: $(nproc) cores, ${cpu:-unknown CPU}, $mem RAM, $(java -version 2>&1 | head -1)," \
    "load average now $(cut -d' ' -f1-3 /proc/loadavg)"
}

# A TCP port on 127.0.0.1 nobody listens on (checked, then used a moment later).
free_port() {
  local port
  for _ in $(seq 200); do
    port=$(( 20000 + RANDOM % 40000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  echo "no free port found" >&2
  return 1
}

# start_app LOG [extra Spring arguments …] (SEEDS_LOAD=true: with the seeds): sets PORT, PG_PORT, APP_PID, PG_PID, BASE, PGPASSWORD; waits until healthy.
start_app() {
  APP_LOG=$1
  shift
  PORT=$(free_port)
  PG_PORT=$(free_port)
  while [ "$PG_PORT" = "$PORT" ]; do PG_PORT=$(free_port); done
  BASE="http://127.0.0.1:$PORT"
  java ${JAVA_OPTS:-} -jar "$JAR" \
    --server.address=127.0.0.1 --server.port="$PORT" \
    --hospital-atlas.embedded-postgres.ephemeral=true --hospital-atlas.embedded-postgres.port="$PG_PORT" \
    --hospital-atlas.seeds.load="${SEEDS_LOAD:-false}" "$@" >"$APP_LOG" 2>&1 &
  APP_PID=$!
  for _ in $(seq 180); do
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      echo "the app stopped during start-up; see $APP_LOG" >&2
      tail -20 "$APP_LOG" >&2
      return 1
    fi
    if curl -sf --max-time 2 "$BASE/actuator/health" >/dev/null 2>&1; then
      # the embedded server's postmaster, so that it is stopped even if the JVM is not allowed to stop it
      PG_PID=$( (ss -ltnpH "sport = :$PG_PORT" 2>/dev/null || true) | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
      pg_password
      return 0
    fi
    sleep 1
  done
  echo "the app did not become healthy within 180 s; see $APP_LOG" >&2
  return 1
}

# The embedded server asks for the superuser's password, kept in its data directory (where the postmaster runs):
# exported as PGPASSWORD for psql.
pg_password() {
  if [ -n "$PG_PID" ] && [ -r "/proc/$PG_PID/cwd/hospital-atlas-password" ]; then
    export PGPASSWORD
    PGPASSWORD=$(cat "/proc/$PG_PID/cwd/hospital-atlas-password")
  fi
}

stop_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
    for _ in $(seq 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$APP_PID" 2>/dev/null || true
  fi
  if [ -n "$PG_PID" ] && kill -0 "$PG_PID" 2>/dev/null; then
    sleep 2
    kill "$PG_PID" 2>/dev/null || true
  fi
  APP_PID=""
  PG_PID=""
}

# seconds since an earlier $(now)
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }
# a JSON number field of a one-line JSON answer, without jq
json_number() { grep -o "\"$1\":[0-9.]*" <<<"$2" | head -1 | cut -d: -f2; }
# a JSON string field (without escapes) of a one-line JSON answer
json_string() { grep -o "\"$1\":\"[^\"]*\"" <<<"$2" | head -1 | cut -d\" -f4; }

# The national synthetic set, imported once into an embedded PostgreSQL whose data directory is kept between runs
# (bench/http.sh, bench/peer.sh). national_set_defaults sets SIZE, YEARS, SEED, RELOAD, OUT and from them DATA
# (the generated CSV files), PGDIR (the kept data directory), LOADED (what it holds) and KEY (the API key).
national_set_defaults() {
  SIZE=${SIZE:-12000}
  YEARS=${YEARS:-2014-2024}
  SEED=${SEED:-42}
  RELOAD=${RELOAD:-0}
  OUT=${OUT:-target/bench}
  DATA=$OUT/http-data
  PGDIR=$OUT/http-pg
  LOADED="$SIZE hospitals, $YEARS, seed $SEED"
  KEY="bench-$RANDOM$RANDOM"
  mkdir -p "$OUT"
}

# start_kept_app LOG [extra Spring arguments …]: like start_app, on the kept data directory $PGDIR; also exports
# PGHOST, PGPORT, PGUSER, PGDATABASE (and PGPASSWORD) for psql.
start_kept_app() {
  APP_LOG=$1
  shift
  PORT=$(free_port)
  PG_PORT=$(free_port)
  while [ "$PG_PORT" = "$PORT" ]; do PG_PORT=$(free_port); done
  BASE="http://127.0.0.1:$PORT"
  java ${JAVA_OPTS:-} -jar "$JAR" \
    --server.address=127.0.0.1 --server.port="$PORT" \
    --hospital-atlas.embedded-postgres.data-dir="$PGDIR" --hospital-atlas.embedded-postgres.port="$PG_PORT" \
    --hospital-atlas.seeds.load=false --hospital-atlas.api-key="$KEY" \
    "$@" >"$APP_LOG" 2>&1 &
  APP_PID=$!
  for _ in $(seq 300); do # Flyway may build indexes on 6.5 M rows when the directory is from an older jar
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      echo "the app stopped during start-up; see $APP_LOG" >&2
      tail -20 "$APP_LOG" >&2
      return 1
    fi
    if curl -sf --max-time 2 "$BASE/actuator/health" >/dev/null 2>&1; then
      PG_PID=$( (ss -ltnpH "sport = :$PG_PORT" 2>/dev/null || true) | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
      pg_password
      export PGHOST=127.0.0.1 PGPORT=$PG_PORT PGUSER=postgres PGDATABASE=postgres PGCONNECT_TIMEOUT=10
      return 0
    fi
    sleep 1
  done
  echo "the app did not become healthy within 300 s; see $APP_LOG" >&2
  return 1
}

post_csv() { # post_csv PATH FILE: a CSV import with the API key; fails on anything but 200
  local status
  status=$(curl -sS --max-time 900 -o "$OUT/http-import.json" -w '%{http_code}' -X POST -H "X-API-Key: $KEY" \
    -H 'Content-Type: text/csv' -T "$2" "$BASE$1")
  if [ "$status" != 200 ]; then
    echo "POST $1 answered $status: $(head -c 600 "$OUT/http-import.json")" >&2
    return 1
  fi
}

# Generates and imports the national set into $PGDIR unless it already holds it (RELOAD=1: always), through the
# app's own import endpoints; the app is stopped again afterwards.
ensure_national_set() {
  local t
  if [ "$RELOAD" != 1 ] && [ "$(cat "$PGDIR/.bench-loaded" 2>/dev/null)" = "$LOADED" ]; then
    return 0
  fi
  rm -rf "$PGDIR" "$DATA"
  java -jar "$JAR" generate --hospitals "$SIZE" --years "$YEARS" --seed "$SEED" --out "$DATA" >&2
  start_kept_app "$OUT/http-load.log"
  t=$(now)
  post_csv "/api/v1/imports/hospitals?filename=hospitals.csv" "$DATA/hospitals.csv"
  post_csv "/api/v1/imports/indicator-values?dataset=synthetic&filename=indicator_values.csv" \
    "$DATA/indicator_values.csv"
  # what autovacuum does within minutes of a load; the ranking's index-only scan needs the visibility map. Twice:
  # a pass right after the load left about half of the pages not all-visible (5 631 heap fetches per ranking)
  timeout 600 psql -X -q -v ON_ERROR_STOP=1 -c 'vacuum (analyze) indicator_value'
  timeout 600 psql -X -q -v ON_ERROR_STOP=1 -c 'vacuum indicator_value'
  echo "loaded $(psql -X -A -t -c 'select count(*) from indicator_value') indicator values in $(since "$t") s" >&2
  stop_app
  echo "$LOADED" >"$PGDIR/.bench-loaded"
}

# require_tools TOOL…: each on the PATH, installed from Debian (as root) when missing; psql is postgresql-client
require_tools() {
  local tool package
  for tool in "$@"; do
    command -v "$tool" >/dev/null && continue
    package=$([ "$tool" = psql ] && echo postgresql-client || echo "$tool")
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      echo "$tool is missing: installing $package …" >&2
      apt-get install -y -q "$package" >&2
    else
      echo "$0 needs $tool: sudo apt-get install -y $package" >&2
      return 1
    fi
  done
}
