// amend<Base, ops...>: a new contract made from an old one by adding, striking, replacing and
// continuing clauses, either as a redraft (undated) or from a day on (effective<date>).
#pragma once

#include <covenant/contract.hpp>
#include <covenant/core/date.hpp>
#include <covenant/detail/amendment.hpp>
#include <covenant/rules/rule.hpp>

#include <type_traits>

namespace covenant {

/// Amendment: the day it takes effect; written first. Without it an amendment is a redraft: the
/// new text replaces the old as if it had always read so. With it, what is struck or replaced
/// ends that day, what is added may not start before it, and the past stays as it was.
template <date_type Date>
struct effective {};
/// Amendment: the clauses (or triggers) are added at the end.
template <typename... Items>
struct add {};
/// Amendment: the clauses (or triggers) are struck out; each must be in the base contract. In a
/// dated amendment a clause struck out ends on the effective day and stays in the contract.
/// (Not called `remove`, which would be ambiguous with <cstdio>'s under `using namespace`.)
template <typename... Items>
struct strike {};
/// Amendment: `Old` is replaced by `New`, a clause of the same kind; `Old` must be in the base
/// contract. Undated, `New` takes `Old`'s place; dated, `Old` ends on the effective day and
/// `New`, which may not start before it, follows it.
template <typename Old, typename New>
struct replace {};
/// Dated amendment: `Old` goes on under the terms of `New` without a break: `Old` ends on the
/// effective day and `New`, which starts that day, continues it. Payments and caps run on across
/// the two. `New` must be the same kind of clause between the same parties, over the same scope
/// (and action), at the same rate.
template <typename Old, typename New>
struct continue_as {};
/// Amendment: every clause and trigger of contract `Other` is added at the end; to check two
/// accounts of one deal against each other. `Other`'s parties must be the base's (a clause
/// naming another party is reported by rule undeclared_party).
template <typename Other>
struct add_all_of {};
/// Amendment: the amended contract gets a new title.
template <fixed_string Title>
struct retitle {};

// One diagnostic per mistake. g++ prints the labels as the template arguments of the struct
// whose static_assert fails; clang prints string template arguments as numbers, so it is shown a
// call that cannot be constant, whose note prints the mistake, the labels and the hint as text.
#define COVENANT_DETAIL_AMENDMENT_MISTAKE(NAME, MISTAKE, HINT)                                     \
  template <typename First, fixed_string FirstLabel, typename Second, fixed_string SecondLabel>    \
  struct NAME {                                                                                    \
    static_assert(detail::always_false<First>, "covenant: " MISTAKE "; hint: " HINT);              \
    static constexpr bool reported = false;                                                        \
  };                                                                                               \
  namespace detail {                                                                               \
  struct NAME##_text {                                                                             \
    static constexpr const char* mistake = "covenant: " MISTAKE;                                   \
    static constexpr const char* hint = "hint: " HINT;                                             \
    static bool NAME(const char*, const char*, const char*, const char*) noexcept {                \
      return false;                                                                                \
    }                                                                                              \
    static constexpr bool clash(const char* what, const char* first, const char* second,           \
                                const char* hint_text) {                                           \
      return what == nullptr || NAME(what, first, second, hint_text);                              \
    }                                                                                              \
  };                                                                                               \
  }

COVENANT_DETAIL_AMENDMENT_MISTAKE(
    amendment_names_a_clause_not_in_the_base_contract,
    "an amendment strikes, replaces or continues a clause the contract does not hold",
    "name a clause of the base contract (it may have been struck by an earlier amendment)")
COVENANT_DETAIL_AMENDMENT_MISTAKE(
    amendment_replaces_a_clause_with_another_kind,
    "replace<Old, New> gives New another kind of clause than Old",
    "to put one kind of clause in place of another, strike<Old> and add<New>")
COVENANT_DETAIL_AMENDMENT_MISTAKE(
    amendment_adds_a_clause_before_it_takes_effect,
    "a dated amendment adds a clause that starts before the amendment takes effect",
    "start the clause on or after the effective day, or redraft with an undated amend")
