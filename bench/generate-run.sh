# Sourced by the bench scripts: generate_run SIZE runs the offline main job ("$bin" generate, TPC-DS,
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
