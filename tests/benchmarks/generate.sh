#!/usr/bin/env bash
# Writes a consistent contract of N clauses to stdout, for the compile-time benchmarks.
# Clauses cycle through exclusivity, licence, permission (to the holder), revenue share,
# obligation, first refusal and prohibition, each over its own scope, so every rule runs over every pair and
# none stops early. Usage: generate.sh N [include-only]
set -euo pipefail
n=${1:?N}
mode=${2:-check}
echo '#include <covenant/covenant.hpp>'
if [[ $mode == include-only ]]; then
  echo 'int main() {}'
  exit 0
fi
cat <<'HEAD'
using namespace covenant;
struct grantor : party<"Grantor"> {};
struct holder : party<"Holder"> {};
struct root : scope<"everything", owned_by<grantor>> {};
struct act : action<"act"> {};
HEAD
for ((i = 0; i < n; ++i)); do
  echo "struct s$i : scope<\"s$i\", part_of<root>> {};"
  y=$((2000 + i % 50))
  t="term<year<$y>, year<$((y + 5))>>"
  case $((i % 7)) in
    0) body="exclusivity<grantor, holder, s$i, $t>" ;;
    1) body="licence<grantor, holder, s$i, $t, exclusive>" ;;
    2) body="permission<holder, act, s$i, $t>" ;;
    3) body="revenue_share<grantor, holder, percent<10>, s$i, $t>" ;;
    4) body="obligation<grantor, act, s$i, $t>" ;;
    5) body="right_of_first_refusal<grantor, holder, s$i, $t, unless<>>" ;;
    6) body="prohibition<holder, act, s$i, $t>" ;;
  esac
  echo "struct c$i : $body { static constexpr auto label = \"clause $i\"; };"
done
printf 'using big = contract<"benchmark", parties<grantor, holder>'
for ((i = 0; i < n; ++i)); do printf ', c%d' "$i"; done
echo '>;'
echo 'static_assert(check<big>);'
echo 'int main() {}'
