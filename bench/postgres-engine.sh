#!/usr/bin/env bash
# PostgreSQL as the run's engine: the offline main job (release build, TPC-DS, seed 7, default size or
# the size given) on the synthetic SQLite database, then on PostgreSQL (`generate --database-url`)
# after `db load` of the same seed into a throwaway server (initdb on a Unix socket in a temporary
# directory, trust authentication, stopped and removed on exit; as root it runs as the OS user
# postgres). The PostgreSQL run connects as a reader role (SELECT only). Prints one table row per
# engine: examples, rejections by reason, measured coverage, wall time of the generate command, the
# time inside the engine (SQLite: the validators' thread CPU time; PostgreSQL: the wall time waited
# for the server, summed over the workers), the draws PostgreSQL refused (engine_error; the slot is
# drawn again) and the engine recorded in the manifest. The SQLite run's wall time includes building
# the synthetic database (a PostgreSQL run reads the loaded one).
# Usage: bench/postgres-engine.sh [SIZE]   (SIZE: "default" or a number of examples)
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-default}
args=()
[ "$size" = default ] || args=(--examples "$size")
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$bindir/initdb" ] || { echo "PostgreSQL server programs not found (Debian: apt-get install postgresql)" >&2; exit 1; }
work=$(mktemp -d)
as=()
if [ "$(id -u)" = 0 ]; then chown postgres "$work"; as=(runuser -u postgres --); fi
stop() { "${as[@]}" "$bindir/pg_ctl" -D "$work/data" -m fast -w stop >/dev/null 2>&1 || true; rm -rf "$work"; }
trap stop EXIT
"${as[@]}" "$bindir/initdb" -D "$work/data" -A trust -U postgres -E UTF8 --locale=C --no-sync >/dev/null
"${as[@]}" "$bindir/pg_ctl" -D "$work/data" -l "$work/server.log" -w \
  -o "-k $work -c listen_addresses= -c fsync=off" start >/dev/null
psql() { "$bindir/psql" -h "$work" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
psql -c "CREATE DATABASE tpcds"
swift build -c release --product nl2sqlgen >/dev/null
bin=.build/release/nl2sqlgen
"$bin" db load --schema schemas/tpcds.json --seed 7 --database-url "postgresql://postgres@/tpcds?host=$work" >/dev/null
psql -c "CREATE ROLE reader LOGIN; ALTER ROLE reader SET temp_file_limit = '1GB'; GRANT CONNECT ON DATABASE tpcds TO reader"
psql -d tpcds -c "GRANT USAGE ON SCHEMA public TO reader; GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader"
echo "| engine | examples | rejections by reason | draws the engine refused | columns | wall | time inside the engine | manifest database.source |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
for engine in sqlite postgresql; do
  extra=()
  [ "$engine" = sqlite ] || extra=(--database-url "postgresql://reader@/tpcds?host=$work")
  out="$work/out-$engine"
  start=$EPOCHREALTIME
  "$bin" generate --schema schemas/tpcds.json --seed 7 "${args[@]}" "${extra[@]}" --allow-partial --out "$out" > "$work/$engine.log" 2>&1 \
    || { cat "$work/$engine.log" >&2; exit 1; }
  end=$EPOCHREALTIME
  python3 - "$engine" "$start" "$end" "$work/$engine.log" "$out" <<'PY'
import collections, json, re, sys
engine, start, end, log, out = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), open(sys.argv[4]).read(), sys.argv[5]
inside = re.search(r"SQL executed: (\d+) statements, ([0-9.]+) s inside", log)
columns = re.search(r"measured coverage: columns (\S+),", log).group(1)
examples = sum(1 for _ in open(f"{out}/examples.jsonl"))
reasons = collections.Counter()
for line in open(f"{out}/rejections.jsonl"):
    attempts = [a for a in json.loads(line)["attempts"]]
    judged = [a for a in attempts if a["reason"] != "no_draft"] or attempts
    reasons[judged[-1]["reason"]] += 1
source = json.load(open(f"{out}/manifest.json"))["database"].get("source")
recorded = f"{source['engine']} {source['version']}" if source else "none (synthetic SQLite)"
refused = re.search(r"(\d+) draws refused by it \(engine_error\)", log)
refused = refused.group(1) if refused else "-"
by_reason = ", ".join(f"{k} {v}" for k, v in sorted(reasons.items())) or "none"
messages = sorted({a["message"][:160] for line in open(f"{out}/rejections.jsonl") for a in json.loads(line)["attempts"] if a["reason"] == "engine_error"})
print(f"| {engine} | {examples} | {sum(reasons.values())}: {by_reason} | {refused} | {columns} | {end - start:.1f} s | {float(inside.group(2)):.1f} s ({inside.group(1)} statements) | {recorded} |")
for message in messages: print(f"  {engine} engine_error in a rejected slot: {message}", file=sys.stderr)
PY
done