COVENANT_DETAIL_AMENDMENT_MISTAKE(
    amendment_continues_a_clause_with_other_terms,
    "continue_as<Old, New>: New is not Old continued (kind, parties, scope, action and rate "
    "must stay)",
    "use replace<Old, New> to end Old and start New afresh")
COVENANT_DETAIL_AMENDMENT_MISTAKE(
    amendment_continuation_starts_on_another_day,
    "continue_as<Old, New>: New must start on the day the amendment takes effect",
    "start New's term on the effective<...> date")
COVENANT_DETAIL_AMENDMENT_MISTAKE(
    amendment_continues_a_clause_not_in_force,
    "continue_as<Old, New>: Old is not in force up to the day the amendment takes effect",
    "continue only a clause that runs until that day; add<New> otherwise")
COVENANT_DETAIL_AMENDMENT_MISTAKE(amendment_continues_without_a_date,
                                  "continue_as<Old, New> needs a dated amendment",
                                  "write effective<date<...>> first in the amend<...>")
COVENANT_DETAIL_AMENDMENT_MISTAKE(
    amendment_strikes_a_trigger_from_a_date,
    "a dated amendment strikes or replaces a trigger, which would change the past",
    "strike or continue the clauses the trigger governs, or redraft with an undated amend")
COVENANT_DETAIL_AMENDMENT_MISTAKE(amendment_has_effective_after_other_operations,
                                  "effective<...> must come first in amend<...>, once",
                                  "move effective<date<...>> right after the base contract")

#undef COVENANT_DETAIL_AMENDMENT_MISTAKE

