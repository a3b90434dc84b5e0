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
/// No parties where parties<...> should be (a mistake reported where the contract is written).
template <typename NotParties>
constexpr std::array<const entity*, 0> party_ids(NotParties) noexcept {
  return {};
}

/// The parties' identities, keyed on the parties<...> type rather than on the contract (see
/// `lowering`: the rules read them once per clause).
template <typename Parties>
inline constexpr auto party_ids_of = party_ids(Parties{});

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
/// The day before which no clause of a contract with this term can be in force.
template <typename Term>
constexpr day earliest_start() noexcept {
  if constexpr (std::is_void_v<Term>) {
    return no_earliest_day;
  } else {
    return Term::start;
  }
}

/// A clause that waits for an event and was given no earliest day can start no earlier than the
/// contract: it is in force from the event or the contract's start, whichever is later. (One
/// given an earlier day, or a date, is reported by rule outside_contract_term.)
constexpr void start_within_contract(clause_record& r, day contract_start) noexcept {
  if (r.starts_at_event != nullptr && r.start == no_earliest_day && r.start < contract_start &&
      contract_start < r.end) {
    r.start = contract_start;
  }
}

// Long packs are expanded in the initialisers of variable templates keyed on the list, never in
// a function whose template arguments hold the pack: g++ looks through the template arguments of
// the function it is instantiating at each name the function uses, which makes a pack expanded
// there cost O(N²) (docs/design.md, "What the engine costs").

/// The records of items that are all clauses, without their labels and identities: those are
/// set by a loop in `lower` (a call of `labelled` per clause would be one more record per clause
/// in g++'s cache of constant calls).
template <typename List>
inline constexpr int clause_records = 0;
template <typename... Items>
inline constexpr std::array<clause_record, sizeof...(Items)> clause_records<type_list<Items...>> = {
    Items::record...};
template <typename List>
inline constexpr int clause_labels = 0;
template <typename... Items>
inline constexpr std::array<const char*, sizeof...(Items)> clause_labels<type_list<Items...>> = {
    Items::label...};
template <typename List>
inline constexpr int clause_identities = 0;
template <typename... Items>
inline constexpr std::array<const clause_id*, sizeof...(Items)>
    clause_identities<type_list<Items...>> = {&identity_of<Items>...};

/// The items' records as written, triggers included (as empty records).
template <typename List>
inline constexpr int written_records = 0;
template <typename... Items>
inline constexpr std::array<clause_record, sizeof...(Items)> written_records<type_list<Items...>> =
    {item_record<Items>...};

/// Which items are triggers.
template <typename List>
inline constexpr int trigger_flags = 0;
template <typename... Items>
inline constexpr std::array<bool, sizeof...(Items)> trigger_flags<type_list<Items...>> = {
    __is_base_of(trigger_tag, Items)...};

/// The items' trigger effects, none for a clause.
template <typename List>
inline constexpr int written_effects = 0;
template <typename... Items>
inline constexpr std::array<std::span<const trigger_record>, sizeof...(Items)>
    written_effects<type_list<Items...>> = {item_triggers<Items>...};

