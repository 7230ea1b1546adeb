#!/usr/bin/env bash
# Validation benchmark: nl2sqlgen's validator (prepare + column annotation, no execution) against a
# plain C loop of sqlite3_prepare_v2/sqlite3_finalize over the same statements, both on one core.
# Usage: bench/validation.sh [COUNT]   (default 20000; needs ../shared/tpcds/queries)
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-20000}
queries=${QUERIES:-../shared/tpcds/queries}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
swift build -c release --product nl2sqlgen >/dev/null
bin=.build/release/nl2sqlgen
"$bin" db build --schema schemas/tpcds.json --out "$work/db.sqlite" --scale 0.1 >/dev/null
gcc -O2 -o "$work/prepare_loop" bench/prepare_loop.c -lsqlite3
swift_line=$(taskset -c 0 "$bin" bench validation --schema schemas/tpcds.json --database "$work/db.sqlite" \
  --queries "$queries" --count "$count" --emit "$work/statements.bin")
c_line=$(taskset -c 0 "$work/prepare_loop" "$work/db.sqlite" "$work/statements.bin" "$count")
echo "validator: $swift_line"
echo "C loop:    $c_line"
swift_rate=$(echo "$swift_line" | sed -E 's/.*: ([0-9]+) statements\/s.*/\1/')
c_rate=$(echo "$c_line" | sed -E 's/.*: ([0-9]+) statements\/s.*/\1/')
awk -v s="$swift_rate" -v c="$c_rate" 'BEGIN { printf "ratio validator / C loop: %.2f\n", s / c }'
