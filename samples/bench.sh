#!/usr/bin/env bash
# The batch benchmark, run by hand (not in CI): generates N synthetic workbooks (default 7,300,
# about the number of kecamatan in Indonesia), checks them all with every rule, and prints
# files per second, wall time, peak resident memory, the floor (unzipping every part of every
# file and tokenizing its XML with encoding/xml, on the same cores), the ratio lkjip/floor, and
# the recall of the injected faults in lkjip's report (samples/recall).
#
# The machine's speed drifts by several percent between minutes (the floor alone has measured
# 8.8 to 10.6 s on the same files), so one pair of runs decides nothing: ROUNDS pairs (default
# 3) run floor and lkjip in turn, and the ratio reported is the median of the rounds' ratios.
#
#   samples/bench.sh [N] [DIR] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-7300}
dir=${2:-$(mktemp -d)}
rounds=${3:-3}
bin=$(mktemp -d)

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB"
go build -o "$bin/lkjip" ./cmd/lkjip
go build -o "$bin/floor" ./samples/floor
go build -o "$bin/recall" ./samples/recall
if [ ! -e "$dir/.complete-$n" ]; then
  go run ./samples/makecorpus -n "$n" -seed 1 -dir "$dir" -faults all -rate 50 | tail -3
  touch "$dir/.complete-$n"
fi
echo "corpus: $(ls "$dir"/*.xlsx | wc -l) files, $(du -sh "$dir" | cut -f1)"

# Warm the page cache so that both measure the CPU work, not the disk.
cat "$dir"/*.xlsx > /dev/null

measure() { # label command...
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$bin/time" "$@" > "$bin/out" 2> "$bin/err" || true
  read -r secs kb < <(tail -n 1 "$bin/time") # "Command exited with non-zero status 1" may come first
  echo "$label: ${secs} s wall, peak RSS $((kb / 1024)) MB"
  echo "$secs" > "$bin/$label.secs"
}
files=$(ls "$dir"/*.xlsx | wc -l)
for round in $(seq 1 "$rounds"); do
  measure floor "$bin/floor" "$dir"
  [ "$round" = 1 ] && cat "$bin/out"
  measure lkjip "$bin/lkjip" check --quiet --format json -o "$bin/report.json" "$dir"
  awk -v f="$files" -v l="$(cat "$bin/lkjip.secs")" -v fl="$(cat "$bin/floor.secs")" \
    'BEGIN { printf "lkjip: %.0f files/s; ratio lkjip/floor: %.2f\n", f / l, l / fl }' | tee -a "$bin/ratios"
done
sort -t: -k3 -n "$bin/ratios" | awk -F': ' -v r="$rounds" '{ v[NR] = $3 } END { printf "median of %d rounds: ratio lkjip/floor %.2f (rounds from %.2f to %.2f)\n", r, v[int((NR + 1) / 2)], v[1], v[NR] }'
"$bin/recall" "$bin/report.json"
