#!/usr/bin/env bash
# CPU critical path of the default main job (TPC-DS, seed 7), for a machine too busy for wall
# times: runs the release build under `perf record` (thread and time of each sample, no call
# graphs) and adds up each thread's processor time per phase: A, planning on the main thread
# beside the database build; B, the batches on the workers (the busiest one); C, the finish on
# the main thread (finalisation, files, report). critical = max(A main, A database) + B + C, an
# estimate of the wall time of an otherwise idle machine with a core per thread; its ratio to the
# run's SQLite time ("SQL executed" line) estimates the wall / SQLite ratio of bench/meaning.sh.
# Needs perf. Usage: bench/critical-path.sh [RUNS] [BINARY]   (default: 3 runs of .build/release/nl2sqlgen)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
bin=${2:-}
if [ -z "$bin" ]; then swift build -c release --product nl2sqlgen >/dev/null; bin=.build/release/nl2sqlgen; fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for run in $(seq "$runs"); do
  rm -rf "$work/out"
  perf record -q -F 999 -o "$work/perf.data" "$bin" generate --schema schemas/tpcds.json --seed 7 --out "$work/out" > "$work/log" 2> "$work/err" \
    || { cat "$work/err" >&2; exit 1; }
  sqlite=$(grep -o '[0-9.]* s inside SQLite' "$work/log" | cut -d' ' -f1)
  perf script -i "$work/perf.data" -F tid,time 2>/dev/null > "$work/samples"
  python3 - "$work/samples" 999 "$sqlite" "$run" <<'PY'
import collections, re, sys
path, hz, sqlite, run = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
samples = [(int(m.group(1)), float(m.group(2))) for m in (re.match(r"\s*(\d+)\s+([\d.]+):", line) for line in open(path)) if m]
counts = collections.Counter(tid for tid, _ in samples)
# The main thread has the lowest id, the database build starts next; the workers are the others
# with a share of the samples (the dispatch threads of the finish have a small one).
threads = sorted(tid for tid, count in counts.items() if count > len(samples) * 0.03)
main, database, workers = threads[0], threads[1], threads[2:]
start = min(t for tid, t in samples if tid in workers)
end = max(t for tid, t in samples if tid in workers)
def seconds(keep): return sum(1 for tid, t in samples if keep(tid, t)) / hz
planning = seconds(lambda tid, t: tid == main and t < start)
building = seconds(lambda tid, t: tid == database)
batches = max(seconds(lambda tid, t, w=w: tid == w) for w in workers)
finish = seconds(lambda tid, t: tid == main and t > end)
critical = max(planning, building) + batches + finish
print(f"run {run}: CPU {len(samples) / hz:.2f} s | A: planning {planning:.2f} s, database {building:.2f} s | "
      f"B: busiest of {len(workers)} workers {batches:.2f} s | C: finish {finish:.2f} s | critical {critical:.2f} s | "
      f"SQLite {sqlite:.2f} s | critical / SQLite {critical / sqlite:.2f}")
PY
done
