// contract: a title, its parties, an optional term, and its clauses.
#pragma once

#include <covenant/core/clause.hpp>
#include <covenant/core/fixed_string.hpp>
#include <covenant/core/names.hpp>
#include <covenant/core/term.hpp>
#include <covenant/detail/engine.hpp>

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

/// Splits an optional leading term from the clauses.
template <typename... Items>
struct contract_items {
  using term = void;
  static constexpr auto clause_types = boost::hana::tuple_t<Items...>;
};
template <term_type Term, typename... Items>
struct contract_items<Term, Items...> {
  using term = Term;
  static constexpr auto clause_types = boost::hana::tuple_t<Items...>;
};

template <typename... Items>
constexpr bool all_clauses(boost::hana::basic_type<Items>...) noexcept {
  return (clause_type<Items> && ...);
}

template <typename... Cs>
constexpr std::array<clause_record, sizeof...(Cs)> lower(boost::hana::basic_type<Cs>...) noexcept {
  return {record_of<Cs>...};
}

template <typename... Ps>
constexpr std::array<const entity*, sizeof...(Ps)> party_ids(parties<Ps...>) noexcept {
  return {entity_ptr<Ps>()...};
}

}  // namespace detail

/// A contract: `contract<"Title", parties<...>, [term<...>,] clauses...>`. The clauses are kept
/// as a Hana type list (`clause_types`) and lowered once to `records`, on which rules and
/// queries run as plain constexpr loops.
template <fixed_string Title, typename Parties, typename... Items>
struct contract : detail::contract_tag {
  static_assert(detail::is_parties<Parties>::value,
                "covenant: a contract's second argument must be parties<...>");

 private:
  using items = detail::contract_items<Items...>;

 public:
  static constexpr std::string_view title = Title.view();
  using party_list = Parties;
  /// The contract's own term, or void when it has none.
  using term_type = typename items::term;
  /// The clause types, as a `boost::hana::tuple` of `hana::type`s.
  static constexpr auto clause_types = items::clause_types;
  static_assert(boost::hana::unpack(clause_types, [](auto... t) {
                  return detail::all_clauses(t...);
                }),
                "covenant: after parties<...> (and an optional term<...>), a contract takes only "
                "clauses");
  static constexpr std::size_t size = boost::hana::length(clause_types);
  /// Every clause lowered to a record, in the order written.
  static constexpr auto records =
      boost::hana::unpack(clause_types, [](auto... t) { return detail::lower(t...); });
  static constexpr auto party_ids = detail::party_ids(Parties{});

  /// The view the rules run on.
  static constexpr detail::contract_view view() noexcept {
    detail::contract_view v{records, party_ids};
    if constexpr (!std::is_void_v<term_type>) {
      v.has_term = true;
      v.start = term_type::start;
      v.end = term_type::end;
    }
    return v;
  }
};

/// A contract type.
template <typename T>
concept contract_type = std::is_base_of_v<detail::contract_tag, T>;

}  // namespace covenant
