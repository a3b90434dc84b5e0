#!/usr/bin/env bash
# Writes a contract of N clauses to stdout, for the compile-time benchmarks (run.sh).
# Clauses cycle through exclusivity, licence, permission (to the holder), revenue share,
# obligation, first refusal and prohibition, each over its own scope, so every rule runs over
# every pair and none stops early.
#
# Usage: generate.sh N [MODE]   (MODE defaults to check)
#   hana-only     only #include <boost/hana.hpp>: the baseline the umbrella header is held to
#   include-only  only #include <covenant/covenant.hpp>
#   declared      the clause types and `using big = contract<...>`, nothing that instantiates it
#   lowered       declared + static_assert(big::records.size() > 0): the records, no rules
#   check         declared + static_assert(check<big>): a consistent contract, every rule runs
#   failing       check, plus one last clause that makes the contract inconsistent
set -euo pipefail
n=${1:?usage: generate.sh N [hana-only|include-only|declared|lowered|check|failing]}
mode=${2:-check}
case $mode in
  hana-only | include-only | declared | lowered | check | failing) ;;
  *)
    echo "generate.sh: unknown mode '$mode'" >&2
    exit 2
    ;;
esac
if ! [[ $n =~ ^[1-9][0-9]*$ ]]; then
  echo "generate.sh: N must be a positive integer, not '$n'" >&2
  exit 2
fi

if [[ $mode == hana-only ]]; then
  printf '#include <boost/hana.hpp>\nint main() {}\n'
  exit 0
fi
echo '#include <covenant/covenant.hpp>'
if [[ $mode == include-only ]]; then
  echo 'int main() {}'
  exit 0
fi

term_of() { # clause index -> $term; terms overlap (50 start years, five years each).
  # Sets a variable rather than printing: a subshell per clause is slow at N = 5000.
  local y=$((2000 + $1 % 50))
  term="term<year<$y>, year<$((y + 5))>>"
}

cat <<'HEAD'
using namespace covenant;
struct grantor : party<"Grantor"> {};
struct holder : party<"Holder"> {};
struct root : scope<"everything", owned_by<grantor>> {};
struct act : action<"act"> {};
HEAD
# The failing contract needs a third party for the bad clause to reserve a scope to; it is
# declared in parties<...> so that the error is the conflict, not rule undeclared_party.
parties='grantor, holder'
if [[ $mode == failing ]]; then
  echo 'struct other : party<"Other"> {};'
  parties='grantor, holder, other'
fi
for ((i = 0; i < n; ++i)); do
  echo "struct s$i : scope<\"s$i\", part_of<root>> {};"
  term_of "$i"
  case $((i % 7)) in
    0) body="exclusivity<grantor, holder, s$i, $term>" ;;
    1) body="licence<grantor, holder, s$i, $term, exclusive>" ;;
    2) body="permission<holder, act, s$i, $term>" ;;
    3) body="revenue_share<grantor, holder, percent<10>, s$i, $term>" ;;
    4) body="obligation<grantor, act, s$i, $term>" ;;
    5) body="right_of_first_refusal<grantor, holder, s$i, $term, unless<>>" ;;
    6) body="prohibition<holder, act, s$i, $term>" ;;
  esac
  echo "struct c$i : $body { static constexpr auto label = \"clause $i\"; };"
done
if [[ $mode == failing ]]; then
  # Reserve the scope of the last exclusivity (to holder, among the last seven clauses) to
  # `other` for the same term: rule exclusivity_conflict. The clash is at the end of the
  # contract, so even a check that stops at its first finding has walked nearly all of it.
  k=$(((n - 1) / 7 * 7))
  term_of "$k"
  echo "struct bad : exclusivity<grantor, other, s$k, $term> {"
  echo '  static constexpr auto label = "the bad clause";'
  echo '};'
fi
printf 'using big = contract<"benchmark", parties<%s>' "$parties"
for ((i = 0; i < n; ++i)); do printf ', c%d' "$i"; done
if [[ $mode == failing ]]; then printf ', bad'; fi
echo '>;'
case $mode in
  lowered) echo 'static_assert(big::records.size() > 0);' ;;
  check | failing) echo 'static_assert(check<big>);' ;;
esac
echo 'int main() {}'