namespace detail {

/// The result of one operation: the items, or the first mistake and the items it concerns.
template <typename List, amendment_mistake M = amendment_mistake::none, typename First = void,
          typename Second = void>
struct op_result {
  using type = List;
  static constexpr amendment_mistake mistake = M;
  using first = First;
  using second = Second;
};

template <typename Item, typename Date>
constexpr bool starts_before() noexcept {
  if constexpr (std::is_void_v<Date> || !is_clause_item<Item>) {
    return false;
  } else {
    return earliest_clause_start<Item>() < Date::value;
  }
}

/// Appends the items; a dated amendment may not add a clause that starts before it.
template <typename Date, typename... Items>
constexpr std::size_t first_early() noexcept {
  constexpr bool early[] = {starts_before<Items, Date>()..., false};
  std::size_t i = 0;
  while (i < sizeof...(Items) && !early[i]) ++i;
  return i;
}

template <typename Date, typename List, typename... Items>
struct add_items {
  static constexpr std::size_t at = first_early<Date, Items...>();
  using culprit = typename type_at<at, type_list<Items..., void>>::type;
  using type =
      std::conditional_t <
      at<sizeof...(Items), op_result<List, amendment_mistake::starts_before_effective, culprit>,
         op_result<decltype(List{} + type_list<Items...>{})>>;
};

/// What a dated amendment leaves of an item it ends: the item ended on the day; nothing when it
/// would not have started before then; the item itself when it had ended already.
template <typename T, typename Date>
constexpr auto ended_item() noexcept {
  if constexpr (!is_clause_item<T>) {
    return type_list<>{};
  } else if constexpr (earliest_clause_start<T>() >= Date::value) {
    return type_list<>{};
  } else if constexpr (T::record.end <= Date::value) {
    return type_list<T>{};
  } else {
    return type_list<ended_on<T, Date>>{};
  }
}

template <typename Op, typename Date, typename List>
struct apply_op;

template <typename... Items, typename Date, typename List>
struct apply_op<add<Items...>, Date, List> : add_items<Date, List, Items...> {};

template <typename Date, typename List, typename Items>
struct add_list;
template <typename Date, typename List, typename... Items>
struct add_list<Date, List, type_list<Items...>> : add_items<Date, List, Items...> {};
template <typename Other, typename Date, typename List>
struct apply_op<add_all_of<Other>, Date, List> : add_list<Date, List, typename Other::item_list> {};

template <fixed_string Title, typename Date, typename List>
struct apply_op<retitle<Title>, Date, List> {
  using type = op_result<List>;
};

template <typename D, typename Date, typename List>
struct apply_op<effective<D>, Date, List> {
  using type = op_result<List, amendment_mistake::effective_not_first, effective<D>>;
};

template <typename Item, typename Date>
struct strike_one {
  template <typename T>
  static constexpr auto of() noexcept {
    if constexpr (!names_item<T, Item>) {
      return type_list<T>{};
    } else if constexpr (std::is_void_v<Date>) {
      return type_list<>{};
    } else {
      return ended_item<T, Date>();
    }
  }
  template <typename T>
  using apply = decltype(of<T>());
};

template <typename Date, typename List>
struct apply_op<strike<>, Date, List> {
  using type = op_result<List>;
};
template <typename Item, typename... Rest, typename Date, typename List>
struct apply_op<strike<Item, Rest...>, Date, List> {
  static constexpr amendment_mistake mistake = !holds<Item>(List{}) ? amendment_mistake::not_in_base
                                               : (!std::is_void_v<Date> && !is_clause_item<Item>)
                                                   ? amendment_mistake::dated_trigger
                                                   : amendment_mistake::none;
  template <amendment_mistake M>
  static constexpr auto next() noexcept {
    if constexpr (M == amendment_mistake::none) {
      return typename apply_op<strike<Rest...>, Date,
                               map_join_t<strike_one<Item, Date>, List>>::type{};
    } else {
      return op_result<List, M, Item>{};
    }
  }
  using type = decltype(next<mistake>());
};

template <typename Old, typename New>
constexpr bool same_kind() noexcept {
  if constexpr (is_clause_item<Old> != is_clause_item<New>) {
    return false;
  } else if constexpr (is_clause_item<Old>) {
    return Old::record.kind == New::record.kind;
  } else {
    return true;
  }
}

template <typename Old, typename New, typename Date>
struct replace_one {
  template <typename T>
  static constexpr auto of() noexcept {
    if constexpr (!names_item<T, Old>) {
      return type_list<T>{};
    } else if constexpr (std::is_void_v<Date>) {
      return type_list<New>{};
    } else {
      return ended_item<T, Date>() + type_list<New>{};
    }
  }
  template <typename T>
  using apply = decltype(of<T>());
};

template <typename Old, typename New, typename Date, typename List>
struct apply_op<replace<Old, New>, Date, List> {
  static constexpr amendment_mistake mistake =
      !holds<Old>(List{})                               ? amendment_mistake::not_in_base
      : !same_kind<Old, New>()                          ? amendment_mistake::another_kind
      : (!std::is_void_v<Date> && !is_clause_item<New>) ? amendment_mistake::dated_trigger
      : starts_before<New, Date>()                      ? amendment_mistake::starts_before_effective
                                                        : amendment_mistake::none;
  template <amendment_mistake M>
  static constexpr auto next() noexcept {
    if constexpr (M == amendment_mistake::none) {
      return op_result<map_join_t<replace_one<Old, New, Date>, List>>{};
    } else if constexpr (M == amendment_mistake::starts_before_effective) {
      return op_result<List, M, New>{};
    } else if constexpr (M == amendment_mistake::not_in_base) {
      return op_result<List, M, Old>{};
    } else {
      return op_result<List, M, Old, New>{};
    }
  }
  using type = decltype(next<mistake>());
};

/// Whether a clause with record `n` is the one with record `o` under new terms: the same kind,
/// parties, scope, action and rate.
constexpr bool continues(const clause_record& o, const clause_record& n) noexcept {
  return o.kind == n.kind && o.party == n.party && o.counterparty == n.counterparty &&
         o.scope == n.scope && o.action == n.action && o.rate == n.rate;
}

template <typename Old, typename New, typename Date>
struct continue_one {
  template <typename T>
  using apply = std::conditional_t<!names_item<T, Old>, type_list<T>,
                                   type_list<ended_on<T, Date>, continuation<T, New>>>;
};

template <typename Old, typename New, typename Date, typename List>
constexpr amendment_mistake continuation_mistake() noexcept {
  if constexpr (std::is_void_v<Date>) {
    return amendment_mistake::continuation_undated;
  } else if constexpr (!holds<Old>(List{})) {
    return amendment_mistake::not_in_base;
  } else if constexpr (!same_kind<Old, New>()) {
    return amendment_mistake::another_kind;
  } else if constexpr (!is_clause_item<New>) {
    return amendment_mistake::dated_trigger;
  } else {
    using held = typename first_named_in<Old, List>::type;
    if (!continues(held::record, New::record)) return amendment_mistake::continuation_differs;
    if (New::record.start != Date::value || New::record.starts_at_event != nullptr) {
      return amendment_mistake::continuation_not_on_effective_day;
    }
    if (held::record.start >= Date::value || held::record.end < Date::value) {
      return amendment_mistake::continuation_of_ended;
    }
    return amendment_mistake::none;
  }
}

template <typename Old, typename New, typename Date, typename List>
struct apply_op<continue_as<Old, New>, Date, List> {
  static constexpr amendment_mistake mistake = continuation_mistake<Old, New, Date, List>();
  template <amendment_mistake M>
  static constexpr auto next() noexcept {
    if constexpr (M == amendment_mistake::none) {
      return op_result<map_join_t<continue_one<Old, New, Date>, List>>{};
    } else if constexpr (M == amendment_mistake::not_in_base) {
      return op_result<List, M, Old>{};
    } else if constexpr (M == amendment_mistake::continuation_undated) {
      return op_result<List, M, New>{};
    } else {
      return op_result<List, M, Old, New>{};
    }
  }
  using type = decltype(next<mistake>());
};

/// The operations applied in order, stopping at the first mistake.
template <typename Date, typename Result, typename... Ops>
struct fold_ops {
  using type = Result;
};
template <typename Date, typename Result, typename Op, typename... Ops>
requires(Result::mistake == amendment_mistake::none) struct fold_ops<Date, Result, Op, Ops...>
    : fold_ops<Date, typename apply_op<Op, Date, typename Result::type>::type, Ops...> {
};

template <fixed_string T>
struct title_holder {
  static constexpr auto value = T;
};
template <fixed_string Current, typename... Ops>
struct final_title : title_holder<Current> {};
template <fixed_string Current, fixed_string New, typename... Ops>
struct final_title<Current, retitle<New>, Ops...> : final_title<New, Ops...> {};
template <fixed_string Current, typename Op, typename... Ops>
struct final_title<Current, Op, Ops...> : final_title<Current, Ops...> {};

template <typename Base>
struct title_of;
template <fixed_string T, typename Ps, typename... Items>
struct title_of<contract<T, Ps, Items...>> : title_holder<T> {};

/// The amended contract, as a type_identity: only the form that applies is named (naming a
/// contract checks its arguments, and `void` is not a term).
template <fixed_string Title, typename Parties, typename Term, typename... Items>
constexpr auto make_contract(type_list<Items...>) {
  if constexpr (std::is_void_v<Term>) {
    return std::type_identity<contract<Title, Parties, Items...>>{};
  } else {
    return std::type_identity<contract<Title, Parties, Term, Items...>>{};
  }
}

/// Reports the mistake: a static_assert (g++) or a call that cannot be constant (clang).
template <template <typename, fixed_string, typename, fixed_string> class Report, typename Text,
          typename First, typename Second>
constexpr bool report() {
#if defined(__clang__)
  return Text::clash(Text::mistake, item_text<First>().data(), item_text<Second>().data(),
                     Text::hint);
#else
  return Report<First, item_label<First>(), Second, item_label<Second>()>::reported;
#endif
}

template <typename Result>
constexpr bool reported() {
  using F = typename Result::first;
  using S = typename Result::second;
  constexpr auto m = Result::mistake;
  if constexpr (m == amendment_mistake::none) {
    return true;
  } else if constexpr (m == amendment_mistake::not_in_base) {
    return report<amendment_names_a_clause_not_in_the_base_contract,
                  amendment_names_a_clause_not_in_the_base_contract_text, F, S>();
  } else if constexpr (m == amendment_mistake::another_kind) {
    return report<amendment_replaces_a_clause_with_another_kind,
                  amendment_replaces_a_clause_with_another_kind_text, F, S>();
  } else if constexpr (m == amendment_mistake::starts_before_effective) {
    return report<amendment_adds_a_clause_before_it_takes_effect,
                  amendment_adds_a_clause_before_it_takes_effect_text, F, S>();
  } else if constexpr (m == amendment_mistake::continuation_differs) {
    return report<amendment_continues_a_clause_with_other_terms,
                  amendment_continues_a_clause_with_other_terms_text, F, S>();
  } else if constexpr (m == amendment_mistake::continuation_not_on_effective_day) {
    return report<amendment_continuation_starts_on_another_day,
                  amendment_continuation_starts_on_another_day_text, F, S>();
  } else if constexpr (m == amendment_mistake::continuation_of_ended) {
    return report<amendment_continues_a_clause_not_in_force,
                  amendment_continues_a_clause_not_in_force_text, F, S>();
  } else if constexpr (m == amendment_mistake::continuation_undated) {
    return report<amendment_continues_without_a_date, amendment_continues_without_a_date_text, F,
                  S>();
  } else if constexpr (m == amendment_mistake::dated_trigger) {
    return report<amendment_strikes_a_trigger_from_a_date,
                  amendment_strikes_a_trigger_from_a_date_text, F, S>();
  } else {
    return report<amendment_has_effective_after_other_operations,
                  amendment_has_effective_after_other_operations_text, F, S>();
  }
}

/// The day of a leading effective<date>, or void.
template <typename... Ops>
struct effective_date {
  using type = void;
};
template <typename D, typename... Ops>
struct effective_date<effective<D>, Ops...> {
  using type = D;
};

/// The operations after a leading effective<date>.
template <typename Date, typename Result, typename... Ops>
struct fold_from : fold_ops<Date, Result, Ops...> {};
template <typename Date, typename Result, typename D, typename... Ops>
struct fold_from<Date, Result, effective<D>, Ops...> : fold_ops<Date, Result, Ops...> {};

/// The operations applied to the base contract's items, and the contract they make; the base
/// itself when an operation is wrong (no cascade of errors: the mistake is reported by `amend`).
template <typename Base, typename Date, typename... Ops>
struct amend_impl {
  using result = typename fold_from<Date, op_result<typename Base::item_list>, Ops...>::type;
  static constexpr amendment_mistake mistake = result::mistake;
  static constexpr auto title = final_title<title_of<Base>::value, Ops...>::value;
  using type = std::conditional_t<
      mistake == amendment_mistake::none,
      typename decltype(make_contract<title, typename Base::party_list, typename Base::term_type>(
          typename result::type{}))::type,
      Base>;
};

/// The amended contract, once `amend` has reported its mistake, if any: `Reported` is computed in
/// `amend`'s own template arguments, so that the diagnostic of a wrong amendment starts one step
/// from the user's `amend<...>` on both compilers, whatever the number of operations (the fold
/// over them is done by then, and says nothing).
template <typename Impl, bool Reported>
struct amended {
  using type = typename Impl::type;
};

} // namespace detail

/// The contract `Base` amended by `Ops`, applied in order: add<...>, add_all_of<contract>,
/// strike<...>, replace<old, new>, continue_as<old, new> and retitle<"...">, after an optional
/// effective<date> that makes the amendment dated. Parties and the contract's term are kept.
/// The result is an ordinary contract: check it like any other.
///
///     using v2 = amend<v1, strike<azure_exclusivity>, add<new_capacity_rofr, api_exclusivity>,
///                      retitle<"Microsoft-OpenAI, January 2025">>;
///     using v4 = amend<v35, effective<date<2026, 4, 27>>, strike<stateless_api_exclusivity>,
///                      continue_as<revenue_share_v3, revenue_share_capped>>;
template <contract_type Base, typename... Ops>
using amend = typename detail::amended<
    detail::amend_impl<Base, typename detail::effective_date<Ops...>::type, Ops...>,
    detail::reported<typename detail::amend_impl<
        Base, typename detail::effective_date<Ops...>::type, Ops...>::result>()>::type;

} // namespace covenant
