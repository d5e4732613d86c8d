#!/usr/bin/env bash
# JMH: extraction throughput on one thread over the five seeds and the real corpus (seeds/real, every text of its
# manifest with its metadata), beside two peers timed in the same run over the same texts: segmenting them
# (TextSegmenter) and one java.util.regex scan for figures. Prints JMH's table, then MB/s, chars/s and docs/s of each,
# extraction's speed as a ratio of each peer's, whether the issue-10 floor (>= 1 MB/s on one core) holds, the machine
# and its load before and after.
# Reproduce: bench/extraction.sh                  (about 3.5 minutes: 6 benchmarks x 30-40 s)
#            JMH_ARGS="-wi 2 -i 3 -w 1 -r 1" bench/extraction.sh         (a quick look, ~25 s)
#            BENCH='extract$' JMH_ARGS="-p corpus=real -prof gc" bench/extraction.sh   (allocation per operation)
#            CPUS=0 bench/extraction.sh        (whole JVM, JIT and GC included, pinned to one CPU with taskset)
#            PROFILE=1 bench/extraction.sh     (extract on the real corpus only, with JMH's gc and jfr profilers,
#                                               then the hot spots by stage, method and line: bench/jfr_hotspots.py)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
COMMAND="command:${PROFILE:+ PROFILE=$PROFILE}${BENCH:+ BENCH='$BENCH'}${JMH_ARGS:+ JMH_ARGS=\"$JMH_ARGS\"}"
COMMAND+="${CPUS:+ CPUS=$CPUS}${OUT:+ OUT=$OUT} bench/extraction.sh"
OUT=${OUT:-target/bench}
mkdir -p "$OUT"
./mvnw -q -B -Dspotless.check.skip=true test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
PIN=()
if [ -n "${PROFILE:-}" ]; then
  BENCH=${BENCH:-extract\$}
  JMH_ARGS="-p corpus=${PROFILE_CORPUS:-real} -prof gc -prof jfr:dir=$OUT/prof ${JMH_ARGS:-}"
  rm -rf "$OUT/prof"
fi
if [ -n "${CPUS:-}" ]; then PIN=(taskset -c "$CPUS"); fi
BEFORE="$(machine | sed 's/^machine: /machine (before the run): /')"
java -cp "$CP" org.hospitalatlas.extraction.ExtractionBenchmark >"$OUT/extraction-corpora.txt"
# BENCH: which methods of ExtractionBenchmark (a regexp after the class name; all by default)
timeout 1800 "${PIN[@]}" java -cp "$CP" org.openjdk.jmh.Main "ExtractionBenchmark\.${BENCH:-}" ${JMH_ARGS:-} \
  -rf json -rff "$OUT/jmh-extraction.json" | tee "$OUT/jmh-extraction.log" | sed -n '/^Benchmark /,$p'
echo "$BEFORE"
echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -n "${CPUS:-}" ]; then echo "JMH ran under taskset -c $CPUS"; else echo "JMH ran unpinned (1 benchmark thread)"; fi
echo "$COMMAND"
python3 - "$OUT/jmh-extraction.json" "$OUT/extraction-corpora.txt" <<'PY'
import json, sys
runs = json.load(open(sys.argv[1]))
corpora = {}
for line in open(sys.argv[2]):
    name, docs, chars, bytes_ = line.split()
    corpora[name] = (int(docs), int(chars), int(bytes_))
rates = {}
print()
print(f"{'corpus':<7} {'benchmark':<13} {'ops/s':>17} {'MB/s':>8} {'M chars/s':>10} {'docs/s':>10} {'best it. MB/s':>14}")
for run in runs:
    method = run["benchmark"].rsplit(".", 1)[1]
    corpus = run.get("params", {}).get("corpus", "seeds")
    docs, chars, bytes_ = corpora[corpus]
    m = run["primaryMetric"]
    ops, err = m["score"], m["scoreError"]
    err = float(err)
    err = 0.0 if err != err else err  # NaN (as a string) when there are too few iterations
    best = max(x for fork in m["rawData"] for x in fork)
    rates[(corpus, method)] = (ops * bytes_ / 1e6, err * bytes_ / 1e6)
    print(f"{corpus:<7} {method:<13} {ops:>8.1f} ± {err:<6.1f} {ops*bytes_/1e6:>8.2f} {ops*chars/1e6:>10.3f} "
          f"{ops*docs:>10.0f} {best*bytes_/1e6:>14.2f}")
print()
for corpus, (docs, chars, bytes_) in corpora.items():
    if (corpus, "extract") not in rates:
        continue
    print(f"{corpus}: {docs} documents, {chars} characters, {bytes_} UTF-8 bytes per operation")
    mbs, err = rates[(corpus, "extract")]
    for peer in ("segment", "regexFigures"):
        if (corpus, peer) in rates:
            print(f"  extraction runs at {mbs / rates[(corpus, peer)][0]:.4f} x the speed of {peer} "
                  f"({rates[(corpus, peer)][0] / mbs:.0f} x slower)")
    verdict = ("holds" if mbs - err >= 1 else "DOES NOT HOLD" if mbs + err < 1
               else "UNDECIDED: the 99.9 % interval spans 1 MB/s")
    print(f"  issue 10 floor, >= 1 MB/s on one core: {mbs:.2f} ± {err:.2f} MB/s -> {verdict}")
PY
if [ -n "${PROFILE:-}" ]; then
  echo
  python3 bench/jfr_hotspots.py "$(find "$OUT/prof" -name profile.jfr | head -1)" 15
fi
