# report.awk: docs/benchmarks.md from a benchmarks.tsv written by run.sh.
#   awk -F '\t' -v analysis=FILE -f report.awk benchmarks.tsv
# FILE holds the hand-written analysis to keep (may be empty). POSIX awk (mawk is enough).

# "#<tab>key<tab>value..." lines describe the machine and the settings.
$1 == "#" {
  if ($2 == "compiler") { ncc++; cc[ncc] = $3; ccversion[$3] = ($4 != "" ? $4 : $3) }
  else meta[$2] = $3
  next
}
/^#/ || $1 == "compiler" { next }
{
  c = $1; m = $2; n = $3
  st[c, m, n] = $4; cpu[c, m, n] = $5; rss[c, m, n] = $6
  if (n != "-" && !((c, n) in seen)) { seen[c, n] = 1; nsz[c]++; sz[c, nsz[c]] = n + 0 }
}

END {
  for (i = 1; i <= ncc; i++) sort_sizes(cc[i])
  header()
  results()
  include_cost()
  growth()
  targets()
  print ""
  print "<!-- analysis -->"
  while ((getline line < analysis) > 0) print line
  print "<!-- /analysis -->"
}

function sort_sizes(c,    i, j, t) {
  for (i = 2; i <= nsz[c]; i++)
    for (j = i; j > 1 && sz[c, j - 1] > sz[c, j]; j--) {
      t = sz[c, j]; sz[c, j] = sz[c, j - 1]; sz[c, j - 1] = t
    }
}

function has(c, m, n) { return ((c, m, n) in st) }
function ok(c, m, n) { return has(c, m, n) && st[c, m, n] == "ok" }

# "0.66 / 90": seconds / MB, or what went wrong.
function cell(c, m, n) {
  if (!has(c, m, n)) return "–"
  if (!ok(c, m, n)) return st[c, m, n]
  return cpu[c, m, n] " / " rss[c, m, n]
}

function ratio(a, b) { return (b + 0 > 0) ? a / b : -1 }

function fmt_ratio(r) { return r < 0 ? "–" : sprintf("%.2f", r) }

# Sets fit_lo and fit_hi to the smallest N >= 1000 and the largest N at which mode m compiled
# as it should on c, and returns the exponent of time between them; fit_hi is "" if there is none.
function fit(c, m,    i, n) {
  fit_lo = fit_hi = ""
  for (i = 1; i <= nsz[c]; i++) {
    n = sz[c, i]
    if (n < 1000 || !ok(c, m, n)) continue
    if (fit_lo == "") fit_lo = n
    else fit_hi = n
  }
  if (fit_hi == "" || cpu[c, m, fit_lo] + 0 <= 0 || cpu[c, m, fit_hi] + 0 <= 0) { fit_hi = ""; return 0 }
  return log(cpu[c, m, fit_hi] / cpu[c, m, fit_lo]) / log(fit_hi / fit_lo)
}

