// The small contract the queries reference works on (docs/reference/queries.md): its vocabulary,
// its clauses, the revenue scenarios and timelines it is queried with, and the figures checked at
// compile time. queries.cpp prints the answers; the deal book gives it a page.
#pragma once

#include <covenant/covenant.hpp>

#include <array>

namespace worked {

using namespace covenant;

struct licensor : party<"Licensor"> {};
struct licensee : party<"Licensee"> {};
struct platform : party<"Platform"> {};

struct catalogue : scope<"the catalogue", owned_by<licensor>> {};
struct streaming : scope<"streaming of the catalogue", part_of<catalogue>> {};
struct licensee_revenue : scope<"Licensee's revenue from the catalogue"> {};

struct breach : event<"a material breach is established"> {};
struct platform_declines : event<"the Platform declines a title"> {};

struct streaming_licence
    : licence<licensor, licensee, streaming, term<date<2024, 7, 1>, until<breach>>, exclusive> {
  static constexpr auto label = "1 exclusive streaming licence until breach";
};
struct royalty : revenue_share<licensee, licensor, percent<15>, licensee_revenue,
                               term<date<2024, 7, 1>, date<2027, 7, 1>>, cap<money<1'000>>> {
  static constexpr auto label = "2 royalty of 15%, capped at 1,000 in total";
};
struct premiere
    : first_ship<licensor, platform, catalogue, term<date<2024, 7, 1>>, unless<platform_declines>> {
  static constexpr auto label = "3 new titles premiere on the Platform";
};
struct sell_elsewhere : action<"sell elsewhere"> {};

struct elsewhere_if_declined
    : permission<licensor, sell_elsewhere, catalogue, term<date<2024, 7, 1>>> {
  static constexpr auto label = "4 the Licensor may sell elsewhere what the Platform declines";
};
using deal = contract<"A catalogue deal", parties<licensor, licensee, platform>, streaming_licence,
                      royalty, premiere, elsewhere_if_declined>;
static_assert(check<deal>);

// Revenue scenarios, in the contract's unit.
inline constexpr std::array<revenue_in, 4> steady{
    {{2024, 2'000}, {2025, 4'000}, {2026, 4'000}, {2027, 4'000}}};
inline constexpr std::array<revenue_in, 4> cap_exact{
    {{2024, 0}, {2025, 4'000}, {2026, 2'667}, {2027, 4'000}}};
inline constexpr std::array<revenue_in, 2> nothing{{{2025, 0}, {2026, 0}}};

inline constexpr scenario breach_2025{{breach{}, date<2025, 10, 1>{}}};
inline constexpr scenario declined{{platform_declines{}, date<2026, 2, 1>{}}};

// The figures the page states are checked here too, at compile time.
static_assert(in_force<deal>(day_of(2025, 1, 1)).size() == 4);
static_assert(!in_force<deal>(day_of(2026, 1, 1), breach_2025).contains(0));
static_assert(
    holder_of<deal>(clause_kind::first_ship, streaming{}, day_of(2026, 1, 1)).is(platform{}));
static_assert(!holder_of<deal>(clause_kind::first_ship, streaming{}, day_of(2026, 3, 1), declined));
static_assert(payments<deal>(licensee{}, licensor{}, steady)[0].due == 150); // 184 of 366 days
static_assert(payments<deal>(licensee{}, licensor{}, steady)[2].due ==
              250); // what is left of 1,000
static_assert(payments<deal>(licensee{}, licensor{}, cap_exact)[2].cumulative == 1'000);
static_assert(!payments<deal>(licensee{}, licensor{}, cap_exact)[2].capped);
static_assert(payments<deal>(licensee{}, licensor{}, cap_exact)[3].due == 0);

} // namespace worked
