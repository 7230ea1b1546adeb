#!/usr/bin/env bash
# Planner benchmark: planning time, batches, lower bound, gap and peak memory for TPC-DS and for
# synthetic schemas of 100, 500 and 2,000 tables (release build, default config).
# Usage: bench/planner.sh [SIZES...]   (default: 100 500 2000)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-100 500 2000}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
swift build -c release --product nl2sqlgen >/dev/null
bin=.build/release/nl2sqlgen
printf '| schema | tables | columns | FKs | status | batches | lower bound | gap | greedy | candidate groups | plan seconds | solve seconds | peak RSS MiB |\n'
printf '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n'
run() {
  local name=$1 schema=$2
  /usr/bin/time -f '%M' -o "$work/rss" "$bin" plan --schema "$schema" --out "$work/plan.json" >/dev/null
  python3 - "$name" "$schema" "$work/plan.json" "$work/plan.json.timing.json" "$work/rss" <<'PY'
import json, sys
name, schema_path, plan_path, timing_path, rss_path = sys.argv[1:]
schema = json.load(open(schema_path)); plan = json.load(open(plan_path)); timing = json.load(open(timing_path))
s = plan["solver"]; columns = sum(len(t["columns"]) for t in schema["tables"])
rss = int(open(rss_path).read().split()[-1]) / 1024
print(f"| {name} | {len(schema['tables'])} | {columns} | {len(schema['foreign_keys'])} | {s['status']} | {int(s['objective'])} | {int(s['best_bound'])} | {s['gap']*100:.1f}% | {s['greedy_batches']} | {s['candidate_groups']} ({s['candidate_mode']}) | {timing['total_seconds']:.1f} | {timing['solve_seconds']:.1f} | {rss:.0f} |")
PY
}
run tpcds schemas/tpcds.json
for size in ${sizes[@]}; do
  "$bin" schema synth --tables "$size" --seed 42 --out "$work/synth$size.json" >/dev/null
  run "synth-$size" "$work/synth$size.json"
done
