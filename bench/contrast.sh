#!/usr/bin/env bash
# Contrast benchmark: wall time the paraphrases, SQL variants and negatives add to the offline main
# job, per 1,000 examples. One plan (default: bench/large-dataset.config.json, about 2,000 examples)
# is run with contrast off (paraphrases.count 0, negatives.count 0, no NL negatives) and with the
# plan's own settings, alternating, REPS times each (release build). Both runs use the same batches
# and slots, so the difference is the contrast work alone.
# Usage: bench/contrast.sh [CONFIG] [REPS]
set -euo pipefail
cd "$(dirname "$0")/.."
config=${1:-bench/large-dataset.config.json}
reps=${2:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
swift build -c release --product nl2sqlgen >/dev/null
bin=.build/release/nl2sqlgen
"$bin" plan --schema schemas/tpcds.json --config "$config" --out "$work/on.json" >/dev/null
python3 - "$work/on.json" "$work/off.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
plan["config"]["paraphrases"].update(count=0, sql_variants=False)
plan["config"]["negatives"].update(count=0, nl_negatives=False)
json.dump(plan, open(sys.argv[2], "w"), indent=2, sort_keys=True)
PY
for rep in $(seq "$reps"); do
  for mode in off on; do
    start=$EPOCHREALTIME
    "$bin" run --plan "$work/$mode.json" --out "$work/$mode-$rep" --quiet >/dev/null
    echo "$mode $start $EPOCHREALTIME" >> "$work/times"
  done
done
python3 - "$work/times" "$work/on-1/manifest.json" <<'PY'
import json, statistics, sys
times = {"off": [], "on": []}
for line in open(sys.argv[1]):
    mode, start, end = line.split(); times[mode].append(float(end) - float(start))
counts = json.load(open(sys.argv[2]))["counts"]
examples = counts["examples"]
off, on = statistics.median(times["off"]), statistics.median(times["on"])
print(f"examples {examples}, paraphrases {counts['paraphrases']}, negatives {counts['negatives']} (hard {counts['negatives_hard']}), nl negatives {counts['nl_negatives']}, pairs {counts['pairs']}")
print(f"| contrast | median wall s | runs |")
print(f"| --- | --- | --- |")
print(f"| off | {off:.1f} | {', '.join(f'{t:.1f}' for t in times['off'])} |")
print(f"| on | {on:.1f} | {', '.join(f'{t:.1f}' for t in times['on'])} |")
print(f"added: {on - off:.1f} s for {examples} examples = {(on - off) / examples * 1000:.1f} s per 1,000 examples (ratio on/off {on / off:.2f})")
PY