function header(    i, sizes, full, s) {
  sizes = meta["sizes"]; gsub(/ /, ", ", sizes)
  full = (index(" " meta["sizes"] " ", " 1000 ") && index(" " meta["sizes"] " ", " 5000 "))
  print "# Compile-time benchmarks"
  print ""
  print "<!-- Generated with benchmarks.svg and benchmarks.tsv by `bash tests/benchmarks/run.sh --write`:"
  print "     change tests/benchmarks/ rather than this page. A rewrite keeps only the text between the"
  print "     analysis markers at the end. -->"
  print ""
  if (meta["smoke"] == 1)
    print "**Sizes run: N = " sizes " clauses (the smoke test of the benchmark scripts, one run each).**"
  else
    print "**Sizes run: N = " sizes " clauses.**"
  if (!full)
    print "Not the full set: the targets at 1000 and 5000 clauses are not measured on this page."
  print ""
  s = "Measured on " meta["date"] " on a machine with " meta["nproc"] " CPUs"
  if (meta["cpu"] != "") s = s " (" meta["cpu"] ")"
  s = s ", with "
  for (i = 1; i <= ncc; i++)
    s = s (i > 1 ? (i == ncc ? " and " : ", ") : "") "`" ccversion[cc[i]] "`"
  print s "."
  if (meta["headers"] != "") print "The headers measured: " meta["headers"] "."
  print "Benchmarks are not part of the test suite (timings are not tests): re-run the script after a"
  print "change to the engine, on a quiet machine, and read the trend rather than the last digit."
  print ""
  print "Each figure compiles one file from `tests/benchmarks/generate.sh N MODE` with"
  print "`-std=c++20 -fsyntax-only -I include` and otherwise the compiler's default flags. Time is CPU"
  if (meta["timer"] == "bash time") {
    print "time (user + system) in seconds, from bash's `time` (GNU time was not available, so memory"
    print "was not measured: \"-\"). " \
      (single_run() ? "Each time is from a single run." : "Each time is the minimum of " runs_text() ".")
  } else {
    print "time (user + system) in seconds and memory is the compiler's peak resident set in MB"
    print "(2^20 bytes), both from GNU time (`" meta["timer"] "`). " \
      (single_run() ? "Each figure is from a single run." \
        : "Each figure is the minimum time and the largest peak memory of " runs_text() ".")
  }
  print "A compile still running after " meta["timeout"] " s (wall clock) is \"timeout\"; one that should compile and"
  print "does not is \"FAILED\"; the failing contract must be rejected by a covenant rule (\"did not fail\""
  print "or \"wrong error\" otherwise)."
  print ""
  print "The contract has N clauses that cycle through exclusivity, exclusive licence, permission,"
  print "revenue share, obligation, right of first refusal and prohibition, each over its own scope under"
  print "one owned scope, with overlapping terms. The modes:"
  print ""
  print "- **declared**: the clause types and `using big = contract<...>`, and nothing that instantiates"
  print "  the contract: the cost of writing it down, the baseline of the others."
  print "- **lowered**: `static_assert(big::records.size() > 0)`: the clause records are built, no rule runs."
  print "- **checked**: `static_assert(check<big>)` on this consistent contract: every rule runs over every"
  print "  clause and none stops early."
  print "- **failing**: checked, plus a last clause that reserves the scope of the last exclusivity to a"
  print "  third party (rule `exclusivity_conflict`): rejecting a contract should cost no more than"
  print "  accepting one."
  print "- **hana-only** and **include-only**: a file that only includes `<boost/hana.hpp>`, or only"
  print "  `<covenant/covenant.hpp>`."
  print ""
  print "![Compile time (CPU seconds) and peak compiler memory (MB) against the number of clauses, log-log, for the checked, lowered and declared contracts on each compiler](benchmarks.svg)"
}

function single_run() { return meta["runs"] == 1 && (meta["runs_large"] == 1 || meta["runs_large"] == "") }

function runs_text() {
  if (meta["runs"] == meta["runs_large"] || meta["runs_large"] == "")
    return plural(meta["runs"], "run")
  return plural(meta["runs"], "run") " (" plural(meta["runs_large"], "run") " for N ≥ 2000)"
}

function plural(k, word) { return k " " word (k == 1 ? "" : "s") }

function results(    i, j, c, n) {
  print ""
  print "## Results"
  print ""
  print "Seconds / MB."
  print ""
  print "| Compiler | N | Declared | Lowered | Checked | Failing | Checked ÷ declared |"
  print "|---|--:|--:|--:|--:|--:|--:|"
  for (i = 1; i <= ncc; i++) {
    c = cc[i]
    for (j = 1; j <= nsz[c]; j++) {
      n = sz[c, j]
      printf "| %s | %d | %s | %s | %s | %s | %s |\n", c, n, cell(c, "declared", n),
        cell(c, "lowered", n), cell(c, "check", n), cell(c, "failing", n), checked_ratio(c, n)
    }
  }
}

function checked_ratio(c, n) {
  if (!ok(c, "check", n) || !ok(c, "declared", n)) return "–"
  return fmt_ratio(ratio(cpu[c, "check", n], cpu[c, "declared", n]))
}

function include_cost(    i, c) {
  print ""
  print "## Including covenant"
  print ""
  print "| Compiler | hana-only | include-only | Time ratio | Memory ratio |"
  print "|---|--:|--:|--:|--:|"
  for (i = 1; i <= ncc; i++) {
    c = cc[i]
    printf "| %s | %s | %s | %s | %s |\n", c, cell(c, "hana-only", "-"),
      cell(c, "include-only", "-"), include_ratio(c, cpu), include_ratio(c, rss)
  }
}

