#!/usr/bin/env bash
# Issue #15's figures, run by hand (not in CI): writes the big and the hostile workbooks
# (samples/makebig) and prints, for each case and path, the median over ROUNDS runs (default
# 3) of the wall time and the peak resident memory. The targets: a 100,000-row budget sheet in
# at most 2 s and 150 MB; any workbook under 1 MB in at most 5 s and 200 MB, whatever the path.
#
#   samples/bigfiles.sh [DIR] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-$(mktemp -d)}
rounds=${2:-3}
bin=$(mktemp -d)
trap 'rm -rf "$bin"; [ -n "${server:-}" ] && kill "$server" 2>/dev/null; true' EXIT

go build -o "$bin/lkjip" ./cmd/lkjip
[ -e "$dir/small-flood.xlsx" ] || go run ./samples/makebig -dir "$dir" > /dev/null

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# measure LABEL COMMAND...: the median wall seconds and peak MB of ROUNDS runs.
measure() {
  local label=$1; shift
  local secs=() mbs=()
  for _ in $(seq "$rounds"); do
    /usr/bin/time -f "%e %M" -o "$bin/time" "$@" > /dev/null 2>&1 || true
    read -r s kb < <(tail -n 1 "$bin/time")
    secs+=("$s"); mbs+=("$((kb * 1024 / 1000000))")
  done
  printf '%-44s %6s s %6s MB\n' "$label" "$(printf '%s\n' "${secs[@]}" | median)" "$(printf '%s\n' "${mbs[@]}" | median)"
}

size() { stat -c %s "$dir/$1"; }
echo "files in $dir; median of $rounds runs; MB = 10^6 bytes"
measure "check budget-100k ($(size budget-100k.xlsx) B)" "$bin/lkjip" check --format json "$dir/budget-100k.xlsx"
measure "check budget-100k-mistake" "$bin/lkjip" check --format json "$dir/budget-100k-mistake.xlsx"
measure "check small-repeated ($(size small-repeated.xlsx) B)" "$bin/lkjip" check "$dir/small-repeated.xlsx"
measure "check small-formulas ($(size small-formulas.xlsx) B)" "$bin/lkjip" check "$dir/small-formulas.xlsx"
measure "check small-flood ($(size small-flood.xlsx) B, refused)" "$bin/lkjip" check "$dir/small-flood.xlsx"
measure "check --annotate small-repeated" "$bin/lkjip" check --annotate "$bin/copy.xlsx" "$dir/small-repeated.xlsx"
measure "check --fix small-repeated" "$bin/lkjip" check --fix "$bin/fixed.xlsx" "$dir/small-repeated.xlsx"
measure "diff small-half small-half" "$bin/lkjip" diff "$dir/small-half.xlsx" "$dir/small-half.xlsx"
measure "diff small-repeated x2 (refused)" "$bin/lkjip" diff "$dir/small-repeated.xlsx" "$dir/small-repeated.xlsx"

# The page: one upload of each small file to a server of its own; the server's peak.
if command -v curl > /dev/null; then
  for f in small-repeated small-formulas; do
    port=$((20000 + RANDOM % 20000))
    "$bin/lkjip" serve --addr "127.0.0.1:$port" > /dev/null 2>&1 &
    server=$!
    for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.1; done
    start=$(date +%s.%N)
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "Origin: http://127.0.0.1:$port" -F "berkas=@$dir/$f.xlsx" "http://127.0.0.1:$port/periksa")
    end=$(date +%s.%N)
    kb=$(awk '/VmHWM/ {print $2}' "/proc/$server/status")
    kill "$server"; wait "$server" 2>/dev/null || true; server=
    printf '%-44s %6.2f s %6s MB (HTTP %s)\n' "serve: upload $f" "$(echo "$end - $start" | bc)" "$((kb * 1024 / 1000000))" "$code"
  done
fi
