#!/usr/bin/env bash
# Meaningful-coverage benchmark: the offline main job (release build) on TPC-DS with the default size
# and with --examples 2000 (or the sizes given). For each run it prints one README table row:
# examples, examples per second over the whole command's wall time, the wall time, the time spent
# inside SQLite by every statement the run executed (sample queries, validation of positives,
# negatives and SQL variants; measured in the same run by the validators), the ratio of the two, and
# the quality figures of report.json (question words, unused joins, fan traps, typed-use violations,
# category mismatches, literals stated) and the measured coverage.
# SQLite time is the validators' thread CPU time; with several workers (the default: one per core)
# batches run in parallel, so the wall time can come below it. WORKERS=1 runs one worker.
# Usage: [WORKERS=N] bench/meaning.sh [SIZE ...]   (SIZE: "default" or a number of examples; default: default 2000)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/generate-run.sh
bench_setup "$@"
label=${workers:-"auto ($(nproc) cores)"}
echo "| size | workers | examples | batches | columns | tables | FK edges | examples/s | wall | SQLite time | wall / SQLite | words median / p90 | unused joins | fan traps | typed-use violations | category mismatches | literals stated |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
for size in "${sizes[@]}"; do
  generate_run "$size"
  python3 - "$size" "$start" "$end" "$work/$size.log" "$out" "$label" <<'PY'
import json, re, sys
size, start, end, log, out, label = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), open(sys.argv[4]).read(), sys.argv[5], sys.argv[6]
wall = end - start
sqlite = float(re.search(r"SQL executed: \d+ statements, ([0-9.]+) s inside SQLite", log).group(1))
coverage = re.search(r"measured coverage: columns (\S+), tables (\S+), FK edges (\S+)", log).groups()
report = json.load(open(f"{out}/report.json"))
quality, summary = report["quality"], report["dataset"]
examples = summary["examples"]
print(f"| {size} | {label} | {examples:,} | {summary['batches']} | {coverage[0]} | {coverage[1]} | {coverage[2]} | {examples / wall:.1f} | {wall:.1f} s | {sqlite:.1f} s | {wall / sqlite:.2f} | "
      f"{quality['question_words_median']:g} / {quality['question_words_p90']} | {quality['examples_with_unused_join']} | {quality['examples_with_fan_trap']} | "
      f"{quality['examples_with_typed_use_violation']} | {quality['category_mismatches']} | {quality['literals_stated']}/{examples} |")
PY
done
