#!/usr/bin/env bash
# Benchmark: builds generated sites of about 1,000 and 10,000 policy pages (P × L × V) several
# times and prints the median wall time of a full build (empty output folder), pages per
# second per output kind, peak memory, the time `cp -r` needs for the same output tree (the
# floor), and the median time of an unchanged rebuild (reusing the previous output). Usage:
#   bench/run.sh [RUNS] [SIZES...]      e.g. bench/run.sh 5 1000 10000
# Sizes: 1000 = 10 policies × 10 locales × 10 versions, 10000 = 50 × 10 × 20,
#        50000 = 250 × 10 × 20. Needs /usr/bin/time (Debian package `time`).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}; shift || true
sizes=("${@:-1000 10000}")
cargo build --release --locked --quiet --bins --example gen-site
bin=target/release/clause
work=${BENCH_DIR:-$(mktemp -d)}
echo "machine: $(nproc) cores; runs per size: $runs; work dir: $work"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for size in ${sizes[@]}; do
  case $size in
    1000) p=10; l=10; v=10 ;;
    10000) p=50; l=10; v=20 ;;
    50000) p=250; l=10; v=20 ;;
    *) echo "unknown size $size"; exit 2 ;;
  esac
  site=$work/site-$size
  [ -d "$site" ] || target/release/examples/gen-site --policies $p --locales $l --versions $v --out "$site" >/dev/null
  times=(); mems=()
  for i in $(seq "$runs"); do
    rm -rf "$work/out-$size"
    /usr/bin/time -f "%e %M" -o "$work/time.txt" $bin build --root "$site" --output "$work/out-$size" --date 2030-01-01 2>/dev/null
    read -r secs kb < "$work/time.txt"; times+=("$secs"); mems+=("$kb")
  done
  t=$(printf '%s\n' "${times[@]}" | median); m=$(printf '%s\n' "${mems[@]}" | median)
  out=$work/out-$size
  count() { find "$out" -path "$1" -type f | wc -l; }
  web=$(count "$out/*/index.html"); all_html=$(find "$out" -name '*.html' -type f | wc -l)
  app=$(count "$out/app/*"); json=$(count "$out/api/*")
  rm -rf "$work/copy"; c0=$(date +%s.%N); cp -r "$out" "$work/copy"; c1=$(date +%s.%N)
  noops=()
  for i in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$work/time.txt" $bin build --root "$site" --output "$out" --date 2030-01-01 2>/dev/null
    read -r secs kb < "$work/time.txt"; noops+=("$secs")
  done
  noop=$(printf '%s\n' "${noops[@]}" | median)
  printf '%6s policy pages (%dx%dx%d): median %ss of %s, peak %s MB, %s files (%s), cp -r %.2fs, unchanged rebuild median %ss of %s\n' \
    "$size" $p $l $v "$t" "${times[*]}" $((m / 1024)) "$(find "$out" -type f | wc -l)" "$(du -sh "$out" | cut -f1)" \
    "$(echo "$c1 - $c0" | bc)" "$noop" "${noops[*]}"
  awk -v t="$t" -v h="$all_html" -v a="$app" -v j="$json" -v p="$size" 'BEGIN {
    printf "        per second: %.0f policy pages, %.0f HTML pages (%.0f in-app views), %.0f JSON documents\n", p/t, h/t, a/t, j/t }'
done
