// amend<Base, ops...>: a new contract made from an old one by adding, removing and replacing.
#pragma once

#include <covenant/contract.hpp>
#include <covenant/detail/pack.hpp>

#include <boost/hana/append.hpp>
#include <boost/hana/filter.hpp>
#include <boost/hana/integral_constant.hpp>
#include <boost/hana/transform.hpp>
#include <boost/hana/tuple.hpp>
#include <boost/hana/type.hpp>
#include <boost/hana/unpack.hpp>

#include <type_traits>

namespace covenant {

/// Amendment: the clauses (or triggers) are added at the end.
template <typename... Items>
struct add {};
/// Amendment: the clauses (or triggers) are struck out; each must be in the base contract.
/// (Not called `remove`, which would be ambiguous with <cstdio>'s under `using namespace`.)
template <typename... Items>
struct strike {};
/// Amendment: `Old` is replaced by `New` where it stood; `Old` must be in the base contract.
template <typename Old, typename New>
struct replace {};
/// Amendment: every clause and trigger of contract `Other` is added at the end; to check two
/// accounts of one deal against each other. `Other`'s parties must be the base's (a clause
/// naming another party is reported by rule undeclared_party).
template <typename Other>
struct add_all_of {};
/// Amendment: the amended contract gets a new title.
template <fixed_string Title>
struct retitle {};

/// Instantiated when an amendment names a clause its base does not hold: the diagnostic names
/// the clause.
template <typename Clause, bool InBase>
struct amendment_names_a_clause_not_in_the_base_contract {
  static_assert(InBase, "covenant: amend: strike<...> or replace<...> names a clause that the base "
                        "contract does not contain (the clause is the first argument of "
                        "amendment_names_a_clause_not_in_the_base_contract)");
  static constexpr bool value = InBase;
};

namespace detail {

template <typename Item>
constexpr auto without(auto items) {
  return boost::hana::filter(items, [](auto t) {
    return boost::hana::bool_c<!std::is_same_v<typename decltype(t)::type, Item>>;
  });
}

template <typename Item>
constexpr bool holds(auto items) {
  return boost::hana::unpack(items, [](auto... t) {
    return any_true<std::is_same_v<typename decltype(t)::type, Item>...>;
  });
}

template <typename Op>
struct apply_op;

template <typename... Items>
struct apply_op<add<Items...>> {
  static constexpr auto on(auto items) {
    return boost::hana::unpack(items, [](auto... t) {
      return boost::hana::tuple_t<typename decltype(t)::type..., Items...>;
    });
  }
};

template <typename Other>
struct apply_op<add_all_of<Other>> {
  static constexpr auto on(auto items) {
    return boost::hana::unpack(items, [](auto... t) {
      return boost::hana::unpack(Other::item_types(), [](auto... u) {
        return boost::hana::tuple_t<typename decltype(t)::type..., typename decltype(u)::type...>;
      });
    });
  }
};

template <typename... Items>
struct apply_op<strike<Items...>> {
  template <typename Item>
  static constexpr auto drop(auto items) {
    static_assert(
        amendment_names_a_clause_not_in_the_base_contract<Item,
                                                          holds<Item>(decltype(items){})>::value);
    return without<Item>(items);
  }
  static constexpr auto on(auto items) {
    if constexpr (sizeof...(Items) == 0) {
      return items;
    } else {
      return on_each<Items...>(items);
    }
  }
  template <typename First, typename... Rest>
  static constexpr auto on_each(auto items) {
    auto next = drop<First>(items);
    if constexpr (sizeof...(Rest) == 0) {
      return next;
    } else {
      return on_each<Rest...>(next);
    }
  }
};

template <typename Old, typename New>
struct apply_op<replace<Old, New>> {
  static constexpr auto on(auto items) {
    static_assert(
        amendment_names_a_clause_not_in_the_base_contract<Old,
                                                          holds<Old>(decltype(items){})>::value);
    return boost::hana::transform(items, [](auto t) {
      if constexpr (std::is_same_v<typename decltype(t)::type, Old>) {
        return boost::hana::type_c<New>;
      } else {
        return t;
      }
    });
  }
};

template <fixed_string Title>
struct apply_op<retitle<Title>> {
  static constexpr auto on(auto items) { return items; }
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

template <fixed_string Title, typename Parties, typename Term, typename... Items>
constexpr auto make_contract(boost::hana::basic_type<Items>...) {
  if constexpr (std::is_void_v<Term>) {
    return boost::hana::type_c<contract<Title, Parties, Items...>>;
  } else {
    return boost::hana::type_c<contract<Title, Parties, Term, Items...>>;
  }
}

template <typename Items, typename... Ops>
struct fold_ops {
  using type = Items;
};
template <typename Items, typename Op, typename... Ops>
struct fold_ops<Items, Op, Ops...> : fold_ops<decltype(apply_op<Op>::on(Items{})), Ops...> {};

template <typename Base, typename... Ops>
struct amend_impl {
  using items = typename fold_ops<decltype(Base::item_types()), Ops...>::type;
  static constexpr auto title = final_title<title_of<Base>::value, Ops...>::value;
  using type = typename decltype(boost::hana::unpack(items{}, [](auto... t) {
    return make_contract<title, typename Base::party_list, typename Base::term_type>(t...);
  }))::type;
};

} // namespace detail

/// The contract `Base` amended by `Ops` (add<...>, add_all_of<contract>, strike<...>, replace<old,
/// new>, retitle<"...">), applied in order. Parties and the contract's term are kept. The result is
/// an ordinary contract: check it like any other.
///
///     using v2 = amend<v1, strike<azure_exclusivity>, add<new_capacity_rofr, api_exclusivity>,
///                      retitle<"Microsoft-OpenAI, January 2025">>;
template <contract_type Base, typename... Ops>
using amend = typename detail::amend_impl<Base, Ops...>::type;

} // namespace covenant
