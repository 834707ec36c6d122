#!/usr/bin/env bash
# Benchmark: builds generated sites (P policies × L locales × V versions) several times and
# prints medians of:
#   cold       a full build from an empty output folder and an empty render cache
#   no cache   a full build from an empty output folder with --no-cache
#   warm CI    a clean checkout in CI: empty output folder, the cache restored, one draft
#              edited since the cache was filled
#   unchanged  the same site built again over its previous output
# with peak memory (max RSS) of each, files and bytes written, and the time `cp -r` of the
# output takes (the floor of writing it). With SERVE=1 it also runs the serve-latency example
# (save → reload event, median of 20 edits).
# Usage:
#   bench/run.sh [RUNS] [SIZES...]     e.g. bench/run.sh 5 1000 10000 1k5 10k5
# Sizes: 1000 = 10 × 10 × 10, 10000 = 50 × 10 × 20, 50000 = 250 × 10 × 20,
#        1k5 = 20 × 10 × 5, 10k5 = 200 × 10 × 5, 50k5 = 1000 × 10 × 5 (the shape of the
#        comparison with Zola and Hugo in docs/performance.md).
# Needs /usr/bin/time (Debian package `time`). BENCH_DIR=… keeps the generated sites.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}; shift || true
sizes=("${@:-1000 10000}")
cargo build --release --locked --quiet --bins --example gen-site --example serve-latency
bin=$PWD/target/release/clause
work=${BENCH_DIR:-$(mktemp -d)}
echo "machine: $(nproc) cores; runs per size: $runs; work dir: $work"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# Runs `clause build` with the given extra arguments; appends "seconds kilobytes" to $1.
timed() {
  local into=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$bin" build --root "$site" --output "$out" \
    --date 2030-01-01 "$@" 2>/dev/null
  cat "$work/time.txt" >> "$into"
}
# "median s (runs), peak MB" of a file of "seconds kilobytes" lines.
report() {
  local t m all
  t=$(cut -d' ' -f1 "$1" | median); m=$(cut -d' ' -f2 "$1" | median)
  all=$(cut -d' ' -f1 "$1" | tr '\n' ' ')
  printf '%ss (%s), peak %s MB' "$t" "${all% }" $((m / 1024))
}
for size in ${sizes[@]}; do
  case $size in
    1000) p=10; l=10; v=10 ;;
    10000) p=50; l=10; v=20 ;;
    50000) p=250; l=10; v=20 ;;
    1k5) p=20; l=10; v=5 ;;
    10k5) p=200; l=10; v=5 ;;
    50k5) p=1000; l=10; v=5 ;;
    *) echo "unknown size $size"; exit 2 ;;
  esac
  site=$work/site-$size; out=$work/out-$size; cache=$site/.clause-cache
  [ -d "$site" ] || "$PWD/target/release/examples/gen-site" --policies $p --locales $l --versions $v --out "$site" >/dev/null
  rm -f "$work"/{cold,nocache,warm,noop}.txt
  for i in $(seq "$runs"); do
    rm -rf "$out" "$cache"; timed "$work/cold.txt"
    rm -rf "$out"; timed "$work/nocache.txt" --no-cache
    rm -rf "$out"; echo "# edit $i" >> "$site/content/p0/policy.yaml"; timed "$work/warm.txt"
    timed "$work/noop.txt"
  done
  files=$(find "$out" -type f | wc -l); bytes=$(du -sh "$out" | cut -f1)
  rm -rf "$work/copy"; c0=$(date +%s.%N); cp -r "$out" "$work/copy"; c1=$(date +%s.%N); rm -rf "$work/copy"
  printf '%6s (%d × %d × %d = %d policy pages): %s files, %s; cp -r %.2fs\n' "$size" $p $l $v $((p * l * v)) \
    "$files" "$bytes" "$(echo "$c1 - $c0" | bc)"
  printf '        cold:      %s\n' "$(report "$work/cold.txt")"
  printf '        no cache:  %s\n' "$(report "$work/nocache.txt")"
  printf '        warm CI:   %s\n' "$(report "$work/warm.txt")"
  printf '        unchanged: %s\n' "$(report "$work/noop.txt")"
  if [ "${SERVE:-0}" = 1 ]; then
    printf '        serve:     %s\n' "$("$PWD/target/release/examples/serve-latency" "$site" content/p0/fr.yaml 20 2>/dev/null | tail -1)"
  fi
done
