#!/usr/bin/env bash
# Questions-analysts-ask benchmark (issue 22): the offline main job (release build) on TPC-DS with seed 7,
# the default size and --examples 2000 (or the sizes given). For each run it prints one table row of the
# figures report.json's quality section re-measures from every example's SQL (docs/report.md, "Meaning
# figures"): families above 2% of examples, fact examples restricted to a period, distinct SQL templates
# (literals and identifiers masked) per 1,000 examples and in all, distinct word bigrams per 5,000 question
# tokens, examples grouped by a descriptive detail, AVG/SUM of a dimension attribute over fact rows, snapshot
# measures summed over several snapshot dates, top-N lists without what is ranked, aggregate aliases that
# contradict the aggregate, ORDER BY flips kept as negatives without LIMIT or ranking, join-key negatives
# equating unrelated keys; then the wall time of the whole command, the time spent inside SQLite (the
# validators' thread CPU time, as bench/meaning.sh) and their ratio.
# Below the table, the family mix of each run (the share of examples per analytic intent) and its subject
# mix (examples about sales, returns and other subjects, by their slot's anchor).
# Usage: [WORKERS=N] bench/questions.sh [SIZE ...]   (SIZE: "default" or a number of examples; default: default 2000)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/generate-run.sh
bench_setup "$@"
echo "| size | examples | families > 2% | fact examples with a period | SQL templates per 1,000 (all) | bigrams per 5,000 tokens | grouped by a detail | AVG/SUM of a dimension attribute over facts | snapshot sums over dates | top-N without entity | contradicting aliases | ORDER BY flip negatives without LIMIT/ranking | join-key negatives of unrelated keys | wall | SQLite time | wall / SQLite |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
for size in "${sizes[@]}"; do
  generate_run "$size"
  python3 - "$size" "$start" "$end" "$work/$size.log" "$out" <<'PY'
import json, re, sys
size, start, end, log, out = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), open(sys.argv[4]).read(), sys.argv[5]
wall = end - start
sqlite = float(re.search(r"SQL executed: \d+ statements, ([0-9.]+) s inside SQLite", log).group(1))
q = json.load(open(f"{out}/report.json"))["quality"]
n = q["examples"]
def share(count, total):
    return f"{count:,} ({100 * count / total:.1f}%)" if total else f"{count:,}"
print(f"| {size} | {n:,} | {q['families_above_2_percent']} | {share(q['fact_examples_with_period'], q['fact_examples'])} of {q['fact_examples']:,} | "
      f"{q['sql_templates_per_1000_examples']:.0f} ({q['sql_templates']:,}) | {q['distinct_bigrams_per_5000_tokens']:.2f} | "
      f"{share(q['examples_grouped_by_detail'], n)} | {share(q['examples_aggregating_dimension_attribute'], n)} | "
      f"{q['snapshot_sums_over_dates']} of {q['snapshot_examples']} | {share(q['top_n_without_entity'], n)} | {share(q['contradicting_aggregate_aliases'], n)} | "
      f"{q['order_flip_negatives_without_ranking']} | {q['join_key_negatives_unrelated']} of {q['join_key_negatives']} | "
      f"{wall:.1f} s | {sqlite:.1f} s | {wall / sqlite:.2f} |")
shares = q["intent_shares"]
# The subject of each example, by its slot's anchor: sales (a fact of a sales subject area), returns
# (subject area "returns") or other (docs/plan-format.md, "Families and subject mix").
tables = {t["name"]: t for t in json.load(open("schemas/tpcds.json"))["tables"]}
anchors = {s["id"]: s["anchor"] for b in json.load(open(f"{out}/plan.json"))["batches"] for s in b["slots"]}
def subject(name):
    area = tables[name].get("subject_area", "").lower()
    return "returns" if area == "returns" else "sales" if tables[name]["kind"] == "fact" and "sales" in area.split() else "other"
subjects = {"sales": 0, "returns": 0, "other": 0}
for line in open(f"{out}/examples.jsonl"):
    subjects[subject(anchors[json.loads(line)["slot_id"]])] += 1
with open(f"{out}.mix", "w") as mix:
    mix.write(f"family mix ({size}): " + ", ".join(f"{k} {100 * v:.1f}%" for k, v in sorted(shares.items(), key=lambda kv: (-kv[1], kv[0]))) + "\n")
    mix.write(f"subject mix ({size}): " + ", ".join(f"{k} {c:,} ({100 * c / n:.1f}%)" for k, c in subjects.items()) + "\n")
PY
done
echo
for size in "${sizes[@]}"; do cat "$work/$size.mix"; done
