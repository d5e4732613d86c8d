#!/usr/bin/env bash
# Scores the extract CLI against gold: eval/score.sh [-v] [dev|heldout|seeds|all] (default dev).
# Runs target/hospital-atlas.jar once over the texts the set's gold files name (dev, heldout: seeds/real/;
# seeds: seeds/), writes one prediction per gold file to a temp dir and prints eval/score.py's per-type lines
# (with -v also its per-document lines: tp/pred/gold per type).
set -eu
cd "$(dirname "$0")/.."
usage="usage: eval/score.sh [-v] [dev|heldout|seeds|all]"
verbose=0 set=dev
for arg in "$@"; do
    case "$arg" in
        -v) verbose=1 ;;
        dev|heldout|seeds|all) set=$arg ;;
        -h|--help) echo "$usage"; exit 0 ;;
        *) echo "$usage" >&2; exit 64 ;;
    esac
done
[ "$set" = all ] && sets="dev heldout seeds" || sets=$set
jar=target/hospital-atlas.jar
[ -f "$jar" ] || { echo "no $jar: build it first (./mvnw -q package -DskipTests)" >&2; exit 2; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

# plan.tsv: set, gold file, text path; one line per gold file
for s in $sets; do
    [ "$s" = seeds ] && texts=seeds || texts=seeds/real
    for g in eval/$s/gold/*.json; do
        [ -e "$g" ] || continue
        doc=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1], encoding="utf-8"))["doc"])' "$g")
        [ -f "$texts/$doc" ] || { echo "$g names $doc, which is not in $texts/" >&2; exit 2; }
        printf '%s\t%s\t%s\n' "$s" "$g" "$texts/$doc" >> "$work/plan.tsv"
    done
done

if [ -s "$work/plan.tsv" ]; then
    cut -f3 "$work/plan.tsv" | sort -u > "$work/texts"
    xargs -d '\n' java -jar "$jar" extract < "$work/texts" > "$work/out.jsonl"
    # the CLI names each document after its file without the extension; every gold file naming it gets its line
    python3 - "$work" <<'EOF'
import json, os, sys
work = sys.argv[1]
lines = {}
for line in open(os.path.join(work, "out.jsonl"), encoding="utf-8"):
    if line.strip():
        lines[json.loads(line)["document"]] = line
for row in open(os.path.join(work, "plan.tsv"), encoding="utf-8"):
    s, gold, text = row.rstrip("\n").split("\t")
    os.makedirs(os.path.join(work, s, "gold"), exist_ok=True)
    os.makedirs(os.path.join(work, s, "pred"), exist_ok=True)
    os.symlink(os.path.abspath(gold), os.path.join(work, s, "gold", os.path.basename(gold)))
    doc = os.path.splitext(os.path.basename(text))[0]
    if doc in lines:
        open(os.path.join(work, s, "pred", os.path.basename(gold)), "w", encoding="utf-8").write(lines[doc])
EOF
fi

for s in $sets; do
    if [ ! -d "$work/$s/gold" ]; then
        echo "== $s: no gold files in eval/$s/gold, nothing to score"
        continue
    fi
    echo "== $s ($(ls "$work/$s/gold" | wc -l) texts)"
    if [ "$verbose" = 1 ]; then
        python3 eval/score.py "$work/$s/gold" "$work/$s/pred"
    else
        python3 eval/score.py "$work/$s/gold" "$work/$s/pred" | grep -E '^(hospitals|indicators|pilots|memberships) '
    fi
done
