# plot.awk: docs/benchmarks.svg from a benchmarks.tsv written by run.sh.
#   awk -F '\t' -f plot.awk benchmarks.tsv > benchmarks.svg
# Two log-log panels, CPU time and peak memory against N, for the declared, lowered and checked
# contracts on each compiler. Compilers differ by colour and marker, modes by line style (and
# filled or hollow markers). POSIX awk (mawk is enough): no gawk extensions, so that machines
# without Python, gnuplot or gawk can draw it. The same TSV always gives the same SVG.

$1 == "#" {
  if ($2 == "compiler") { ncc++; cc[ncc] = $3 }
  else meta[$2] = $3
  next
}
/^#/ || $1 == "compiler" { next }
($2 == "check" || $2 == "lowered" || $2 == "declared") && $4 == "ok" {
  k = $1 SUBSEP $2
  i = ++np[k]
  px[k, i] = $3 + 0; pt[k, i] = $5 + 0; pm[k, i] = $6
  widen("n", $3 + 0)
  if ($5 + 0 > 0) widen("t", $5 + 0)
  if ($6 != "-" && $6 + 0 > 0) { widen("m", $6 + 0); have_memory = 1 }
}

function widen(axis, v) {
  if (!((axis, "min") in range) || v < range[axis, "min"]) range[axis, "min"] = v
  if (!((axis, "max") in range) || v > range[axis, "max"]) range[axis, "max"] = v
}

function log10(v) { return log(v) / log(10) }
function floor_(v,    f) { f = int(v); if (f > v) f--; return f }
function ceil_(v,    f) { f = int(v); if (f < v) f++; return f }

# Whole decades around the data (a small tolerance, since log10(1000) may be 2.9999...).
function decades(axis, dlo, dhi) {
  if (!((axis, "min") in range)) { lo[axis] = dlo; hi[axis] = dhi; return }
  lo[axis] = floor_(log10(range[axis, "min"]) + 1e-9)
  hi[axis] = ceil_(log10(range[axis, "max"]) - 1e-9)
  if (hi[axis] <= lo[axis]) hi[axis] = lo[axis] + 1
}

# 10^e written out: "0.01", "1", "1000".
function decade_label(e,    s, i) {
  if (e >= 0) { s = "1"; for (i = 0; i < e; i++) s = s "0"; return s }
  s = "0."; for (i = 1; i < -e; i++) s = s "0"; return s "1"
}

