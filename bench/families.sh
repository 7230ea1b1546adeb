#!/usr/bin/env bash
# Family fallbacks (issue 22): the offline main job (release build) on TPC-DS with seed 7 at each size
# given ("default" or a number of examples; default: default 2000). For each planned analysis family
# (plan.json, slot "family") it prints the slots planned, the examples whose measured intent is that
# family, the examples another family's recipe answered (by measured intent) and the slots rejected,
# then the families above 2% of the examples.
# Usage: [WORKERS=N] bench/families.sh [SIZE ...]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/generate-run.sh
bench_setup "$@"
for size in "${sizes[@]}"; do
  generate_run "$size"
  python3 - "$size" "$out" <<'PY'
import collections, json, sys
size, out = sys.argv[1], sys.argv[2]
planned = {s["id"]: s.get("family") or "-" for b in json.load(open(f"{out}/plan.json"))["batches"] for s in b["slots"]}
emitted = {}
for line in open(f"{out}/examples.jsonl"):
    example = json.loads(line)
    emitted[example["slot_id"]] = example.get("intent") or "-"
n = len(emitted)
intents = collections.Counter(emitted.values())
print(f"## {size}: {len(planned)} slots, {n} examples, families above 2%: {sum(1 for c in intents.values() if c / n > 0.02)}")
print("| planned family | slots | answered as planned | answered as another family | rejected | measured share |")
print("| --- | --- | --- | --- | --- | --- |")
for family in sorted(set(planned.values()) | set(intents)):
    slots = [s for s, f in planned.items() if f == family]
    same = sum(1 for s in slots if emitted.get(s) == family)
    other = collections.Counter(emitted[s] for s in slots if s in emitted and emitted[s] != family)
    rejected = sum(1 for s in slots if s not in emitted)
    others = ", ".join(f"{k} {v}" for k, v in sorted(other.items(), key=lambda kv: (-kv[1], kv[0])))
    print(f"| {family} | {len(slots)} | {same} | {sum(other.values())}{' (' + others + ')' if others else ''} | {rejected} | {100 * intents.get(family, 0) / n:.1f}% |")
PY
done
