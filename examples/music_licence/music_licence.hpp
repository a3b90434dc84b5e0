// A second worked example beside the partnership: a music label licenses its catalogue to a
// streaming service. Rights are cut along what (the catalogue, new releases), where (worldwide,
// the EU) and how (streaming, download).
#pragma once

#include <covenant/covenant.hpp>

#include <array>

namespace music_licence {

using namespace covenant;

struct label_co : party<"Label"> {};
struct service : party<"Streaming service"> {};
struct rival : party<"Rival service"> {};

struct eur_million : currency_unit<"EUR million"> {};
template <std::int64_t N>
using eur_millions = money<N, eur_million>;

// What.
struct catalogue : scope<"the catalogue", owned_by<label_co>> {};
struct new_releases : scope<"new releases", part_of<catalogue>> {};
struct streaming_revenue : scope<"the service's streaming revenue from the catalogue"> {};
// Where.
struct worldwide : territory<"worldwide"> {};
struct eu : territory<"the EU", part_of<worldwide>> {};
struct us : territory<"the US", part_of<worldwide>> {};
// How.
struct digital : channel<"digital distribution"> {};
struct streaming : channel<"streaming", part_of<digital>> {};
struct download : channel<"download", part_of<digital>> {};

// The rights, cut across the dimensions.
struct eu_streaming_of_catalogue
    : scope<"streaming of the catalogue in the EU", of<catalogue>, in<eu>, via<streaming>> {};
struct catalogue_worldwide : scope<"the catalogue worldwide", of<catalogue>, in<worldwide>> {};
struct new_releases_anywhere : scope<"new releases, any territory", of<new_releases>> {};

// The deal.
struct eu_exclusive : licence<label_co, service, eu_streaming_of_catalogue,
                              term<date<2026, 1, 1>, date<2031, 1, 1>>, exclusive> {
  static constexpr auto label = "1 EU streaming of the catalogue, exclusive to the service";
};
struct worldwide_non_exclusive : licence<label_co, service, catalogue_worldwide,
                                         term<date<2026, 1, 1>, date<2031, 1, 1>>, non_exclusive> {
  static constexpr auto label = "2 the catalogue worldwide, non-exclusive";
};
struct royalty : revenue_share<service, label_co, percent<55>, streaming_revenue,
                               term<date<2026, 1, 1>, date<2031, 1, 1>>> {
  static constexpr auto label = "3 55% of streaming revenue to the label";
};
// The minimum guarantee of 10 million a year: each calendar year of the term, what the service
// owes for streaming is at least 10 million (payments tops the royalty up to it).
struct guarantee : commitment<service, label_co, eur_millions<10>, streaming_revenue,
                              term<date<2026, 1, 1>, date<2031, 1, 1>>, per_year> {
  static constexpr auto label = "4 minimum guarantee of EUR 10 million a year";
};
struct first_refusal_new_releases
    : right_of_first_refusal<label_co, service, new_releases_anywhere,
                             term<date<2026, 1, 1>, date<2031, 1, 1>>> {
  static constexpr auto label = "5 first refusal on new releases";
};
struct no_sublicensing
    : prohibition<service, grant_licence, catalogue, term<date<2026, 1, 1>, date<2031, 1, 1>>> {
  static constexpr auto label = "6 the service grants no licence of the catalogue";
};

// The label also licenses US downloads to a rival: another territory and another channel, so it
// meets neither of the service's licences' exclusivity.
struct us_downloads_of_catalogue
    : scope<"downloads of the catalogue in the US", of<catalogue>, in<us>, via<download>> {};
struct rival_us_downloads : licence<label_co, rival, us_downloads_of_catalogue,
                                    term<date<2026, 1, 1>, date<2031, 1, 1>>, non_exclusive> {
  static constexpr auto label = "7 US downloads of the catalogue, non-exclusive to a rival";
};

// An advance on signing, recouped from the royalty and the guarantee before anything more is
// paid.
struct signing_advance
    : advance<service, label_co, eur_millions<15>, streaming_revenue, date<2026, 1, 1>> {
  static constexpr auto label = "8 advance of EUR 15 million on signing, recoupable";
};

using deal = contract<"Catalogue licence (2026)", parties<label_co, service, rival>,
                      term<date<2026, 1, 1>, date<2031, 1, 1>>, eu_exclusive,
                      worldwide_non_exclusive, royalty, guarantee, first_refusal_new_releases,
                      no_sublicensing, rival_us_downloads, signing_advance>;

/// The service's streaming revenue, in EUR million: sample figures for the payment schedule
/// (music_licence.cpp, the deal book), not a forecast.
inline constexpr std::array<revenue_in, 5> sample_revenue{
    {{2026, 12}, {2027, 18}, {2028, 24}, {2029, 30}, {2030, 36}}};

} // namespace music_licence
