// covenant rendering: plain-English sentences, Markdown term sheets, findings and diffs, and
// SVG timelines and payment charts.
// Uses fmt; the checking core (<covenant/covenant.hpp>) does not.
#pragma once

#include <covenant/covenant.hpp>
#include <covenant/render/diff.hpp>
#include <covenant/render/findings.hpp>
#include <covenant/render/format.hpp>
#include <covenant/render/in_force.hpp>
#include <covenant/render/payment_schedule.hpp>
#include <covenant/render/payments_chart.hpp>
#include <covenant/render/rules.hpp>
#include <covenant/render/sentence.hpp>
#include <covenant/render/term_sheet.hpp>
#include <covenant/render/timeline.hpp>
