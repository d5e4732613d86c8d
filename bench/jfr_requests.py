#!/usr/bin/env python3
"""Hot spots of a JFR recording of the app under an HTTP load (bench/compare-cpu.sh JFR=1): shares of the request
threads' (Tomcat's http-nio-…-exec-N) execution samples, inclusive, for the parts of a request named below (a frame
counted once per sample; the parts nest, so they do not add up), then by the innermost part a sample is in
(exclusive, they add up to 100 %), and by top frame (self time).

Usage: bench/jfr_requests.py PROFILE.jfr [ROWS [MARKER]]   (with MARKER, e.g. DataBinder.construct: what the
samples under that frame were calling, by the frames one to four calls below it)
"""
import collections
import json
import subprocess
import sys

# (part, a frame that marks it) from the outside in; a sample's innermost part is the last that matches
PARTS = [
    ("Tomcat and the filters", "Http11Processor.service"),
    ("observation", "ServerHttpObservationFilter.doFilterInternal"),
    ("ETag filter", "VersionedEtagFilter.doFilterInternal"),
    ("DispatcherServlet", "DispatcherServlet.doDispatch"),
    ("binding the parameters", "InvocableHandlerMethod.getMethodArgumentValues"),
    ("the controller", "ComparisonController.compare"),
    ("the controller", "ComparisonController.matrix"),
    ("catalogue", "MetricCatalogue.require"),
    ("the statement (JdbcClient)", "MetricReadsImpl.askedWithFigures"),
    ("pool check-out", "HikariDataSource.getConnection"),
    ("JDBC execute", "PgPreparedStatement.executeQuery"),
    ("mapping rows", "MetricReadsImpl$FigureRows.add"),
    ("conflicts", "FigureConflicts.attach"),
    ("writing the answer", "AbstractMessageConverterMethodProcessor.writeWithMessageConverters"),
]


def frame_name(frame, line=False):
    type_name = frame["method"]["type"]["name"]
    if "$$Lambda" in type_name:
        type_name = type_name[: type_name.index("$$Lambda")] + "$$Lambda"
    type_name = type_name.replace("/", ".")
    name = type_name.rsplit(".", 1)[-1] + "." + frame["method"]["name"]
    return f"{name}:{frame['lineNumber']}" if line else name


def main():
    path, rows = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 20
    under = sys.argv[3] if len(sys.argv) > 3 else None
    callees = [collections.Counter() for _ in range(4)]
    under_samples = 0
    printed = subprocess.run(
        ["jfr", "print", "--json", "--events", "jdk.ExecutionSample", "--stack-depth", "512", path],
        check=True, capture_output=True, text=True).stdout
    inclusive, innermost, top, ours = (collections.Counter() for _ in range(4))
    samples = 0
    for event in json.loads(printed)["recording"]["events"]:
        thread = event["values"].get("sampledThread") or {}
        if "-exec-" not in (thread.get("javaName") or thread.get("osName") or ""):
            continue
        frames = event["values"]["stackTrace"]["frames"]
        names = [frame_name(f) for f in frames]  # innermost first
        samples += 1
        top[names[0]] += 1
        present = set(names)
        inner = "(outside the parts)"
        for part, marker in PARTS:
            if marker in present:
                inner = part
        seen = set()
        for part, marker in PARTS:
            if marker in present and part not in seen:
                inclusive[part] += 1
                seen.add(part)
        innermost[inner] += 1
        if under is not None and under in present:
            under_samples += 1
            at = names.index(under)
            for depth in range(4):
                if at - depth - 1 >= 0:
                    callees[depth][names[at - depth - 1]] += 1
        first_ours = next((f for f in frames
                           if f["method"]["type"]["name"].replace("/", ".").startswith("org.hospitalatlas.")), None)
        if first_ours is not None:
            ours[frame_name(first_ours, line=True)] += 1
    print(f"{samples} execution samples of request threads ({path})")
    for title, counter in (("inclusive", inclusive), ("innermost part", innermost),
                           ("first frame in org.hospitalatlas", ours), ("top frame (self)", top)):
        print(f"\n{title}")
        for name, count in counter.most_common(rows):
            print(f"  {100 * count / max(samples, 1):5.1f} %  {name}")
    if under is not None:
        print(f"\nunder {under}: {under_samples} samples")
        for depth, counter in enumerate(callees):
            print(f"  {depth + 1} call(s) below")
            for name, count in counter.most_common(rows):
                print(f"    {100 * count / max(under_samples, 1):5.1f} %  {name}")


if __name__ == "__main__":
    main()