function esc(s) {
  gsub(/&/, "\\&amp;", s); gsub(/</, "\\&lt;", s); gsub(/>/, "\\&gt;", s); gsub(/"/, "\\&quot;", s)
  return s
}

function f1(v) { return sprintf("%.1f", v) }

# Plot coordinates: the log of a value mapped onto [a, b].
function scale(v, axis, a, b) { return a + (log10(v) - lo[axis]) / (hi[axis] - lo[axis]) * (b - a) }

function text(x, y, s, anchor, extra) {
  printf "<text x=\"%s\" y=\"%s\" text-anchor=\"%s\"%s>%s</text>\n", f1(x), f1(y), anchor, extra, esc(s)
}

function line(x1, y1, x2, y2, style) {
  printf "<line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\" %s/>\n", f1(x1), f1(y1), f1(x2), f1(y2), style
}

# Compiler i's marker (circle, square, triangle, diamond, then again), r pixels from its centre.
function marker(i, x, y, r, colour, fill,    s) {
  s = "stroke=\"" colour "\" stroke-width=\"1.5\" fill=\"" fill "\""
  i = (i - 1) % 4
  if (i == 0) printf "<circle cx=\"%s\" cy=\"%s\" r=\"%s\" %s/>\n", f1(x), f1(y), f1(r), s
  else if (i == 1)
    printf "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" %s/>\n", f1(x - r), f1(y - r), f1(2 * r),
      f1(2 * r), s
  else if (i == 2)
    printf "<polygon points=\"%s,%s %s,%s %s,%s\" %s/>\n", f1(x), f1(y - 1.2 * r), f1(x + 1.2 * r),
      f1(y + r), f1(x - 1.2 * r), f1(y + r), s
  else
    printf "<polygon points=\"%s,%s %s,%s %s,%s %s,%s\" %s/>\n", f1(x), f1(y - 1.3 * r), f1(x + 1.3 * r),
      f1(y), f1(x), f1(y + 1.3 * r), f1(x - 1.3 * r), f1(y), s
}

# Axes, decade grid and labels of one panel; yaxis is "t" or "m".
function frame(left, right, top, bottom, yaxis, ytitle,    e, k, x, y) {
  printf "<g font-size=\"11\" fill=\"#333\">\n"
  for (e = lo["n"]; e <= hi["n"]; e++) {
    x = scale(10 ^ e, "n", left, right)
    line(x, top, x, bottom, "stroke=\"#ddd\"")
    text(x, bottom + 16, decade_label(e), "middle", "")
    for (k = 2; k <= 9 && e < hi["n"]; k++) {
      x = scale(k * 10 ^ e, "n", left, right)
      line(x, bottom, x, bottom - 4, "stroke=\"#888\"")
    }
  }
  for (e = lo[yaxis]; e <= hi[yaxis]; e++) {
    y = scale(10 ^ e, yaxis, bottom, top)
    line(left, y, right, y, "stroke=\"#ddd\"")
    text(left - 6, y + 4, decade_label(e), "end", "")
    for (k = 2; k <= 9 && e < hi[yaxis]; k++) {
      y = scale(k * 10 ^ e, yaxis, bottom, top)
      line(left, y, left + 4, y, "stroke=\"#888\"")
    }
  }
  printf "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" fill=\"none\" stroke=\"#444\"/>\n",
    f1(left), f1(top), f1(right - left), f1(bottom - top)
  printf "</g>\n"
  text((left + right) / 2, bottom + 36, "clauses (N)", "middle", "")
  text(left - 46, (top + bottom) / 2, ytitle, "middle",
    " transform=\"rotate(-90 " f1(left - 46) " " f1((top + bottom) / 2) ")\"")
}

# The series of one panel: which = "t" (time) or "m" (memory).
function series(left, right, top, bottom, which,    i, j, k, p, q, t, n, pts, x, y, v, ok) {
  for (i = 1; i <= ncc; i++)
    for (j = 1; j <= nmodes; j++) {
      k = cc[i] SUBSEP mode[j]
      n = np[k] + 0
      # Insertion sort by N: the TSV is in measurement order.
      for (p = 2; p <= n; p++)
        for (q = p; q > 1 && px[k, q - 1] > px[k, q]; q--) {
          t = px[k, q]; px[k, q] = px[k, q - 1]; px[k, q - 1] = t
          t = pt[k, q]; pt[k, q] = pt[k, q - 1]; pt[k, q - 1] = t
          t = pm[k, q]; pm[k, q] = pm[k, q - 1]; pm[k, q - 1] = t
        }
      pts = ""; ok = 0
      for (p = 1; p <= n; p++) {
        v = (which == "t") ? pt[k, p] : pm[k, p]
        if (v == "-" || v + 0 <= 0) continue
        x = scale(px[k, p], "n", left, right); y = scale(v + 0, which, bottom, top)
        pts = pts (ok++ ? " " : "") f1(x) "," f1(y)
        sx[ok] = x; sy[ok] = y
      }
      if (!ok) continue
      printf "<g>\n<title>%s, %s</title>\n", esc(cc[i]), mode_name[j]
      printf "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"%s\"%s/>\n",
        pts, colour(i), width[j], dash_attr(j)
      for (p = 1; p <= ok; p++) marker(i, sx[p], sy[p], msize[j], colour(i), fill_of(i, j))
      printf "</g>\n"
    }
}

# Okabe-Ito colours, which stay apart for colour-blind readers.
function colour(i) { return palette[(i - 1) % 4 + 1] }
function fill_of(i, j) { return j == 1 ? colour(i) : "white" }
function dash_attr(j) { return dash[j] == "" ? "" : " stroke-dasharray=\"" dash[j] "\"" }

END {
  split("#0072b2 #d55e00 #009e73 #cc79a7", palette, " ")
  nmodes = split("check lowered declared", mode, " ")
  split("checked lowered declared", mode_name, " ")
  dash[1] = ""; dash[2] = "8 4"; dash[3] = "2 3"
  width[1] = "2.2"; width[2] = "1.6"; width[3] = "1.6"
  msize[1] = 4; msize[2] = 4; msize[3] = 2.8 # declared: smaller, to tell it from lowered at a point
  decades("n", 1, 4); decades("t", 0, 1); decades("m", 1, 3)

  W = 960; H = 560
  top = 70; bottom = 400
  l1 = 90; r1 = 450; l2 = 570; r2 = 930

  sizes = meta["sizes"]; gsub(/ /, ", ", sizes)
  compilers = ""
  for (i = 1; i <= ncc; i++) compilers = compilers (i > 1 ? ", " : "") cc[i]
  printf "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\"", W, H, W, H
  printf " font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"13\" role=\"img\">\n"
  printf "<title>covenant compile-time benchmarks: CPU time and peak memory against contract size</title>\n"
  printf "<desc>%s</desc>\n", esc("Log-log plots drawn by tests/benchmarks/plot.awk from benchmarks.tsv (" \
    meta["date"] "): CPU seconds (user + system) and peak resident memory in MB of -fsyntax-only " \
    "compiles of generated contracts of N = " sizes " clauses, declared, lowered and checked, on " \
    compilers ".")
  printf "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>\n", W, H
  text(W / 2, 28, "covenant: compile cost against contract size (log-log)", "middle",
    " font-size=\"16\" font-weight=\"bold\"")

  text((l1 + r1) / 2, top - 12, "CPU time (user + system)", "middle", " font-weight=\"bold\"")
  frame(l1, r1, top, bottom, "t", "seconds")
  series(l1, r1, top, bottom, "t")

  text((l2 + r2) / 2, top - 12, "Peak compiler memory", "middle", " font-weight=\"bold\"")
  frame(l2, r2, top, bottom, "m", "MB")
  if (have_memory) series(l2, r2, top, bottom, "m")
  else text((l2 + r2) / 2, (top + bottom) / 2 - 30, "not measured (no GNU time)", "middle", " fill=\"#888\"")

  # Legend: compilers (colour, marker) on one row, modes (line style, fill) on the next.
  y = 478
  text(l1 - 50, y + 4, "compiler", "start", " fill=\"#555\"")
  for (i = 1; i <= ncc; i++) {
    x = l1 + 40 + (i - 1) * 200
    line(x - 22, y, x + 22, y, "stroke=\"" colour(i) "\" stroke-width=\"2.2\"")
    marker(i, x, y, 4, colour(i), colour(i))
    text(x + 30, y + 4, cc[i], "start", "")
  }
  y = 508
  text(l1 - 50, y + 4, "mode", "start", " fill=\"#555\"")
  for (j = 1; j <= nmodes; j++) {
    x = l1 + 40 + (j - 1) * 200
    line(x - 22, y, x + 22, y, "stroke=\"#333\" stroke-width=\"" width[j] "\"" dash_attr(j))
    marker(1, x, y, msize[j], "#333", j == 1 ? "#333" : "white")
    text(x + 30, y + 4, mode_name[j], "start", "")
  }
  text(W - 10, H - 10, "N = " sizes "; " meta["date"] "; tests/benchmarks/run.sh", "end",
    " font-size=\"10\" fill=\"#777\"")
  printf "</svg>\n"
}
