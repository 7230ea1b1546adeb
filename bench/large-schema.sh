#!/usr/bin/env bash
# Large-schema benchmark: `generate` (offline, default config) on synthetic schemas of many tables:
# wall seconds, peak memory, examples, rejections and measured coverage (release build).
# Usage: bench/large-schema.sh [SIZES...]   (default: 119 500 2000; schemas from `schema synth --seed 1`)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-119 500 2000}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
swift build -c release --product nl2sqlgen >/dev/null
bin=.build/release/nl2sqlgen
printf '| tables | columns | batches | slots | examples | rejections | column coverage | seconds | peak RSS MiB | exit |\n'
printf '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n'
for size in ${sizes[@]}; do
  "$bin" schema synth --tables "$size" --seed 1 --out "$work/s$size.json" >/dev/null
  status=0
  /usr/bin/time -f '%e %M' -o "$work/time$size" "$bin" generate --schema "$work/s$size.json" --out "$work/d$size" --quiet \
    >"$work/out$size" 2>"$work/err$size" || status=$?
  python3 - "$size" "$work/s$size.json" "$work/d$size" "$work/time$size" "$work/out$size" "$status" <<'PY'
import json, os, re, sys
size, schema_path, out, time_path, stdout_path, status = sys.argv[1:]
schema = json.load(open(schema_path))
columns = sum(len(t["columns"]) for t in schema["tables"])
seconds, rss = open(time_path).read().split()[-2:]
def lines(name):
    path = os.path.join(out, name)
    return sum(1 for _ in open(path)) if os.path.exists(path) else 0
plan = json.load(open(os.path.join(out, "plan.json")))
slots = sum(len(b["slots"]) for b in plan["batches"])
text = open(stdout_path).read()
coverage = re.search(r"columns (\d+)/(\d+)", text)
cov = f"{coverage.group(1)}/{coverage.group(2)}" if coverage else "-"
print(f"| {size} | {columns} | {len(plan['batches'])} | {slots} | {lines('examples.jsonl')} | {lines('rejections.jsonl')} | {cov} | {float(seconds):.0f} | {int(rss) / 1024:.0f} | {status} |")
PY
done
