#!/usr/bin/env bash
# The main job on a big database: builds the synthetic TPC-DS database at SCALE (`db build --scale`;
# 144 gives 2.88M store_sales rows, the size of TPC-DS scale factor 1; 8.0M rows, 1.2 GB) in a
# temporary directory, then runs the offline main job on it read-only (release build, seed 7,
# `generate --database`, default size or the number of examples given). Prints the database build
# (wall time, peak memory, file size) and the run: wall time, peak memory (both from
# /usr/bin/time -v), time inside SQLite (the validators' thread CPU time) and statements, examples,
# gold results that are empty, negatives whose result equals their gold (the same rows; in the same
# order when the gold orders them), measured coverage and the draws dropped by verdict.
# Usage: bench/scale.sh [SCALE] [SIZE]   (SCALE default 144; SIZE "default" or a number of examples)
set -euo pipefail
cd "$(dirname "$0")/.."
scale=${1:-144}
size=${2:-default}
args=()
[ "$size" = default ] || args=(--examples "$size")
[ -x /usr/bin/time ] || { echo "/usr/bin/time not found (Debian: apt-get install time)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
swift build -c release --product nl2sqlgen >/dev/null
bin=.build/release/nl2sqlgen
peak() { sed -n 's/.*Maximum resident set size (kbytes): //p' "$1" | awk '{printf "%.0f MB", $1 / 1024}'; }
start=$EPOCHREALTIME
/usr/bin/time -v "$bin" db build --schema schemas/tpcds.json --scale "$scale" --out "$work/big.sqlite" > "$work/build.log" 2> "$work/build.time" \
  || { cat "$work/build.log" "$work/build.time" >&2; exit 1; }
end=$EPOCHREALTIME
rows=$(sed -n 's/^wrote .*: \([0-9]*\) rows in.*/\1/p' "$work/build.log")
sales=$(sed -n 's/^  store_sales: \([0-9]*\) rows/\1/p' "$work/build.log")
echo "database: scale $scale, $rows rows ($sales store_sales), $(du -m "$work/big.sqlite" | cut -f1) MB, built in $(awk "BEGIN {printf \"%.1f\", $end - $start}") s, peak memory $(peak "$work/build.time")"
start=$EPOCHREALTIME
/usr/bin/time -v "$bin" generate --schema schemas/tpcds.json --seed 7 "${args[@]}" --database "$work/big.sqlite" --allow-partial --out "$work/out" \
  > "$work/run.log" 2> "$work/run.time" || { cat "$work/run.log" "$work/run.time" >&2; exit 1; }
end=$EPOCHREALTIME
python3 - "$start" "$end" "$work/run.log" "$work/out" "$(peak "$work/run.time")" <<'PY'
import json, re, sys
start, end, log, out, memory = float(sys.argv[1]), float(sys.argv[2]), open(sys.argv[3]).read(), sys.argv[4], sys.argv[5]
inside = re.search(r"SQL executed: (\d+) statements, ([0-9.]+) s inside", log)
columns = re.search(r"measured coverage: columns (\S+),", log).group(1)
dropped = re.search(r"dropped draws: (.*)", log)
examples = [json.loads(line) for line in open(f"{out}/examples.jsonl")]
empty = sum(1 for e in examples if e["result"]["rows"] == 0)
def ordered(sql): return re.search(r"\bORDER BY\b[^()]*$", sql, re.S) is not None
negatives = [(e, n) for e in examples for n in e.get("negatives", [])]
same = sum(1 for e, n in negatives if n["fingerprint"] == e["result"]["fingerprint"]
           and (not ordered(e["sql"]) or n["ordered_fingerprint"] == e["result"]["ordered_fingerprint"]))
rejections = sum(1 for _ in open(f"{out}/rejections.jsonl"))
print("| examples | rejected slots | wall | peak memory | time inside SQLite | empty gold results | negatives equal to their gold | columns | dropped draws |")
print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
print(f"| {len(examples)} | {rejections} | {end - start:.1f} s | {memory} | {float(inside.group(2)):.1f} s ({inside.group(1)} statements) | {empty} | {same} of {len(negatives)} | {columns} | {dropped.group(1) if dropped else 'none'} |")
PY
