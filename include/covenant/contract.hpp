// contract: a title, its parties, an optional term, and its clauses and triggers.
#pragma once

#include <covenant/core/clause.hpp>
#include <covenant/core/fixed_string.hpp>
#include <covenant/core/names.hpp>
#include <covenant/core/term.hpp>
#include <covenant/core/trigger.hpp>
#include <covenant/detail/engine.hpp>
#include <covenant/detail/meetings.hpp>
#include <covenant/detail/pack.hpp>

#include <boost/hana/tuple.hpp>
#include <boost/hana/type.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <type_traits>
#include <utility>

namespace covenant {

/// The parties to a contract: `parties<microsoft, openai>`.
template <party_type... Parties>
struct parties {
  static constexpr std::size_t size = sizeof...(Parties);
};

namespace detail {

template <typename T>
struct is_parties : std::false_type {};
template <typename... Ps>
struct is_parties<parties<Ps...>> : std::true_type {};

struct contract_tag {};

/// A list of types. Contracts keep their items in one, never in a Hana tuple: Hana's algorithms
/// over thousands of types cost more than everything else lowering does (docs/design.md).
template <typename... Ts>
struct type_list {
  static constexpr std::size_t size = sizeof...(Ts);
};

/// The items after parties<...>: an optional leading term, then clauses and triggers.
template <typename... Items>
struct contract_items {
  using term = void;
  using list = type_list<Items...>;
};
template <term_type Term, typename... Items>
struct contract_items<Term, Items...> {
  using term = Term;
  using list = type_list<Items...>;
};

template <typename... Ps>
constexpr std::array<const entity*, sizeof...(Ps)> party_ids(parties<Ps...>) noexcept {
  return {entity_ptr<Ps>()...};
}

/// An item's clause record, or an empty one for a trigger (variable templates: lowering
/// instantiates nothing per clause but its own members).
template <typename T, bool = __is_base_of(trigger_tag, T)>
inline constexpr clause_record item_record = labelled(T::record, T::label, &identity_of<T>);
template <typename T>
inline constexpr clause_record item_record<T, true> = {};

/// An item's trigger effects, none for a clause.
template <typename T, bool = __is_base_of(trigger_tag, T)>
inline constexpr std::span<const trigger_record> item_triggers{};
template <typename T>
inline constexpr std::span<const trigger_record> item_triggers<T, true> = T::records;

/// What lowering a contract yields, and whether its triggers fit its clauses.
template <std::size_t N, std::size_t T>
struct lowered {
  std::array<clause_record, N> records{};
  std::array<trigger_record, T> triggers{};
  /// A trigger names a clause the contract does not hold.
  bool unknown_clause = false;
  /// A clause would start (or end) at two different events.
  bool two_events = false;
  /// How many exceptions yield to another clause.
  std::size_t fallbacks = 0;
};

/// Lowers a contract's items: the clause records in the order written, the trigger effects, and
/// the triggers' effects applied to the records (ends and suspends set the event a clause ends
/// at, starts the event it waits for).
template <std::size_t N, std::size_t T, typename... Items>
constexpr lowered<N, T> lower(type_list<Items...>) {
  lowered<N, T> out{};
  if constexpr (N == sizeof...(Items)) {
    out.records = {labelled(Items::record, Items::label, &identity_of<Items>)...};
  } else {
    constexpr bool is_trigger[] = {__is_base_of(trigger_tag, Items)..., false};
    const clause_record all[] = {item_record<Items>..., clause_record{}};
    const std::span<const trigger_record> effects[] = {item_triggers<Items>..., {}};
    std::size_t n = 0;
    std::size_t t = 0;
    for (std::size_t k = 0; k < sizeof...(Items); ++k) {
      if (!is_trigger[k]) out.records[n++] = all[k];
      for (const auto& e : effects[k]) out.triggers[t++] = e;
    }
  }
  bool linked = T > 0;
  for (const auto& r : out.records) {
    for (const auto& e : r.exceptions) {
      if (e.fallback == nullptr) continue;
      ++out.fallbacks;
      linked = true;
    }
  }
  if (!linked) return out;
  const clause_finder find(out.records.data(), N);
  for (const auto& t : out.triggers) {
    for (const auto* id : t.clauses) {
      const std::size_t i = find.find(id);
      if (i == N) {
        out.unknown_clause = true;
        continue;
      }
      if (t.effect == trigger_effect::ends_contract) continue;
      auto& slot = t.effect == trigger_effect::starts ? out.records[i].starts_at_event
                                                      : out.records[i].ends_at_event;
      if (slot != nullptr && slot != t.event) out.two_events = true;
      slot = t.event;
    }
  }
  for (const auto& r : out.records) {
    for (const auto& e : r.exceptions) {
      if (e.fallback != nullptr && find.find(e.fallback) == N) out.unknown_clause = true;
    }
  }
  return out;
}

template <typename... Items>
constexpr bool only_clauses_and_triggers(type_list<Items...>) noexcept {
  return all_true<(__is_base_of(clause_tag, Items) || __is_base_of(trigger_tag, Items))...>;
}

template <typename... Items>
constexpr std::size_t trigger_items(type_list<Items...>) noexcept {
  return count_true<__is_base_of(trigger_tag, Items)...>();
}

/// How many effects the triggers among the items have (nothing is looked at when there are none).
template <bool AnyTriggers, typename... Items>
constexpr std::size_t trigger_effects(type_list<Items...>) noexcept {
  if constexpr (AnyTriggers) {
    const std::span<const trigger_record> effects[] = {item_triggers<Items>..., {}};
    std::size_t n = 0;
    for (const auto& e : effects) n += e.size();
    return n;
  } else {
    return 0;
  }
}

/// The position of each clause among the items (clauses and triggers as written).
template <std::size_t N, typename... Items>
constexpr std::array<std::size_t, N> clause_positions(type_list<Items...>) noexcept {
  constexpr bool is_trigger[] = {__is_base_of(trigger_tag, Items)..., false};
  std::array<std::size_t, N> out{};
  std::size_t n = 0;
  for (std::size_t k = 0; k < sizeof...(Items); ++k) {
    if (!is_trigger[k]) out[n++] = k;
  }
  return out;
}

/// The types of a list as a `boost::hana::tuple` of `hana::type`s.
template <typename... Ts>
constexpr auto hana_types(type_list<Ts...>) noexcept {
  return boost::hana::tuple_t<Ts...>;
}

/// The index of the clause with this identity, or rs.size(): a plain search, for queries and
/// documents (the engine uses `clause_finder`).
constexpr std::size_t index_of(std::span<const clause_record> rs, const clause_id* id) noexcept {
  for (std::size_t i = 0; i < rs.size(); ++i) {
    if (rs[i].identity == id) return i;
  }
  return rs.size();
}

/// Lowers the items only when they are all clauses and triggers: otherwise the contract's
/// static_assert has said what is wrong, and nothing more should be reported.
template <bool WellFormed, std::size_t N, std::size_t T, typename List>
constexpr lowered<N, T> lower_if(List list) {
  if constexpr (WellFormed) {
    return lower<N, T>(list);
  } else {
    return {};
  }
}

/// Type at a position of a list, found by overload resolution against one base class per
/// position: no recursion over the list, whatever its length.
template <std::size_t I, typename T>
struct indexed {};
template <typename Seq, typename... Ts>
struct index_map;
template <std::size_t... Is, typename... Ts>
struct index_map<std::index_sequence<Is...>, Ts...> : indexed<Is, Ts>... {};
template <std::size_t I, typename T>
T type_at_position(const indexed<I, T>*); // declared only: used in decltype

template <std::size_t I, typename List>
struct type_at;
template <std::size_t I, typename... Ts>
struct type_at<I, type_list<Ts...>> {
  using type = decltype(type_at_position<I>(
      static_cast<const index_map<std::index_sequence_for<Ts...>, Ts...>*>(nullptr)));
};

} // namespace detail

/// A contract: `contract<"Title", parties<...>, [term<...>,] clauses and triggers...>`. The
/// items are kept as a type list and lowered once to `records`, on which rules and queries run
/// as plain constexpr loops.
template <fixed_string Title, typename Parties, typename... Items>
struct contract : detail::contract_tag {
  static_assert(detail::is_parties<Parties>::value,
                "covenant: a contract's second argument must be parties<...>");

private:
  using items = detail::contract_items<Items...>;
  static constexpr bool well_formed = detail::only_clauses_and_triggers(typename items::list{});
  static_assert(well_formed,
                "covenant: after parties<...> (and an optional term<...>), a contract takes only "
                "clauses and triggers");
  static constexpr std::size_t trigger_item_count = detail::trigger_items(typename items::list{});

public:
  static constexpr std::string_view title = Title.view();
  using party_list = Parties;
  /// The contract's own term, or void when it has none.
  using term_type = typename items::term;
  /// Everything after the parties and the term: clauses and triggers, as written.
  using item_list = typename items::list;
  /// How many clauses the contract holds.
  static constexpr std::size_t size = item_list::size - trigger_item_count;
  /// Everything after the parties and the term, as a `boost::hana::tuple` of `hana::type`s (for
  /// use with Hana's algorithms on small contracts).
  static constexpr auto item_types() noexcept { return detail::hana_types(item_list{}); }

private:
  static constexpr std::size_t effect_count =
      detail::trigger_effects<(trigger_item_count > 0)>(item_list{});
  static constexpr detail::lowered<size, effect_count> lowered =
      detail::lower_if<well_formed, size, effect_count>(item_list{});
  static_assert(!lowered.unknown_clause,
                "covenant: a trigger or a yields_to<...> names a clause that is not in this "
                "contract");
  static_assert(!lowered.two_events,
                "covenant: a clause would end (or start) at two different events; give it one");

public:
  /// Every clause lowered to a record, in the order written, with triggers applied.
  static constexpr std::array<clause_record, size> records = lowered.records;
  /// Every trigger effect, lowered.
  static constexpr std::array<trigger_record, effect_count> triggers = lowered.triggers;
  /// How many exceptions yield to another clause (yields_to<...>).
  static constexpr std::size_t fallback_count = lowered.fallbacks;
  static constexpr auto party_ids = detail::party_ids(Parties{});

  /// The clause type at index I (in the order written, triggers left out).
  template <std::size_t I>
  using clause_at = typename detail::type_at<
      trigger_item_count == 0 ? I : detail::clause_positions<size>(item_list{})[I],
      item_list>::type;

  /// The records, parties and term the rules run on (the engine adds its index).
  static constexpr detail::contract_view view() noexcept {
    detail::contract_view v{records.data(), records.size(), party_ids, triggers};
    if constexpr (!std::is_void_v<term_type>) {
      v.has_term = true;
      v.start = term_type::start;
      v.end = term_type::end;
      v.ends_at_event = term_type::ends_at_event;
    }
    return v;
  }
};

/// A contract type.
template <typename T>
concept contract_type = std::is_base_of_v<detail::contract_tag, T>;

} // namespace covenant
