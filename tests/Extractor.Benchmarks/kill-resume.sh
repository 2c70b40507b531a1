#!/bin/bash
# Ten kill-and-resume cycles of a real run, compared byte for byte with an uninterrupted run, then two
# concurrent runs on one -o and their exit codes. From the repository root, after
# `dotnet build src/Extractor.Cli -c Release`:
#   tests/Extractor.Benchmarks/kill-resume.sh [COPIES] [CYCLES]
# COPIES copies of corpus/train (about 0.5 MB each, default 100) plus one JSON Lines feed of the same articles.
set -u
COPIES=${1:-100}
CYCLES=${2:-10}
CLI="dotnet ${CLI_DLL:-$PWD/src/Extractor.Cli/bin/Release/net10.0/Extractor.Cli.dll}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/archive"
for i in $(seq -w 1 "$COPIES"); do mkdir "$work/archive/c$i"; cp corpus/train/*.txt "$work/archive/c$i/"; done
python3 -c '
import json, glob, sys
with open(sys.argv[1], "w") as feed:
    for k in range(20):
        for path in sorted(glob.glob("corpus/train/*.txt")):
            feed.write(json.dumps({"id": f"{k}-{path[-7:-4]}", "text": open(path, encoding="utf-8").read()}) + "\n")
' "$work/archive/feed.jsonl"
echo "archive: $(du -sh "$work/archive" | cut -f1), $(find "$work/archive" -type f | wc -l) files"

$CLI extract "$work/archive" -o "$work/reference.jsonl" --quiet
echo "reference run: exit $?, $(wc -l < "$work/reference.jsonl") records"

out="$work/out.jsonl"
partial="$work/.out.jsonl.partial"
for cycle in $(seq 1 "$CYCLES"); do
  $CLI extract "$work/archive" -o "$out" --quiet --resume &
  pid=$!
  sleep "$(awk -v s="$cycle" 'BEGIN { srand(s); printf "%.2f", 2.0 + rand() * 3.0 }')"
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  if [ -f "$out" ]; then echo "cycle $cycle: the run completed before the kill"; break; fi
  size=$(stat -c %s "$partial")
  if cmp -s -n "$size" "$partial" "$work/reference.jsonl"; then prefix=yes; else prefix=NO; fi
  echo "cycle $cycle: killed with $(tr -cd '\n' < "$partial" | wc -c) complete records ($size bytes), prefix of the reference: $prefix"
done
$CLI extract "$work/archive" -o "$out" --quiet --resume
echo "final resume: exit $?"
if cmp -s "$out" "$work/reference.jsonl"; then echo "byte-identical to the uninterrupted run: yes"; else echo "byte-identical to the uninterrupted run: NO"; fi

rm -f "$out"
$CLI extract "$work/archive" -o "$out" --quiet --threads 1 & first=$!
while [ ! -s "$partial" ]; do sleep 0.1; done
$CLI extract "$work/archive" -o "$out" --quiet; second=$?
$CLI extract "$work/archive" -o "$out" --quiet --resume; third=$?
wait "$first"; first=$?
echo "concurrent runs: first exit $first, second (plain) exit $second, third (--resume) exit $third"
if cmp -s "$out" "$work/reference.jsonl"; then echo "first run's output byte-identical to the reference: yes"; else echo "first run's output byte-identical to the reference: NO"; fi