function include_ratio(c, v) {
  if (!ok(c, "include-only", "-") || !ok(c, "hana-only", "-") || v[c, "hana-only", "-"] == "-")
    return "–"
  return fmt_ratio(ratio(v[c, "include-only", "-"], v[c, "hana-only", "-"]))
}

function growth(    i, c) {
  print ""
  print "## Growth"
  print ""
  print "The fitted exponent k of time ∝ N^k, log(t2 / t1) / log(N2 / N1), from the smallest N ≥ 1000 to"
  print "the largest N measured (1 is linear, 2 quadratic)."
  print ""
  print "| Compiler | Checked | Lowered |"
  print "|---|--:|--:|"
  for (i = 1; i <= ncc; i++) {
    c = cc[i]
    printf "| %s | %s | %s |\n", c, fit_text(c, "check"), fit_text(c, "lowered")
  }
}

function fit_text(c, m,    k) {
  k = fit(c, m)
  if (fit_hi == "") return "n/a (needs two sizes ≥ 1000)"
  return sprintf("%.2f (N = %d to %d)", k, fit_lo, fit_hi)
}

function targets(    i, row) {
  print ""
  print "## Targets"
  print ""
  row = "| Target |"
  for (i = 1; i <= ncc; i++) row = row " " cc[i] " |"
  print row
  row = "|---|"
  for (i = 1; i <= ncc; i++) row = row "---|"
  print row
  target_row("checked ÷ declared ≤ 2 at 1000 clauses", "ratio", 1000, 2)
  target_row("checked ÷ declared ≤ 3 at 5000 clauses", "ratio", 5000, 3)
  target_row("fitted exponent of checked time ≤ 1.2 from 1000 to 5000 clauses", "exponent", 5000, 1.2)
  target_row("5000 clauses within default compiler limits and under 2 GB", "limits", 5000, 2048)
  target_row("include-only ≤ 1.5 × hana-only (time)", "include", 0, 1.5)
}

function target_row(what, kind, n, bound,    i, row) {
  row = "| " what " |"
  for (i = 1; i <= ncc; i++) row = row " " verdict(cc[i], kind, n, bound) " |"
  print row
}

function judged(met, figure) { return (met ? "met" : "**missed**") " (" figure ")" }

# "met (1.43)", "**missed** (2.31)", "**missed** (checked: timeout)" or "not measured".
function verdict(c, kind, n, bound,    r, m, k, worst, any, modes, nm, j) {
  if (kind == "ratio") {
    if (!has(c, "check", n) || !has(c, "declared", n)) return "not measured"
    if (!ok(c, "check", n)) return "**missed** (checked: " st[c, "check", n] ")"
    if (!ok(c, "declared", n)) return "not measured (declared: " st[c, "declared", n] ")"
    r = ratio(cpu[c, "check", n], cpu[c, "declared", n])
    return judged(r <= bound, sprintf("%.2f", r))
  }
  if (kind == "exponent") {
    if (!has(c, "check", 1000) || !has(c, "check", n)) return "not measured"
    if (!ok(c, "check", 1000)) return "**missed** (checked at 1000: " st[c, "check", 1000] ")"
    if (!ok(c, "check", n)) return "**missed** (checked at " n ": " st[c, "check", n] ")"
    k = log(cpu[c, "check", n] / cpu[c, "check", 1000]) / log(n / 1000)
    return judged(k <= bound, sprintf("%.2f", k))
  }
  if (kind == "limits") {
    nm = split("declared lowered check failing", modes, " ")
    worst = -1; any = 0
    for (j = 1; j <= nm; j++) {
      m = modes[j]
      if (!has(c, m, n)) continue
      any = 1
      if (!ok(c, m, n)) return "**missed** (" (m == "check" ? "checked" : m) ": " st[c, m, n] ")"
      if (rss[c, m, n] != "-" && rss[c, m, n] + 0 > worst) worst = rss[c, m, n] + 0
    }
    if (!any) return "not measured"
    if (worst < 0) return "met for the limits; memory not measured"
    return judged(worst < bound, "peak " worst " MB")
  }
  # include
  if (!has(c, "include-only", "-") || !has(c, "hana-only", "-")) return "not measured"
  if (!ok(c, "include-only", "-") || !ok(c, "hana-only", "-")) return "**missed** (a compile failed)"
  r = ratio(cpu[c, "include-only", "-"], cpu[c, "hana-only", "-"])
  return judged(r <= bound, sprintf("%.2f×", r))
}
