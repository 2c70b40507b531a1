#!/usr/bin/env bash
# Size and time of `render` for a batch of ARTICLES corpus-sized articles (default 1000): extracts corpus/ with
# --include-text, repeats the records under new ids (copyN/ID) up to ARTICLES, renders them, and prints the
# records' size, the page's size (plain and gzipped), render time and peak RSS, and, where chromium is
# installed, how long headless Chromium takes to load the page and run its script (--dump-dom). The page is
# left in artifacts/render/batch-ARTICLES.html.
#
#   tests/Extractor.Benchmarks/render-size.sh [ARTICLES]
set -euo pipefail
cd "$(dirname "$0")/../.."
articles=${1:-1000}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build src/Extractor.Cli -c Release -nologo -v quiet >/dev/null
cli=src/Extractor.Cli/bin/Release/net10.0/Extractor.Cli.dll
work=$(mktemp -d "${TMPDIR:-/tmp}/extractor-render.XXXXXX")
trap 'rm -rf "$work"' EXIT

dotnet "$cli" extract corpus -o "$work/corpus.jsonl" --include-text --quiet || [ $? -eq 1 ]
# The id is the record's first field, so a prefix on it makes every copy a distinct article.
copy=0
: > "$work/batch.jsonl"
while [ "$(wc -l < "$work/batch.jsonl")" -lt "$articles" ]; do
  sed "s|^{\"id\":\"|{\"id\":\"copy$copy/|" "$work/corpus.jsonl" >> "$work/batch.jsonl"
  copy=$((copy + 1))
done
head -n "$articles" "$work/batch.jsonl" > "$work/records.jsonl"
mkdir -p artifacts/render
page=artifacts/render/batch-$articles.html
/usr/bin/time -f "render: %e s wall, %M KB peak RSS" -o "$work/time" dotnet "$cli" render "$work/records.jsonl" -o "$page"
cat "$work/time"
echo "records: $(wc -c < "$work/records.jsonl") bytes; page: $(wc -c < "$page") bytes, $(gzip -c "$page" | wc -c) bytes gzipped"
if command -v chromium >/dev/null; then
  profile=$(mktemp -d "$work/profile.XXXXXX")
  /usr/bin/time -f "chromium --headless --dump-dom: %e s" -o "$work/time" \
    chromium --headless --no-sandbox --disable-gpu --user-data-dir="$profile" --dump-dom "file://$PWD/$page" 2>/dev/null > "$work/dom.html"
  cat "$work/time"
  grep -q 'data-ready="1"' "$work/dom.html" && echo "the page's script ran" || echo "the page's script did NOT run"
fi
