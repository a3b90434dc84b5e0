#!/usr/bin/env bash
# Compile-time benchmarks: CPU time and peak compiler memory as contracts grow, on g++ and
# clang++. Compile time and compiler memory are covenant's speed, so they are measured, but
# timings are not tests: only --smoke (which checks that this script works) is in the suite.
#
#   bash tests/benchmarks/run.sh            measure, print the report (Markdown) to stdout
#   bash tests/benchmarks/run.sh --write    measure, rewrite docs/benchmarks.{md,svg,tsv}
#   bash tests/benchmarks/run.sh --smoke    N=50 once per mode on $CXX (default c++); fails if
#                                           anything is broken; writes nothing under docs/
# Options:
#   --out DIR         also write benchmarks.{md,svg,tsv} (and --smoke's compiler logs) to DIR
#   --from-tsv FILE   do not measure: render the report and plot from FILE (a benchmarks.tsv)
#   --include DIR     covenant's include directory (default: this checkout's include/)
#   --isystem DIR     an extra system include directory, e.g. Boost's (repeatable)
# Environment:
#   COVENANT_BENCH_SIZES       clause counts (default "10 100 1000 2000 5000")
#   COVENANT_BENCH_COMPILERS   compilers (default "g++ clang++")
#   COVENANT_BENCH_RUNS        runs per measurement, the minimum CPU time is kept (default 3)
#   COVENANT_BENCH_RUNS_LARGE  runs for N >= 2000 (default: COVENANT_BENCH_RUNS)
#   COVENANT_BENCH_TIMEOUT     seconds per compile before it counts as "timeout" (default 900;
#                              45 for --smoke)
#   COVENANT_BENCH_TIME        GNU time to use (default /usr/bin/time); "none" or a missing
#                              program falls back to bash's `time`, without memory
#
# Each compile is `$CXX -std=c++20 -fsyntax-only -I include FILE` (the compilers' defaults
# otherwise) of a file from generate.sh, in one of its modes: hana-only and include-only once
# per compiler; declared, lowered, check and failing for each N.
set -euo pipefail
export LC_ALL=C # decimal points, and compiler messages in English for the "covenant rule" test
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)

usage() { sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p;}' "${BASH_SOURCE[0]}"; }

write=0 smoke=0 out='' from_tsv='' include="$root/include"
isystem=()
while (($#)); do
  case $1 in
    --write) write=1 ;;
    --smoke) smoke=1 ;;
    --out | --from-tsv | --include | --isystem)
      (($# >= 2)) || { echo "run.sh: $1 needs an argument" >&2; exit 2; }
      case $1 in
        --out) out=$2 ;;
        --from-tsv) from_tsv=$2 ;;
        --include) include=$2 ;;
        --isystem) isystem+=("$2") ;;
      esac
      shift
      ;;
    -h | --help) usage; exit 0 ;;
    *) echo "run.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
  shift
done
if ((smoke && write)); then
  echo "run.sh: --smoke never writes docs/; drop --write" >&2
  exit 2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/covenant-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

if ((smoke)); then
  compilers=("${CXX:-c++}")
  sizes=(50)
  runs=1 runs_large=1
  limit=${COVENANT_BENCH_TIMEOUT:-45} # N=50 takes about a second; six of these fit CTest's 300 s
  # Keep the smoke output for a look afterwards: in --out, else in a temp dir that is
  # removed only if the smoke test passes.
  if [[ -z $out ]]; then
    out=$(mktemp -d "${TMPDIR:-/tmp}/covenant-bench-smoke.XXXXXX")
    keep_out_on_success=0
  else
    keep_out_on_success=1
  fi
else
  read -r -a compilers <<<"${COVENANT_BENCH_COMPILERS:-g++ clang++}"
  read -r -a sizes <<<"${COVENANT_BENCH_SIZES:-10 100 1000 2000 5000}"
  runs=${COVENANT_BENCH_RUNS:-3}
  runs_large=${COVENANT_BENCH_RUNS_LARGE:-$runs}
  limit=${COVENANT_BENCH_TIMEOUT:-900}
