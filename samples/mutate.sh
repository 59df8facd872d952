#!/usr/bin/env bash
# The mutation benchmark of single mistakes, run by hand (not in CI): changes one figure at a
# time in clean workbooks (samples/bersih-2023.xlsx, the same content under every other
# layout, clean corpus workbooks), checks each changed copy with every rule on all cores, and
# prints per kind of cell how often lkjip names the changed cell, names another cell as an
# error, and expects the original figure, beside the targets (samples/README.md, "The mutation
# benchmark"). Flags go to the command (go run ./samples/mutate -h):
#
#   samples/mutate.sh [-n 30] [-cells 3] [-seed 1] [-text 25] [-kinds "Pengukuran|Ringkasan"]
#
# Exit status: 0 every target met, 1 a target missed, 2 the benchmark itself is broken.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
echo "machine: $(nproc) cores"
go build -o "$bin/mutate" ./samples/mutate
"$bin/mutate" "$@"
