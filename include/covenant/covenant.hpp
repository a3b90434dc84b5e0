// covenant: commercial contracts as C++ types, checked by the compiler.
//
// This umbrella header holds the checking core: vocabulary, clauses, contracts, rules, findings
// and check. It depends on Boost.Hana only; rendering with fmt lives in <covenant/render.hpp>.
#pragma once

// The vocabulary, the clauses and the contract come first: mistakes in dates, terms, amounts,
// names, clauses, triggers and contracts are reported in these headers, and a short include
// chain brings the user's line into the first lines of the diagnostic.
#include <covenant/core/date.hpp>
#include <covenant/core/event.hpp>
#include <covenant/core/exception.hpp>
#include <covenant/core/fixed_string.hpp>
#include <covenant/core/grant_actions.hpp>
#include <covenant/core/money.hpp>
#include <covenant/core/names.hpp>
#include <covenant/core/placeholder.hpp>
#include <covenant/core/recurrence.hpp>
#include <covenant/core/scenario.hpp>
#include <covenant/core/term.hpp>
#include <covenant/core/trigger.hpp>

#include <covenant/clauses/advance.hpp>
#include <covenant/clauses/commitment.hpp>
#include <covenant/clauses/equity.hpp>
#include <covenant/clauses/exclusivity.hpp>
#include <covenant/clauses/first_ship.hpp>
#include <covenant/clauses/licence.hpp>
#include <covenant/clauses/obligation.hpp>
#include <covenant/clauses/one_off_payment.hpp>
#include <covenant/clauses/payment_cap.hpp>
#include <covenant/clauses/permission.hpp>
#include <covenant/clauses/prohibition.hpp>
#include <covenant/clauses/revenue_share.hpp>
#include <covenant/clauses/right_of_first_refusal.hpp>

#include <covenant/contract.hpp>

#include <covenant/rules/all.hpp>
#include <covenant/rules/rule.hpp>

#include <covenant/amend.hpp>
#include <covenant/check.hpp>
#include <covenant/diff.hpp>
#include <covenant/findings.hpp>
#include <covenant/query.hpp>