fi
for v in "${sizes[@]}" "$runs" "$runs_large" "$limit"; do
  [[ $v =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: '$v' is not a positive integer" >&2; exit 2; }
done
# Sorted and unique, so the tables, the fitted exponents and the plot read left to right.
mapfile -t sizes < <(printf '%s\n' "${sizes[@]}" | sort -n -u)

# GNU time gives CPU time and peak memory; bash's `time` keyword (the fallback, for machines
# without the `time` package) gives CPU time only.
timer=${COVENANT_BENCH_TIME:-/usr/bin/time}
if [[ $timer == none ]] || ! "$timer" -f '%U' -o /dev/null true 2>/dev/null; then
  timer=''
fi

flags=(-std=c++20 -fsyntax-only -I "$include")
for d in "${isystem[@]}"; do flags+=(-isystem "$d"); done

# One compile of $2 by $1, output to $3. Sets rc, cpu (user+sys seconds) and rss (MB, or "-").
# `timeout` runs inside the timer: it kills the compiler's whole process group, and the timer
# still reports the CPU time and memory of everything it waited for.
compile_once() {
  local cxx=$1 src=$2 log=$3
  rc=0
  if [[ -n $timer ]]; then
    "$timer" -o "$work/time" -f '%U %S %M' \
      timeout -k 10 "$limit" "$cxx" "${flags[@]}" "$src" >"$log" 2>&1 || rc=$?
    # On failure GNU time writes "Command exited with non-zero status" first: the last line is ours.
    read -r cpu rss < <(tail -n 1 "$work/time" | awk '{ printf "%.2f %.0f\n", $1 + $2, $3 / 1024 }')
  else
    local TIMEFORMAT='%3U %3S'
    { time timeout -k 10 "$limit" "$cxx" "${flags[@]}" "$src" >"$log" 2>&1; } 2>"$work/time" || rc=$?
    read -r cpu < <(tail -n 1 "$work/time" | awk '{ printf "%.2f\n", $1 + $2 }')
    rss=-
  fi
}

# Measures $src (mode $mode, N $n) with compiler $cxx ($label) $reps times; appends a row to
# the TSV: the minimum CPU time and the maximum peak memory over the runs. A run that times
# out or has the wrong outcome ends the repetitions: its status is the row's.
anomalies=0
measure() {
  local cxx=$1 label=$2 mode=$3 n=$4 src=$5 reps=$6
  local log="$work/${label// /_}-$mode-$n.log" status best_cpu='' best_rss=- r made=0
  [[ -n $out && $smoke == 1 ]] && log="$out/logs/${label// /_}-$mode-$n.log"
  for ((r = 1; r <= reps; ++r)); do
    compile_once "$cxx" "$src" "$log"
    made=$r
    if ((rc == 124 || rc == 137)); then
      status=timeout
    elif [[ $mode == failing ]]; then
      if ((rc == 0)); then
        status='did not fail'
      elif grep -q 'covenant rule' "$log"; then
        status=ok
      else
        status='wrong error' # failed, but not by a rule (a compiler limit, a broken header...)
      fi
    elif ((rc == 0)); then
      status=ok
    else
      status=FAILED
    fi
    if [[ -z $best_cpu ]] || awk -v a="$cpu" -v b="$best_cpu" 'BEGIN { exit !(a < b) }'; then
      best_cpu=$cpu
    fi
    if [[ $rss != - ]] && { [[ $best_rss == - ]] || ((rss > best_rss)); }; then best_rss=$rss; fi
    if [[ $status == timeout ]]; then
      # The compiler was killed: what the timer saw of it is not its cost.
      best_cpu=- best_rss=-
      printf '%s %-12s N=%-5s run %d/%d: killed after %s s, timeout\n' \
        "$label" "$mode" "$n" "$r" "$reps" "$limit" >&2
      break
    fi
    printf '%s %-12s N=%-5s run %d/%d: %s s, %s MB, %s\n' \
      "$label" "$mode" "$n" "$r" "$reps" "$cpu" "$rss" "$status" >&2
    if [[ $status != ok ]]; then
      anomalies=$((anomalies + 1))
      # Show why, so that a failure at a large N is not a mystery afterwards.
      sed -n '1,8p' "$log" | cut -c1-300 | sed 's/^/    | /' >&2
      break
    fi
  done
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$mode" "$n" "$status" "$best_cpu" "$best_rss" "$made" \
    >>"$tsv"
}

# Which headers were measured: the commit, and whether include/ had uncommitted changes.
describe_headers() {
  local rev
  if [[ $include -ef $root/include ]] && rev=$(git -C "$root" rev-parse --short HEAD 2>/dev/null); then
    if [[ -n $(git -C "$root" status --porcelain -- include 2>/dev/null) ]]; then
      echo "include/ of commit $rev, with uncommitted changes"
    else
      echo "include/ of commit $rev"
    fi
  else
    echo "$include"
  fi
}

tsv="$work/benchmarks.tsv"
if [[ -n $from_tsv ]]; then
  cp "$from_tsv" "$tsv"
else
  [[ -n $out && $smoke == 1 ]] && mkdir -p "$out/logs"
  for n in "${sizes[@]}"; do
    for mode in declared lowered check failing; do
      bash "$here/generate.sh" "$n" "$mode" >"$work/$mode-$n.cpp"
    done
  done
  bash "$here/generate.sh" 1 hana-only >"$work/hana-only.cpp"
  bash "$here/generate.sh" 1 include-only >"$work/include-only.cpp"

  # The machine and the settings head the TSV, so that the report can be redrawn from it alone.
  how=''
  ((smoke)) && how=' --smoke'
  {
    printf '# covenant compile-time benchmarks: tests/benchmarks/run.sh%s\n' "$how"
    printf '#\tdate\t%s\n' "$(date -u +%Y-%m-%d)"
    printf '#\tnproc\t%s\n' "$(nproc)"
    printf '#\tcpu\t%s\n' "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | sed -n 1p)"
    printf '#\tsizes\t%s\n' "${sizes[*]}"
    printf '#\truns\t%s\n' "$runs"
    printf '#\truns_large\t%s\n' "$runs_large"
    printf '#\ttimeout\t%s\n' "$limit"
    printf '#\ttimer\t%s\n' "${timer:-bash time}"
    printf '#\tsmoke\t%s\n' "$smoke"
    printf '#\theaders\t%s\n' "$(describe_headers)"
  } >"$tsv"
  labels=()
  for cxx in "${compilers[@]}"; do
    command -v "$cxx" >/dev/null || { echo "run.sh: no compiler '$cxx'" >&2; exit 2; }
    # "g++ 12.2.0", "clang++ 14.0.6": short enough for a table column and a legend.
    version=$("$cxx" -dumpfullversion 2>/dev/null || "$cxx" -dumpversion 2>/dev/null || true)
    label=$(basename "$cxx")
    [[ -z $version ]] || label+=" $version"
    labels+=("$label")
    printf '#\tcompiler\t%s\t%s\n' "$label" "$( { "$cxx" --version 2>/dev/null || true; } | sed -n 1p)" >>"$tsv"
  done
  printf 'compiler\tmode\tn\tstatus\tcpu_s\trss_mb\truns\n' >>"$tsv"
  for i in "${!compilers[@]}"; do
    cxx=${compilers[$i]} label=${labels[$i]}
    measure "$cxx" "$label" hana-only - "$work/hana-only.cpp" "$runs"
    measure "$cxx" "$label" include-only - "$work/include-only.cpp" "$runs"
    for n in "${sizes[@]}"; do
      reps=$runs
      ((n >= 2000)) && reps=$runs_large
      for mode in declared lowered check failing; do
        measure "$cxx" "$label" "$mode" "$n" "$work/$mode-$n.cpp" "$reps"
      done
    done
  done
fi

# The hand-written analysis in the current page survives a rewrite.
analysis="$work/analysis.md"
: >"$analysis"
if ((write)) && [[ -f $root/docs/benchmarks.md ]]; then
  awk '/<!-- \/analysis -->/ { inside = 0 } inside { print } /<!-- analysis -->/ { inside = 1 }' \
    "$root/docs/benchmarks.md" >"$analysis"
fi
awk -F '\t' -v analysis="$analysis" -f "$here/report.awk" "$tsv" >"$work/benchmarks.md"
awk -F '\t' -f "$here/plot.awk" "$tsv" >"$work/benchmarks.svg"

if [[ -n $out ]]; then
  mkdir -p "$out"
  cp "$work/benchmarks.md" "$work/benchmarks.svg" "$work/benchmarks.tsv" "$out/"
fi
if ((write)); then
  cp "$work/benchmarks.md" "$work/benchmarks.svg" "$work/benchmarks.tsv" "$root/docs/"
  echo "run.sh: wrote docs/benchmarks.md, docs/benchmarks.svg, docs/benchmarks.tsv" >&2
elif ((!smoke)); then
  cat "$work/benchmarks.md"
fi

if ((smoke)); then
  # The smoke test: every mode had the outcome it should, and the plot is a plausible SVG.
  failures=() rows=0
  while IFS=$'\t' read -r _ mode _ status _; do
    rows=$((rows + 1))
    case $status in
      ok) ;;
      'wrong error') failures+=("$mode: rejected, but no \"covenant rule\" in the compiler's output") ;;
      *) failures+=("$mode: $status") ;;
    esac
  done < <(grep -v '^#' "$tsv" | tail -n +2)
  ((rows == 6)) || failures+=("$rows measurements instead of 6 (one per mode)")
  svg="$out/benchmarks.svg"
  [[ $(head -c 4 "$svg") == '<svg' ]] || failures+=("benchmarks.svg does not start with <svg")
  [[ $(tail -n 1 "$svg") == '</svg>' ]] || failures+=("benchmarks.svg does not end with </svg>")
  grep -q '<title>' "$svg" || failures+=("benchmarks.svg has no <title>")
  if command -v xmllint >/dev/null && ! xmllint --noout "$svg" 2>"$work/xmllint"; then
    failures+=("benchmarks.svg is not well-formed XML: $(head -n 1 "$work/xmllint")")
  fi
  grep -q '^| Compiler | N | Declared' "$out/benchmarks.md" || failures+=("benchmarks.md has no table")
  cat "$out/benchmarks.md"
  if ((${#failures[@]})); then
    printf 'benchmarks smoke test FAILED (output kept in %s):\n' "$out" >&2
    printf '  %s\n' "${failures[@]}" >&2
    exit 1
  fi
  echo "benchmarks smoke test passed (${compilers[0]}, timer: ${timer:-bash time})" >&2
  ((keep_out_on_success)) || rm -rf "$out"
  exit 0
fi
if ((anomalies)); then
  echo "run.sh: $anomalies measurement(s) had the wrong outcome (see above and the report)" >&2
  exit 3
fi
