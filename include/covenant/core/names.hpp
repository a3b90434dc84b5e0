// Named entities: parties, scopes, actions and events. Each is a type the user declares once
// (`struct microsoft : party<"Microsoft"> {};`) so that diagnostics show the short name.
#pragma once

#include <covenant/core/fixed_string.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>

namespace covenant {

namespace detail {

/// What covenant knows of a named entity once lowered: its name, its parent in a hierarchy
/// (a scope it is part of, an action it is a kind of) and, for scopes, its owner. Each entity
/// type has exactly one such object, so its address is the entity's identity.
struct entity {
  std::string_view name;
  const entity* parent = nullptr;
  const entity* owner = nullptr;
  /// For events and actions: one that cannot happen, or be taken, together with this one.
  const entity* excludes = nullptr;
  /// For events: the condition in words, and who verifies that it happened.
  std::string_view condition{};
  const entity* verifier = nullptr;
  /// For scopes: the dimension of a plain scope (what, where, how), or, for a scope cut across
  /// dimensions (`scope<"...", of<...>, in<...>, via<...>>`), its coordinate in each (null where
  /// it does not constrain the dimension).
  std::uint8_t dimension = 0;
  const entity* const* coordinates = nullptr;
  /// A hash of the name and the parent's key. Addresses cannot be hashed or ordered in a constant
  /// expression, so the engine buckets entities by this key and tells them apart by address.
  std::uint32_t key = 0;
};

/// FNV-1a over a text, continuing from `seed`.
constexpr std::uint32_t hash_text(std::string_view text,
                                  std::uint32_t seed = 2166136261U) noexcept {
  std::uint32_t h = seed;
  for (const char ch : text) {
    h ^= static_cast<unsigned char>(ch);
    h *= 16777619U;
  }
  return h;
}

struct party_tag {};
struct scope_tag {};
struct action_tag {};
struct event_tag {};
struct no_entity {};

template <typename... Ts>
struct type_list_tag {};

template <typename T>
struct entity_of;

} // namespace detail

/// A party to a contract: `struct openai : party<"OpenAI"> {};`.
template <fixed_string Name>
struct party : detail::party_tag {
  static constexpr std::string_view name = Name.view();
};

/// A party type, as written in clauses.
template <typename T>
concept party_type = std::is_base_of_v<detail::party_tag, T> && std::is_class_v<T>;

/// Option of `scope`: this scope is part of a wider one.
template <typename Parent>
struct part_of {
  using type = Parent;
};

/// Option of `scope`: the party whose asset the scope is. Only it, or a holder of a
/// sublicensable licence, may grant rights over it.
template <party_type Owner>
struct owned_by {
  using type = Owner;
};

/// Option of `action`: this action is a kind of a more general one.
template <typename General>
struct kind_of {
  using type = General;
};

/// Option of `event` and `action`: this one and `Other` cannot go together. Two events so marked
/// cannot both happen ("Microsoft declines" and "Microsoft accepts"), so exceptions on them never
/// compete. Two actions so marked cannot both be taken ("host on Azure" and "use another cloud"),
/// so a duty to take one clashes with a duty or permission to take the other.
template <typename Other>
struct excludes {
  using type = Other;
};

namespace detail {

template <template <typename> class Option, typename... Options>
struct find_option {
  using type = no_entity;
};
template <template <typename> class Option, typename T, typename... Rest>
struct find_option<Option, Option<T>, Rest...> {
  using type = T;
};
template <template <typename> class Option, typename First, typename... Rest>
struct find_option<Option, First, Rest...> : find_option<Option, Rest...> {};

template <template <typename> class Option, typename... Options>
using option_t = typename find_option<Option, Options...>::type;

template <template <typename> class Option, typename T>
constexpr bool is_option = false;
template <template <typename> class Option, typename T>
constexpr bool is_option<Option, Option<T>> = true;

/// How many of the options are an `Option<...>`: each option may be given once.
template <template <typename> class Option, typename... Options>
constexpr std::size_t count_option = (std::size_t{0} + ... +
                                      (is_option<Option, Options> ? 1U : 0U));

template <typename T>
constexpr bool is_scope_option = false;
template <typename T>
constexpr bool is_scope_option<part_of<T>> = true;
template <typename T>
constexpr bool is_scope_option<owned_by<T>> = true;

template <typename T>
constexpr bool is_action_option = false;
template <typename T>
constexpr bool is_action_option<kind_of<T>> = true;
template <typename T>
constexpr bool is_action_option<excludes<T>> = true;

/// Whether action `Action` is `Target` or a kind of it (`Action` may be `no_entity`).
template <typename Action, typename Target>
constexpr bool action_within() noexcept {
  if constexpr (std::is_same_v<Action, no_entity>) {
    return false;
  } else if constexpr (std::is_same_v<Action, Target>) {
    return true;
  } else {
    return action_within<typename Action::parent_type, Target>();
  }
}

} // namespace detail

/// The dimensions a right is cut along: what (an asset, a product, a revenue), where (a
/// territory, a cloud) and how (a channel, a use). Plain `scope<...>`s are "what".
enum class dimension : std::uint8_t { what, where, how };
inline constexpr std::size_t dimension_count = 3;

/// Options of `scope`: a scope cut across dimensions, the coordinate in each. A dimension left
/// out means all of it: `scope<"EU streaming of the catalogue", of<catalogue>, in<eu>,
/// via<streaming>>` overlaps a worldwide licence of new releases (part of the catalogue).
template <typename What>
struct of {
  using type = What;
};
template <typename Where>
struct in {
  using type = Where;
};
template <typename How>
struct via {
  using type = How;
};

namespace detail {

template <typename T>
constexpr bool is_coordinate_option = false;
template <typename T>
constexpr bool is_coordinate_option<of<T>> = true;
template <typename T>
constexpr bool is_coordinate_option<in<T>> = true;
template <typename T>
constexpr bool is_coordinate_option<via<T>> = true;

/// Whether T may be the coordinate of dimension D: a plain scope of that dimension.
template <typename T, dimension D>
constexpr bool is_coordinate = [] {
  if constexpr (std::is_same_v<T, no_entity>) {
    return true;
  } else if constexpr (!std::is_base_of_v<scope_tag, T>) {
    return false;
  } else {
    return T::in_dimension == D && !T::is_cut;
  }
}();

/// Reports the mistakes of a scope, territory or channel where it is written, one `static_assert`
/// per check. One function per type costs far less than a lambda per check (docs/design.md,
/// "Reporting mistakes").
template <typename Where, bool OptionsKnown, bool OptionsOnce, bool ParentIsScope,
          bool ParentSameKind, bool CutAlone, bool Check6, bool Check7, bool Check8, bool Check9>
constexpr bool scope_mistakes() noexcept {
  static_assert(OptionsKnown,
                "covenant: a scope takes only part_of<...> and owned_by<...> options (and a "
                "scope<...> also of<...>, in<...> and via<...>)");
  static_assert(OptionsOnce, "covenant: a scope takes at most one part_of<...> and one "
                             "owned_by<...> (and one of<...>, in<...>, via<...>)");
  static_assert(ParentIsScope, "covenant: part_of<...> must name a scope");
  static_assert(ParentSameKind, "covenant: part_of<...> must name a scope of the same kind "
                                "(scope, territory or channel)");
  static_assert(CutAlone, "covenant: a scope cut across dimensions (of<>, in<>, via<>) is not "
                          "part_of<> another: its coordinates place it");
  static_assert(Check6, "covenant: of<...> must name a plain scope<...> (what the right is about)");
  static_assert(Check7, "covenant: in<...> must name a territory<...> (where the right applies)");
  static_assert(Check8, "covenant: via<...> must name a channel<...> (how the right is exercised)");
  static_assert(Check9, "covenant: scopes nest at most 8 deep");
  return true;
}

/// How far below its widest scope a scope with this parent lies: a function of the parent, so
/// that it is computed once for all the scopes part of one (and without a lambda per scope).
template <typename Parent, bool ParentIsScope>
constexpr std::size_t depth_below() noexcept {
  if constexpr (std::is_same_v<Parent, no_entity> || !ParentIsScope) {
    return 0;
  } else {
    return Parent::depth + 1;
  }
}

/// What every kind of scope shares: a name, a dimension, a place in its hierarchy, an owner,
/// and for a scope cut across dimensions, its coordinates.
template <dimension Dim, fixed_string Name, typename... Options>
struct scope_body : scope_tag {
  static constexpr std::string_view name = Name.view();
  static constexpr dimension in_dimension = Dim;
  using parent_type = option_t<part_of, Options...>;
  using owner_type = option_t<owned_by, Options...>;
  using what_type = option_t<of, Options...>;
  using where_type = option_t<in, Options...>;
  using how_type = option_t<via, Options...>;
  /// Whether the scope is cut across dimensions (it has coordinates instead of a parent).
  static constexpr bool is_cut = (is_coordinate_option<Options> || ...);
  static constexpr bool options_known =
      ((is_scope_option<Options> || (Dim == dimension::what && is_coordinate_option<Options>)) &&
       ...);
  static constexpr bool options_once =
      count_option<part_of, Options...> <= 1 && count_option<owned_by, Options...> <= 1 &&
      count_option<of, Options...> <= 1 && count_option<in, Options...> <= 1 &&
      count_option<via, Options...> <= 1;
  static constexpr bool parent_is_scope =
      std::is_same_v<parent_type, no_entity> || std::is_base_of_v<scope_tag, parent_type>;
  static constexpr bool parent_same_kind = !parent_is_scope || is_coordinate<parent_type, Dim>;
  static constexpr bool cut_alone = !is_cut || std::is_same_v<parent_type, no_entity>;
  static constexpr bool coordinates_fit = is_coordinate<what_type, dimension::what> &&
                                          is_coordinate<where_type, dimension::where> &&
                                          is_coordinate<how_type, dimension::how>;
  /// How far below its widest scope this one lies (0 for a scope part of nothing).
  static constexpr std::size_t depth = depth_below<parent_type, parent_is_scope>();
  static constexpr bool well_formed = options_known && options_once && parent_is_scope &&
                                      parent_same_kind && cut_alone && coordinates_fit && depth < 8;
  // Every mistake is reported by one function, instantiated only here (docs/design.md,
  // "Reporting mistakes"): the class stays usable, and nothing else is reported about it.
  static_assert(
      scope_mistakes<scope_body, options_known, options_once, parent_is_scope, parent_same_kind,
                     cut_alone, is_coordinate<what_type, dimension::what>,
                     is_coordinate<where_type, dimension::where>,
                     is_coordinate<how_type, dimension::how>, (depth < 8)>());
};

} // namespace detail

/// A scope: what a clause is about (a market, an asset, a kind of capacity). Scopes form a
/// hierarchy: `struct api : scope<"OpenAI API", part_of<products>> {};`. Two clauses overlap in
/// scope when one scope is, or is part of, the other. A scope may also be cut across dimensions
/// with `of<...>`, `in<territory>` and `via<channel>`: two such scopes overlap when they overlap
/// in every dimension both constrain.
template <fixed_string Name, typename... Options>
struct scope : detail::scope_body<dimension::what, Name, Options...> {};

/// Where a right applies: a territory, a market, a cloud. Territories form their own hierarchy:
/// `struct eu : territory<"EU", part_of<worldwide>> {};`.
template <fixed_string Name, typename... Options>
struct territory : detail::scope_body<dimension::where, Name, Options...> {};

/// How a right is exercised: a channel, a medium, a use. Channels form their own hierarchy:
/// `struct streaming : channel<"streaming", part_of<digital>> {};`.
template <fixed_string Name, typename... Options>
struct channel : detail::scope_body<dimension::how, Name, Options...> {};

/// A scope type, as written in clauses.
template <typename T>
concept scope_type = std::is_base_of_v<detail::scope_tag, T> && std::is_class_v<T>;

namespace detail {
/// Reports the mistakes of an action where it is written, one `static_assert` per
/// check. One function per type costs far less than a lambda per check (docs/design.md,
/// "Reporting mistakes").
template <typename Where, bool OptionsKnown, bool OptionsOnce, bool ParentIsAction,
          bool ExcludesAnAction, bool ExcludesNoKind>
constexpr bool action_mistakes() noexcept {
  static_assert(OptionsKnown,
                "covenant: an action takes only kind_of<...> and excludes<...> options");
  static_assert(OptionsOnce,
                "covenant: an action takes at most one kind_of<...> and one excludes<...>");
  static_assert(ParentIsAction, "covenant: kind_of<...> must name an action");
  static_assert(ExcludesAnAction,
                "covenant: an action's excludes<...> must name an action, declared before it");
  static_assert(ExcludesNoKind, "covenant: an action cannot exclude an action it is a kind of");
  return true;
}

} // namespace detail

/// An action a party may be obliged, permitted or prohibited to take. Actions form a hierarchy
/// like scopes: `struct serve_api_elsewhere : action<"serve the API on another cloud",
/// kind_of<use_other_cloud>> {};`.
template <fixed_string Name, typename... Options>
struct action : detail::action_tag {
  static constexpr std::string_view name = Name.view();
  using parent_type = detail::option_t<kind_of, Options...>;
  /// An action that cannot be taken together with this one, or `detail::no_entity`.
  using excluded = detail::option_t<excludes, Options...>;
  static constexpr bool options_known = (detail::is_action_option<Options> && ...);
  static constexpr bool options_once = detail::count_option<kind_of, Options...> <= 1 &&
                                       detail::count_option<excludes, Options...> <= 1;
  static constexpr bool parent_is_action = std::is_same_v<parent_type, detail::no_entity> ||
                                           std::is_base_of_v<detail::action_tag, parent_type>;
  static constexpr bool excludes_an_action = std::is_same_v<excluded, detail::no_entity> ||
                                             std::is_base_of_v<detail::action_tag, excluded>;
  static constexpr bool excludes_no_kind = [] {
    if constexpr (parent_is_action && excludes_an_action &&
                  !std::is_same_v<excluded, detail::no_entity>) {
      return !detail::action_within<parent_type, excluded>();
    } else {
      return true;
    }
  }();
  static constexpr bool well_formed =
      options_known && options_once && parent_is_action && excludes_an_action && excludes_no_kind;
  // Every mistake is reported by one function, instantiated only here (docs/design.md,
  // "Reporting mistakes"): the class stays usable, and nothing else is reported about it.
  static_assert(detail::action_mistakes<action, options_known, options_once, parent_is_action,
                                        excludes_an_action, excludes_no_kind>());
};

/// An action type, as written in clauses.
template <typename T>
concept action_type = std::is_base_of_v<detail::action_tag, T> && std::is_class_v<T>;

namespace detail {

template <typename T>
constexpr const entity* entity_ptr() noexcept;

template <typename T>
struct coordinates_of {
  static constexpr std::array<const entity*, dimension_count> value{
      entity_ptr<typename T::what_type>(), entity_ptr<typename T::where_type>(),
      entity_ptr<typename T::how_type>()};
};

/// The entity a named type declares (a function rather than a lambda in `entity_of`: one
/// instantiation per type, not a closure type as well).
template <typename T>
constexpr entity make_entity() noexcept {
  entity e{T::name};
  if constexpr (requires { typename T::parent_type; }) {
    e.parent = entity_ptr<typename T::parent_type>();
  }
  if constexpr (requires { typename T::owner_type; }) {
    e.owner = entity_ptr<typename T::owner_type>();
  }
  if constexpr (requires { typename T::excluded; }) {
    e.excludes = entity_ptr<typename T::excluded>();
  }
  if constexpr (requires { T::condition_text; }) {
    e.condition = T::condition_text;
  }
  if constexpr (requires { typename T::verifier; }) {
    e.verifier = entity_ptr<typename T::verifier>();
  }
  if constexpr (requires { T::is_cut; }) {
    e.dimension = static_cast<std::uint8_t>(T::in_dimension);
    if constexpr (T::is_cut) e.coordinates = coordinates_of<T>::value.data();
  }
  e.key = hash_text(e.name, e.parent != nullptr ? e.parent->key : 2166136261U);
  return e;
}

template <typename T>
struct entity_of {
  static constexpr entity value = make_entity<T>();
};

/// The identity of a named entity type; null for "none".
template <typename T>
constexpr const entity* entity_ptr() noexcept {
  if constexpr (std::is_same_v<T, no_entity> || std::is_void_v<T>) {
    return nullptr;
  } else {
    return &entity_of<T>::value;
  }
}

/// Whether `inner` is `outer` or lies below it in its hierarchy (one dimension).
constexpr bool tree_within(const entity* inner, const entity* outer) noexcept {
  for (const entity* e = inner; e != nullptr; e = e->parent) {
    if (e == outer) return true;
  }
  return false;
}

/// The coordinate of scope `s` in dimension `d`: itself for a plain scope of that dimension, its
/// coordinate for a scope cut across dimensions, null when it does not constrain `d`. Actions and
/// other entities are plain, in the first dimension.
constexpr const entity* coordinate(const entity* s, std::size_t d) noexcept {
  if (s == nullptr) return nullptr;
  if (s->coordinates != nullptr) return s->coordinates[d];
  return s->dimension == d ? s : nullptr;
}

/// Whether `inner` lies within `outer`: in every dimension `outer` constrains, `inner`
/// constrains it too, at or below `outer`'s coordinate.
constexpr bool within(const entity* inner, const entity* outer) noexcept {
  if (inner == outer) return inner != nullptr;
  if (inner == nullptr || outer == nullptr) return false;
  if (inner->coordinates == nullptr && outer->coordinates == nullptr) {
    return inner->dimension == outer->dimension && tree_within(inner, outer);
  }
  for (std::size_t d = 0; d < dimension_count; ++d) {
    const entity* o = coordinate(outer, d);
    if (o != nullptr && !tree_within(coordinate(inner, d), o)) return false;
  }
  return true;
}

/// Two scopes (or actions) overlap when, in every dimension both constrain, one coordinate is,
/// or lies below, the other. A dimension one of them leaves open never separates them.
constexpr bool overlaps(const entity* a, const entity* b) noexcept {
  if (a == nullptr || b == nullptr) return false;
  if (a->coordinates == nullptr && b->coordinates == nullptr && a->dimension == b->dimension) {
    return tree_within(a, b) || tree_within(b, a);
  }
  for (std::size_t d = 0; d < dimension_count; ++d) {
    const entity* x = coordinate(a, d);
    const entity* y = coordinate(b, d);
    if (x != nullptr && y != nullptr && !tree_within(x, y) && !tree_within(y, x)) return false;
  }
  return true;
}

/// Whether taking one action rules out taking the other: an action that one is (itself, or
/// one it is a kind of) excludes an action that the other is, or the reverse.
constexpr bool exclusive_actions(const entity* a, const entity* b) noexcept {
  for (const entity* x = a; x != nullptr; x = x->parent) {
    for (const entity* y = b; y != nullptr; y = y->parent) {
      if (x->excludes == y || y->excludes == x) return true;
    }
  }
  return false;
}

/// The narrower of two overlapping scopes.
constexpr const entity* narrower(const entity* a, const entity* b) noexcept {
  return within(a, b) ? a : b;
}

/// The owner of a scope: its own, or that of the nearest wider scope that has one; for a scope
/// cut across dimensions, that of its first coordinate that has one.
constexpr const entity* owner_of(const entity* s) noexcept {
  if (s != nullptr && s->coordinates != nullptr) {
    for (std::size_t d = 0; d < dimension_count; ++d) {
      if (const entity* o = owner_of(s->coordinates[d]); o != nullptr) return o;
    }
    return nullptr;
  }
  for (const entity* e = s; e != nullptr; e = e->parent) {
    if (e->owner != nullptr) return e->owner;
  }
  return nullptr;
}

} // namespace detail
} // namespace covenant
