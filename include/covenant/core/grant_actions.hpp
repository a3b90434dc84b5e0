// Granting rights as actions, so that a prohibition can forbid a party to grant them.
#pragma once

#include <covenant/core/names.hpp>

namespace covenant {

/// Granting any right (an exclusivity, a licence, a first refusal, a first-ship preference) as an
/// action: `prohibition<apple, grant_exclusivity, default_placement, term<...>>` forbids Apple to
/// grant anyone an exclusivity over default placement (rule prohibited_grant). The kinds below
/// are kinds of it; an exclusive licence is both a licence and an exclusivity.
struct grant_rights : action<"grant rights"> {};
struct grant_exclusivity : action<"grant an exclusivity", kind_of<grant_rights>> {};
struct grant_licence : action<"grant a licence", kind_of<grant_rights>> {};
struct grant_exclusive_licence : action<"grant an exclusive licence", kind_of<grant_licence>> {};
struct grant_first_refusal : action<"grant a right of first refusal", kind_of<grant_rights>> {};
struct grant_first_ship : action<"grant a first-ship preference", kind_of<grant_rights>> {};

} // namespace covenant
