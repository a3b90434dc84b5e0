#!/usr/bin/env bash
# Compile-time benchmarks: wall time and peak compiler memory as contracts grow, on g++ and
# clang++, against the cost of merely including <covenant/covenant.hpp>. Not part of the test
# suite (timings are not tests); run by hand and commit the table it prints:
#   bash tests/benchmarks/run.sh > docs/benchmarks-latest.md
# Each row compiles a generated contract (tests/benchmarks/generate.sh) with -fsyntax-only, three
# ways: include only; the contract lowered (records built); and `static_assert(check<C>)`.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
sizes=${COVENANT_BENCH_SIZES:-"10 50 100 250 500 1000"}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

measure() {  # compiler file -> "seconds MB"
  /usr/bin/time -f "%e %M" "$1" -std=c++20 -fsyntax-only -I"$root/include" "$2" 2>"$work/time" >/dev/null ||
    { echo "FAILED"; return; }
  awk '{ printf "%.2f %d", $1, $2 / 1024 }' <(tail -1 "$work/time")
}

echo "| Compiler | Clauses | Include only (s / MB) | Lowered (s / MB) | Checked (s / MB) |"
echo "|---|---|---|---|---|"
bash "$here/generate.sh" 1 include-only >"$work/include.cpp"
for cxx in g++ clang++; do
  inc=$(measure "$cxx" "$work/include.cpp")
  for n in $sizes; do
    bash "$here/generate.sh" "$n" >"$work/check.cpp"
    sed 's/static_assert(check<big>);/static_assert(big::records.size() > 0);/' "$work/check.cpp" >"$work/lower.cpp"
    low=$(measure "$cxx" "$work/lower.cpp")
    chk=$(measure "$cxx" "$work/check.cpp")
    echo "| $($cxx --version | head -1 | sed 's/ (.*)//') | $n | ${inc/ / \/ } | ${low/ / \/ } | ${chk/ / \/ } |"
  done
done
