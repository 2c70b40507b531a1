#!/usr/bin/env python3
"""Writes models/lexicon/ from the expanded hunspell-es forms and the npm name and frequency lists (see build.sh)."""
import argparse, json, os, re, sqlite3, unicodedata

MPL_HEADER = (
    "# This Source Code Form is subject to the terms of the Mozilla Public License, v. 2.0. If a copy of the MPL\n"
    "# was not distributed with this file, You can obtain one at https://mozilla.org/MPL/2.0/.\n"
    "# Word forms expanded from the Spanish hunspell dictionary (hunspell-es {version}, Santiago Bosio and\n"
    "# contributors, GPL-3+ / LGPL-3+ / MPL-1.1+), used here under MPL-2.0. Built by tools/lexicon/build.sh.\n"
)

WORD = re.compile(r"^[^\W\d_]+(?:[-'][^\W\d_]+)*$")
CLITIC_CHAIN = re.compile(r"(?:me|te|se|nos|os|le|les|lo|la|los|las){1,3}")


def strip_acute(s):
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", s) if c != "\u0301"))


def without_enclitics(forms):
    """Drops verb forms carrying enclitic pronouns ('dárselo', 'hacerlo', 'cómpralas'): a third of the expansion,
    never capitalised as names, and their verb is in the list anyway."""
    known = set(forms)
    kept = []
    for f in forms:
        drop = False
        for i in range(2, len(f) - 1):
            if not CLITIC_CHAIN.fullmatch(f[i:]):
                continue
            base = strip_acute(f[:i])
            # An infinitive or gerund takes the pronoun without an accent; an imperative or other form gains one.
            if base == f[:i] and not re.search(r"(r|ndo)$", base):
                continue
            if base in known or base + "s" in known:
                drop = True
                break
        if not drop:
            kept.append(f)
    return kept


def write_list(path, header, lines):
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write(header)
        for line in lines:
            out.write(line + "\n")


def main():
    ap = argparse.ArgumentParser()
    for a in ("forms", "hunspell-version", "zxcvbn", "ssa", "cspell", "indian", "out"):
        ap.add_argument("--" + a, required=True)
    args = ap.parse_args()

    raw = set()
    with open(args.forms, encoding="utf-8") as f:
        for line in f:
            w = unicodedata.normalize("NFC", line.strip())
            if WORD.match(w):
                raw.add(w)
    lower = sorted(w for w in raw if w == w.lower())
    lower = without_enclitics(lower)
    lower_set = set(lower)
    # Forms the dictionary has only with a capital: places, names, brands ('Madrid', 'Ana', 'Santander').
    capital = sorted(w for w in raw if w != w.lower() and w.lower() not in lower_set)
    header = MPL_HEADER.format(version=args.hunspell_version)
    write_list(os.path.join(args.out, "es-word-forms.txt"),
               header + "# Spanish word forms written in lower case, one per line, sorted by code point.\n", sorted(lower))
    write_list(os.path.join(args.out, "es-capitalised-forms.txt"),
               header + "# Forms the dictionary knows only with a capital letter, one per line.\n", capital)

    # Frequency ranks: the word list of @zxcvbn-ts/language-es-es (MIT; data from OpenSubtitles via OPUS, ODC-BY),
    # most frequent first; only forms the lexicon knows in lower case, so the list adds ranks and nothing else.
    with open(os.path.join(args.zxcvbn, "src", "commonWords.json"), encoding="utf-8") as f:
        common = [unicodedata.normalize("NFC", w) for w in json.load(f)]
    ranked, seen = [], set()
    for w in common:
        if w in lower_set and w not in seen:
            seen.add(w)
            ranked.append(w)
    write_list(os.path.join(args.out, "es-word-ranks.txt"),
               "# Spanish words by frequency in film subtitles, most frequent first (line order is the rank).\n"
               "# From @zxcvbn-ts/language-es-es 4.1.2 (MIT; data OpenSubtitles 2024 via OPUS, ODC-BY: see\n"
               "# NOTICE-zxcvbn-ts-language-es-es.md), filtered to forms of es-word-forms.txt. Built by tools/lexicon/build.sh.\n",
               ranked)

    # People's names from several origins. Each row: name, kinds (given, surname, any: not told apart), sources.
    names = {}

    def add(name, kind, source):
        name = unicodedata.normalize("NFC", name.strip())
        if not WORD.match(name) or len(name) < 2:
            return
        name = name[0].upper() + name[1:].lower() if not re.search(r"[a-z][A-Z]", name) else name
        names.setdefault((name, kind), set()).add(source)

    with open(os.path.join(args.zxcvbn, "src", "firstnames.json"), encoding="utf-8") as f:
        for n in json.load(f):
            add(n, "given", "zxcvbn-es")
    with open(os.path.join(args.zxcvbn, "src", "lastnames.json"), encoding="utf-8") as f:
        for n in json.load(f):
            add(n, "surname", "zxcvbn-es")
    # US Social Security card applications 1880-2024 (public domain data): names given to at least 1,000
    # children, which covers Anglo, Hispanic, Indian, Arabic, Chinese, French, German and Portuguese given names.
    db = sqlite3.connect(args.ssa)
    for (n,) in db.execute("select name from usNameData group by name having sum(births) >= 1000"):
        add(n, "given", "ssa")
    # cspell's people-names dictionary: given names and surnames of many origins, not told apart.
    with open(args.cspell, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                add(line, "any", "cspell")
    with open(args.indian, encoding="utf-8") as f:
        source = f.read()
    for key, kind in (("first_male", "given"), ("first_female", "given"), ("last", "surname")):
        m = re.search(r"module\.exports\." + key + r"\s*=\s*\[(.*?)\]", source, re.S)
        for n in re.findall(r'"([^"]+)"', m.group(1)) if m else []:
            add(n, kind, "indian")
    merged = {}
    for (n, k), s in names.items():
        kinds, sources = merged.setdefault(n, (set(), set()))
        kinds.add(k)
        sources.update(s)
    rows = sorted(f"{n}\t{','.join(sorted(k))}\t{','.join(sorted(s))}" for n, (k, s) in merged.items())
    write_list(os.path.join(args.out, "person-names.tsv"),
               "# People's given names and surnames of many origins (MIT-licensed npm packages; see README.md and\n"
               "# the LICENSE-* files beside this one). Built by tools/lexicon/build.sh. Many are also common words:\n"
               "# the name model trusts membership only where es-word-forms.txt does not know the word in lower case.\n"
               "name\tkinds\tsources\n", rows)


if __name__ == "__main__":
    main()
