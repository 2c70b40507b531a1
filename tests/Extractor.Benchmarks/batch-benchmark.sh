#!/usr/bin/env bash
# End-to-end batch throughput: replicates corpus/*.txt into a temporary folder of at least MIN_MB megabytes
# (default 200), runs `extract` (Release build) with 1 thread and with all threads, and prints MB/s,
# articles/s, peak RSS (from /usr/bin/time -v) and the first-record latency the CLI reports. It also prints the
# CPU seconds each run used and the load average before it: on a shared machine a wall-clock speed-up below
# the core count with equal CPU seconds means the cores were busy elsewhere, not that the run did not scale.
#
#   tests/Extractor.Benchmarks/batch-benchmark.sh [MIN_MB]
set -euo pipefail
cd "$(dirname "$0")/../.."
min_mb=${1:-200}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# GNU time gives peak RSS; install it only where it is absent.
if [ ! -x /usr/bin/time ]; then
    apt-get install -y time >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y time >/dev/null; }
fi

calc() { awk "BEGIN { print $1 }"; }

dotnet build src/Extractor.Cli -c Release -nologo -v quiet >/dev/null
cli=src/Extractor.Cli/bin/Release/net10.0/Extractor.Cli.dll

work=$(mktemp -d "${TMPDIR:-/tmp}/extractor-benchmark.XXXXXX")
trap 'rm -rf "$work"' EXIT

mapfile -t articles < <(find corpus -name '*.txt' | sort)
corpus_bytes=$(cat "${articles[@]}" | wc -c)
copies=$(( (min_mb * 1024 * 1024 + corpus_bytes - 1) / corpus_bytes ))
for ((i = 1; i <= copies; i++)); do
    copy=$(printf '%s/input/copy-%04d' "$work" "$i")
    mkdir -p "$copy"
    cp --parents "${articles[@]}" "$copy/"
done
files=$(find "$work/input" -name '*.txt' | wc -l)
bytes=$(find "$work/input" -name '*.txt' -printf '%s\n' | awk '{ s += $1 } END { print s }')
printf 'corpus: %d copies of corpus/, %d files, %.1f MB, %d cores\n' "$copies" "$files" "$(calc "$bytes / 1048576")" "$(nproc)"

run() {
    local threads=$1
    local load wall rss first cpu
    load=$(cut -d' ' -f1 /proc/loadavg)
    /usr/bin/time -v -o "$work/time-$threads" dotnet "$cli" extract "$work/input" --threads "$threads" -o "$work/out-$threads.jsonl" 2>"$work/log-$threads"
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$work/time-$threads")
    rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time-$threads")
    cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$work/time-$threads")
    first=$(grep -o 'first record [0-9.]* s' "$work/log-$threads" | awk '{ print $3 }')
    printf '%-10s %8.2f s %8.2f MB/s %9.0f articles/s %7.0f MB peak RSS %6.3f s first record %8.2f s CPU (load before %s)\n' \
        "threads=$threads" "$wall" "$(calc "$bytes / 1048576 / $wall")" "$(calc "$files / $wall")" "$(calc "$rss / 1024")" "$first" "$cpu" "$load"
    echo "$wall" >"$work/wall-$threads"
}

all=$(nproc)
run 1
run "$all"
printf 'speed-up %d threads / 1 thread: %.2fx\n' "$all" "$(calc "$(cat "$work/wall-1") / $(cat "$work/wall-$all")")"
if cmp -s "$work/out-1.jsonl" "$work/out-$all.jsonl"; then echo "outputs identical: yes"; else echo "outputs identical: NO"; exit 1; fi
