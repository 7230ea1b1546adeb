#!/usr/bin/env bash
# Ledger overhead on the offline main job: the same `run --plan` with the run ledger (default)
# and without it (NL2SQL_NO_LEDGER=1, a switch for this benchmark only), release build,
# alternating, REPS repetitions each; reports the median wall and CPU (user + sys) time of each
# and the overhead. Batches are generated on a worker thread while the main thread commits, so
# the ledger's disk waits overlap generation; on a busy machine the wall figures are noisy, the
# CPU figures much less.
# Usage: bench/ledger.sh [REPS]   (default 5; configs: default and bench/large-dataset.config.json)
set -euo pipefail
cd "$(dirname "$0")/.."
reps=${1:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
swift build -c release --product nl2sqlgen >/dev/null
bin=$PWD/.build/release/nl2sqlgen
printf '| config | batches | examples | wall with ledger | wall without | wall overhead | CPU with | CPU without | CPU overhead |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n'
measure() {
  local name=$1 config=$2
  "$bin" plan --schema schemas/tpcds.json ${config:+--config "$config"} --out "$work/plan.json" >/dev/null
  : >"$work/with"; : >"$work/without"
  for i in $(seq "$reps"); do
    for mode in with without; do
      rm -rf "$work/out"
      if [ "$mode" = with ]; then unset NL2SQL_NO_LEDGER; else export NL2SQL_NO_LEDGER=1; fi
      /usr/bin/time -f '%e %U %S' -a -o "$work/$mode" "$bin" run --plan "$work/plan.json" --out "$work/out" --quiet >"$work/summary"
      unset NL2SQL_NO_LEDGER
    done
  done
  python3 - "$name" "$work/with" "$work/without" "$work/plan.json" "$work/out/manifest.json" <<'PY'
import json, statistics, sys
name, with_path, without_path, plan_path, manifest_path = sys.argv[1:]
def medians(path):
    rows = [[float(x) for x in line.split()] for line in open(path) if line.strip()]
    return statistics.median(r[0] for r in rows), statistics.median(r[1] + r[2] for r in rows)
(wall_with, cpu_with), (wall_without, cpu_without) = medians(with_path), medians(without_path)
plan = json.load(open(plan_path)); manifest = json.load(open(manifest_path))
print(f"| {name} | {len(plan['batches'])} | {manifest['counts']['examples']} | {wall_with:.2f} s | {wall_without:.2f} s | {100 * (wall_with / wall_without - 1):+.1f}% "
      f"| {cpu_with:.2f} s | {cpu_without:.2f} s | {100 * (cpu_with / cpu_without - 1):+.1f}% |")
PY
}
measure default ""
measure large bench/large-dataset.config.json
