# Sourced by the bench scripts. bench_setup "$@" sets sizes (the arguments, default: default 2000),
# a temporary work directory removed on exit, bin (the release build, built first) and workers
# (from WORKERS).
bench_setup() {
  sizes=("$@")
  [ ${#sizes[@]} -gt 0 ] || sizes=(default 2000)
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  swift build -c release --product nl2sqlgen >/dev/null
  bin=.build/release/nl2sqlgen
  workers=${WORKERS:-}
}

# generate_run SIZE runs the offline main job ("$bin" generate, TPC-DS,
# seed 7; SIZE "default" or a number of examples; WORKERS from $workers when set) into "$work/SIZE",
# with its log in "$work/SIZE.log", and sets out, start and end (EPOCHREALTIME around the command).
generate_run() {
  local size=$1 args=()
  [ "$size" = default ] || args=(--examples "$size")
  [ -z "${workers:-}" ] || args+=(--workers "$workers")
  out="$work/$size"
  start=$EPOCHREALTIME
  "$bin" generate --schema schemas/tpcds.json --seed 7 "${args[@]}" --out "$out" > "$work/$size.log" 2> "$work/$size.err" || { cat "$work/$size.err" >&2; exit 1; }
  end=$EPOCHREALTIME
}
