#!/usr/bin/env python3
"""Hot spots of a JFR recording of ExtractionBenchmark.extract (JMH's -prof jfr), as shares of the benchmark
thread's execution samples: by extraction stage (what DocumentExtractor calls), by the first frame in the project's
own code with its line (where a library call such as Matcher.find was made), and by top frame (self time).

Usage: bench/jfr_hotspots.py PROFILE.jfr [ROWS]   (bench/extraction.sh runs it when PROFILE=1)
"""
import collections
import json
import subprocess
import sys

OURS = "org.hospitalatlas."
STAGE_CALLERS = ("DocumentExtractor.readSimplified", "DocumentExtractor.read", "DocumentExtractor.extract")


def frame_name(frame, line=False):
    type_name = frame["method"]["type"]["name"]
    if "$$Lambda" in type_name:  # hidden class: java/util/regex/Pattern$CharPredicate$$Lambda$21+0x…/32863545
        type_name = type_name[: type_name.index("$$Lambda")] + "$$Lambda"
    type_name = type_name.replace("/", ".")
    name = type_name.rsplit(".", 1)[-1] + "." + frame["method"]["name"]
    return f"{name}:{frame['lineNumber']}" if line else name


def main():
    path, rows = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 15
    printed = subprocess.run(
        ["jfr", "print", "--json", "--events", "jdk.ExecutionSample", "--stack-depth", "256", path],
        check=True, capture_output=True, text=True).stdout
    stage, ours, top = collections.Counter(), collections.Counter(), collections.Counter()
    samples = 0
    for event in json.loads(printed)["recording"]["events"]:
        frames = event["values"]["stackTrace"]["frames"]
        names = [frame_name(f) for f in frames]
        if not any(n.startswith("ExtractionBenchmark.extract") for n in names):
            continue  # JIT, GC and JMH's own threads
        samples += 1
        top[names[0]] += 1
        first_ours = next((f for f in frames
                           if f["method"]["type"]["name"].replace("/", ".").startswith(OURS)), None)
        if first_ours is not None:
            ours[frame_name(first_ours, line=True)] += 1
        for i, n in enumerate(names):
            if n in STAGE_CALLERS and i > 0:
                stage[names[i - 1]] += 1
                break
    print(f"{samples} execution samples in the benchmark thread ({path})")
    for title, counter in (("by stage (callee of DocumentExtractor)", stage),
                           ("by first frame in org.hospitalatlas, with line", ours),
                           ("by top frame (self)", top)):
        print(f"\n{title}")
        for name, count in counter.most_common(rows):
            print(f"  {100 * count / max(samples, 1):5.1f} %  {name}")


if __name__ == "__main__":
    main()
