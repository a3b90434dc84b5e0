// contract: a title, its parties, an optional term, and its clauses and triggers.
#pragma once

#include <covenant/core/clause.hpp>
#include <covenant/core/fixed_string.hpp>
#include <covenant/core/names.hpp>
#include <covenant/core/term.hpp>
#include <covenant/core/trigger.hpp>
#include <covenant/detail/engine.hpp>
#include <covenant/detail/pack.hpp>

#include <boost/hana/filter.hpp>
#include <boost/hana/length.hpp>
#include <boost/hana/tuple.hpp>
#include <boost/hana/type.hpp>
#include <boost/hana/unpack.hpp>

#include <array>
#include <cstddef>
#include <string_view>
#include <type_traits>

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

template <typename T>
struct is_clause : std::bool_constant<clause_type<T>> {};
template <typename T>
struct is_trigger : std::bool_constant<trigger_type<T>> {};

template <typename... Items>
inline constexpr bool clauses_or_triggers =
    all_true<(clause_type<Items> || trigger_type<Items>)...>;

template <typename... Items>
inline constexpr bool some_triggers = any_true<trigger_type<Items>...>;

/// The clauses and the triggers among the items. Filtering is costly for long lists, so it is
/// done only when there are triggers.
template <bool HasTriggers>
struct split_items {
  static constexpr auto clauses(auto all) { return all; }
  static constexpr auto triggers(auto) { return boost::hana::tuple_t<>; }
};
template <>
struct split_items<true> {
  static constexpr auto clauses(auto all) {
    return boost::hana::filter(all, boost::hana::trait<is_clause>);
  }
  static constexpr auto triggers(auto all) {
    return boost::hana::filter(all, boost::hana::trait<is_trigger>);
  }
};

/// Splits the items after parties<...>: an optional leading term, then clauses and triggers.
template <typename... Items>
struct contract_items {
  using term = void;
  static constexpr auto all = boost::hana::tuple_t<Items...>;
  static constexpr bool valid = clauses_or_triggers<Items...>;
  static constexpr bool has_triggers = some_triggers<Items...>;
};
template <term_type Term, typename... Items>
struct contract_items<Term, Items...> : contract_items<Items...> {
  using term = Term;
};

template <typename... Ps>
constexpr std::array<const entity*, sizeof...(Ps)> party_ids(parties<Ps...>) noexcept {
  return {entity_ptr<Ps>()...};
}

template <typename... Ts>
constexpr auto trigger_records(boost::hana::basic_type<Ts>...) noexcept {
  constexpr std::size_t sizes[] = {Ts::records.size()..., 0};
  constexpr std::size_t total = [&] {
    std::size_t n = 0;
    for (std::size_t s : sizes) n += s;
    return n;
  }();
  const std::span<const trigger_record> each[] = {Ts::records..., {}};
  std::array<trigger_record, total> out{};
  std::size_t n = 0;
  for (const auto& records : each) {
    for (const auto& r : records) out[n++] = r;
  }
  return out;
}

/// What lowering a contract yields, and whether its triggers fit its clauses.
template <std::size_t N>
struct lowered {
  std::array<clause_record, N> records{};
  /// A trigger names a clause the contract does not hold.
  bool unknown_clause = false;
  /// A clause would start (or end) at two different events.
  bool two_events = false;
};

constexpr std::size_t index_of(std::span<const clause_record> rs, const void* identity) noexcept {
  for (std::size_t i = 0; i < rs.size(); ++i) {
    if (rs[i].identity == identity) return i;
  }
  return rs.size();
}

/// Applies the triggers' effects to the clause records: ends and suspends set the event a
/// clause ends at, starts the event it waits for.
template <std::size_t N, std::size_t T>
constexpr lowered<N> apply_triggers(std::array<clause_record, N> rs,
                                    const std::array<trigger_record, T>& ts) noexcept {
  lowered<N> out{rs};
  for (const auto& t : ts) {
    for (const void* id : t.clauses) {
      const std::size_t i = index_of(out.records, id);
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
      if (e.fallback != nullptr && index_of(out.records, e.fallback) == N) {
        out.unknown_clause = true;
      }
    }
  }
  return out;
}

template <typename... Cs, typename Triggers>
constexpr auto lower(const Triggers& triggers, boost::hana::basic_type<Cs>...) noexcept {
  return apply_triggers(std::array<clause_record, sizeof...(Cs)>{record_of<Cs>...}, triggers);
}

} // namespace detail

/// A contract: `contract<"Title", parties<...>, [term<...>,] clauses and triggers...>`. The
/// clauses are kept as a Hana type list (`clause_types`) and lowered once to `records`, on which
/// rules and queries run as plain constexpr loops.
template <fixed_string Title, typename Parties, typename... Items>
struct contract : detail::contract_tag {
  static_assert(detail::is_parties<Parties>::value,
                "covenant: a contract's second argument must be parties<...>");

private:
  using items = detail::contract_items<Items...>;
  static_assert(items::valid,
                "covenant: after parties<...> (and an optional term<...>), a contract takes only "
                "clauses and triggers");

public:
  static constexpr std::string_view title = Title.view();
  using party_list = Parties;
  /// The contract's own term, or void when it has none.
  using term_type = typename items::term;
  /// Everything after the parties and the term: clauses and triggers, as written.
  static constexpr auto item_types = items::all;
  /// The clause types, in the order written, as a `boost::hana::tuple` of `hana::type`s.
  static constexpr auto clause_types =
      detail::split_items<items::has_triggers>::clauses(items::all);
  /// The trigger types, in the order written.
  static constexpr auto trigger_types =
      detail::split_items<items::has_triggers>::triggers(items::all);
  static constexpr std::size_t size = decltype(boost::hana::length(clause_types))::value;
  /// Every trigger effect, lowered.
  static constexpr auto triggers =
      boost::hana::unpack(trigger_types, [](auto... t) { return detail::trigger_records(t...); });

private:
  static constexpr auto lowered =
      boost::hana::unpack(clause_types, [](auto... t) { return detail::lower(triggers, t...); });
  static_assert(!lowered.unknown_clause,
                "covenant: a trigger or a yields_to<...> names a clause that is not in this "
                "contract");
  static_assert(!lowered.two_events,
                "covenant: a clause would end (or start) at two different events; give it one");

public:
  /// Every clause lowered to a record, in the order written, with triggers applied.
  static constexpr std::array<clause_record, size> records = lowered.records;
  static constexpr auto party_ids = detail::party_ids(Parties{});
  /// Clause indices grouped by kind.
  static constexpr auto by_kind = detail::index_by_kind(records);

  /// The view the rules run on.
  static constexpr detail::contract_view view() noexcept {
    detail::contract_view v{records.data(), records.size(), party_ids, triggers};
    v.kind_order = by_kind.order.data();
    v.kind_offsets = by_kind.offsets.data();
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