template <std::size_t N, std::size_t T, typename List>
constexpr lowered<N, T> lower(List, day contract_start) {
  lowered<N, T> out{};
  if constexpr (N == List::size) {
    out.records = clause_records<List>;
    const auto labels = clause_labels<List>;
    const auto identities = clause_identities<List>;
    for (std::size_t k = 0; k < N; ++k) {
      out.records[k].label = std::string_view(labels[k]);
      out.records[k].identity = identities[k];
    }
  } else {
    const auto all = written_records<List>;
    const auto is_trigger = trigger_flags<List>;
    const auto effects = written_effects<List>;
    std::size_t n = 0;
    std::size_t t = 0;
    for (std::size_t k = 0; k < List::size; ++k) {
      if (!is_trigger[k]) out.records[n++] = all[k];
      for (const auto& e : effects[k]) out.triggers[t++] = e;
    }
  }
  bool linked = T > 0;
  if (contract_start > no_earliest_day) {
    for (auto& r : out.records) start_within_contract(r, contract_start);
  }
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

/// What a contract item is, for the checks made where the contract is written.
enum class item_kind : std::uint8_t {
  clause,
  trigger,
  /// A clause or trigger whose mistakes its own template has reported.
  malformed,
  /// A clause whose label is not a string.
  bad_label,
  term,
  parties,
  other,
};

template <typename T>
constexpr bool is_term_item = false;
template <typename S, typename E>
constexpr bool is_term_item<term<S, E>> = true;

template <typename T>
constexpr item_kind kind_of_item() noexcept {
  if constexpr (__is_base_of(clause_tag, T)) {
    if constexpr (!std::is_convertible_v<decltype(T::label), const char*>) {
      return item_kind::bad_label;
    } else {
      return T::well_formed ? item_kind::clause : item_kind::malformed;
    }
  } else if constexpr (__is_base_of(trigger_tag, T)) {
    return T::well_formed ? item_kind::trigger : item_kind::malformed;
  } else if constexpr (is_term_item<T>) {
    return item_kind::term;
  } else if constexpr (is_parties<T>::value) {
    return item_kind::parties;
  } else {
    return item_kind::other;
  }
}

/// What each item is (expanded where the pack costs O(N), as above).
template <typename List>
inline constexpr int item_kinds = 0;
template <typename... Items>
inline constexpr std::array<item_kind, sizeof...(Items)> item_kinds<type_list<Items...>> = {
    kind_of_item<Items>()...};

/// How many of the items are of each kind (a loop over an array: no fold over long packs).
template <typename List>
constexpr std::array<std::size_t, 7> count_item_kinds() noexcept {
  const auto kinds = item_kinds<List>;
  std::array<std::size_t, 7> n{};
  for (std::size_t i = 0; i < List::size; ++i) ++n[static_cast<std::size_t>(kinds[i])];
  return n;
}

/// Whether a party appears twice in the list.
template <typename... Ps>
constexpr bool repeats_a_party(parties<Ps...>) noexcept {
  constexpr std::array<const entity*, sizeof...(Ps) + 1> ids{entity_ptr<Ps>()..., nullptr};
  for (std::size_t i = 0; i < sizeof...(Ps); ++i) {
    for (std::size_t j = i + 1; j < sizeof...(Ps); ++j) {
      if (ids[i] == ids[j]) return true;
    }
  }
  return false;
}

/// A contract's arguments, checked where the contract is written (`using deal = contract<...>`):
/// its constraint instantiates this, whose lambdas report each mistake while the contract stays
/// usable, so that nothing more is reported about it.
template <typename Parties, typename... Items>
struct contract_arguments {
  using items = contract_items<Items...>;
  static constexpr auto kinds = count_item_kinds<typename items::list>();
  static constexpr std::size_t count(item_kind k) noexcept {
    return kinds[static_cast<std::size_t>(k)];
  }
  static constexpr bool parties_first = is_parties<Parties>::value;
  static constexpr bool parties_once = [] {
    if constexpr (parties_first) {
      return !repeats_a_party(Parties{});
    } else {
      return true;
    }
  }();
  // Only when parties<...> is where it belongs: otherwise that is the one mistake to report.
  static constexpr bool no_misplaced_parties = !parties_first || count(item_kind::parties) == 0;
  static constexpr bool one_term = count(item_kind::term) == 0;
  static constexpr bool labels_are_text = count(item_kind::bad_label) == 0;
  /// The contract's own term, read here so that its mistakes are reported where it is written.
  static constexpr bool term_well_formed = [] {
    if constexpr (std::is_void_v<typename items::term>) {
      return true;
    } else {
      return items::term::well_formed;
    }
  }();
  static constexpr bool only_clauses_and_triggers = count(item_kind::other) == 0;
  /// False when a mistake was reported here or where a clause or trigger was written.
  static constexpr bool well_formed = parties_first && parties_once && no_misplaced_parties &&
                                      one_term && labels_are_text && only_clauses_and_triggers &&
                                      term_well_formed && count(item_kind::malformed) == 0;
  static_assert([] {
    static_assert(parties_first, "covenant: a contract's second argument must be parties<...>; "
                                 "hint: contract<\"title\", parties<...>, term<...>, clauses...>");
    return true;
  }());
  static_assert([] {
    static_assert(parties_once, "covenant: a party is listed twice in parties<...>");
    return true;
  }());
  static_assert([] {
    static_assert(no_misplaced_parties, "covenant: parties<...> comes once, right after the "
                                        "contract's title; hint: list every party in it");
    return true;
  }());
  static_assert([] {
    static_assert(one_term, "covenant: a contract takes at most one term<...>, right after "
                            "parties<...>; a later one would be read as a clause");
    return true;
  }());
  static_assert([] {
    static_assert(labels_are_text, "covenant: a clause's label must be a string; hint: static "
                                   "constexpr auto label = \"1.1 what the clause says\";");
    return true;
  }());
  static_assert([] {
    static_assert(only_clauses_and_triggers, "covenant: after parties<...> (and an optional "
                                             "term<...>), a contract takes only clauses and "
                                             "triggers");
    return true;
  }());
  static constexpr bool checked = true;
};

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

/// Lowers the items only when the contract is well formed: otherwise a mistake was reported
/// where it was written, and nothing more should be.
template <bool WellFormed, std::size_t N, std::size_t T, typename List>
constexpr lowered<N, T> lower_if(List list, day contract_start) {
  if constexpr (WellFormed) {
    return lower<N, T>(list, contract_start);
  } else {
    return {};
  }
}

/// A contract's lowering, keyed on its item list as one type rather than on the contract: g++
/// looks through a variable's template arguments each time a constant expression reads it, and
/// a contract's are thousands of clause types, where a type list is a single type whose answer
/// it remembers (docs/design.md, "What the engine costs").
template <typename List, std::size_t N, std::size_t T, day Start, bool WellFormed>
inline constexpr lowered<N, T> lowering = lower_if<WellFormed, N, T>(List{}, Start);

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
requires detail::contract_arguments<Parties, Items...>::checked struct contract
    : detail::contract_tag {
private:
  using arguments = detail::contract_arguments<Parties, Items...>;
  using items = typename arguments::items;
  static constexpr bool arguments_well_formed = arguments::well_formed;
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
  static constexpr const detail::lowered<size, effect_count>& lowered =
      detail::lowering<item_list, size, effect_count,
                       detail::earliest_start<typename items::term>(), arguments_well_formed>;
  // Reported from lambdas, so that the contract stays usable and check<> says nothing more.
  static_assert([] {
    static_assert(!lowered.unknown_clause, "covenant: a trigger or a yields_to<...> names a "
                                           "clause that is not in this contract; hint: add the "
                                           "clause, or name one that is there");
    return true;
  }());
  static_assert([] {
    static_assert(!lowered.two_events, "covenant: a clause would end (or start) at two "
                                       "different events; hint: give it one");
    return true;
  }());

public:
  /// False when a mistake was reported where the contract, its clauses or its triggers are
  /// written: the rules then do not run on it, and check<> reports nothing more.
  static constexpr bool well_formed =
      arguments_well_formed && !lowered.unknown_clause && !lowered.two_events;
  /// Every clause lowered to a record, in the order written, with triggers applied.
  static constexpr std::array<clause_record, size> records = lowered.records;
  /// Every trigger effect, lowered.
  static constexpr std::array<trigger_record, effect_count> triggers = lowered.triggers;
  /// How many exceptions yield to another clause (yields_to<...>).
  static constexpr std::size_t fallback_count = lowered.fallbacks;
  /// The parties' identities, in the order of parties<...>.
  static constexpr auto party_ids = detail::party_ids_of<Parties>;

  /// The clause type at index I (in the order written, triggers left out).
  template <std::size_t I>
  using clause_at = typename detail::type_at<
      trigger_item_count == 0 ? I : detail::clause_positions<size>(item_list{})[I],
      item_list>::type;

  /// The records, parties and term the rules run on (the engine adds its index). They point
  /// into variables keyed on the item list and on parties<...>, not into this class's members:
  /// g++ looks through all of a variable's template arguments at each read, and a contract's
  /// are its thousands of clauses.
  static constexpr detail::contract_view view() noexcept {
    detail::contract_view v{lowered.records.data(), size, detail::party_ids_of<Parties>,
                            lowered.triggers};
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
