#!/usr/bin/env bash
# Ledger overhead on the offline main job: the same `run --plan` with the run ledger (default)
# and without it (NL2SQL_NO_LEDGER=1, a switch for this benchmark only), release build,
# alternating, REPS repetitions each; reports the median wall time of each and their ratio.
# Usage: bench/ledger.sh [REPS]   (default 5; configs: default and bench/large-dataset.config.json)
set -euo pipefail
cd "$(dirname "$0")/.."
reps=${1:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
swift build -c release --product nl2sqlgen >/dev/null
bin=$PWD/.build/release/nl2sqlgen
printf '| config | batches | examples | with ledger (median s) | without (median s) | overhead |\n| --- | --- | --- | --- | --- | --- |\n'
measure() {
  local name=$1 config=$2
  "$bin" plan --schema schemas/tpcds.json ${config:+--config "$config"} --out "$work/plan.json" >/dev/null
  : >"$work/with"; : >"$work/without"
  for i in $(seq "$reps"); do
    for mode in with without; do
      rm -rf "$work/out"
      start=$(date +%s.%N)
      if [ "$mode" = with ]; then "$bin" run --plan "$work/plan.json" --out "$work/out" --quiet >"$work/summary"
      else NL2SQL_NO_LEDGER=1 "$bin" run --plan "$work/plan.json" --out "$work/out" --quiet >"$work/summary"; fi
      end=$(date +%s.%N)
      echo "$end - $start" | bc >>"$work/$mode"
    done
  done
  python3 - "$name" "$work/with" "$work/without" "$work/plan.json" "$work/out/manifest.json" <<'PY'
import json, statistics, sys
name, with_path, without_path, plan_path, manifest_path = sys.argv[1:]
with_ledger = statistics.median(float(x) for x in open(with_path))
without = statistics.median(float(x) for x in open(without_path))
plan = json.load(open(plan_path)); manifest = json.load(open(manifest_path))
print(f"| {name} | {len(plan['batches'])} | {manifest['counts']['examples']} | {with_ledger:.2f} | {without:.2f} | {100 * (with_ledger / without - 1):+.1f}% |")
PY
}
measure default ""
measure large bench/large-dataset.config.json
