#!/usr/bin/env bash
# JMH: extraction throughput over the seed corpus on one core. Prints JMH's table, then MB/s and chars/s.
# Reproduce: bench/extraction.sh            (about 40 s; JMH_ARGS="-wi 2 -i 3" for a quick look)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -Dspotless.check.skip=true test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1)"
read -r CHARS BYTES < <(java -cp "$CP" org.hospitalatlas.extraction.ExtractionBenchmark)
java -cp "$CP" org.openjdk.jmh.Main ExtractionBenchmark -rf json -rff target/jmh-extraction.json ${JMH_ARGS:-} | tail -n 5
OPS=$(python3 -c "import json;print(json.load(open('target/jmh-extraction.json'))[0]['primaryMetric']['score'])")
python3 - "$OPS" "$CHARS" "$BYTES" <<'PY'
import sys
ops, chars, bytes_ = float(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
print(f"corpus: {chars} characters, {bytes_} UTF-8 bytes per operation (5 seed documents)")
print(f"throughput: {ops:.1f} corpus/s = {ops*chars/1e6:.2f} M chars/s = {ops*bytes_/1e6:.2f} MB/s of UTF-8 text (one thread)")
PY
