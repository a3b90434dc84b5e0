// Sample figures the partnership's programs share: an illustrative revenue and profit, and the
// timeline in which AGI arrives. Not forecasts.
#pragma once

#include "partnership.hpp"

#include <array>

namespace microsoft_openai {

/// OpenAI's revenue and profit, in USD million: the profit figures serve the 2023 profit share
/// (V1) only.
inline constexpr std::array<revenue_in, 6> sample_revenue{{{2026, 30'000, 2'000},
                                                           {2027, 60'000, 8'000},
                                                           {2028, 100'000, 20'000},
                                                           {2029, 150'000, 40'000},
                                                           {2030, 200'000, 60'000},
                                                           {2031, 250'000, 80'000}}};

/// The timeline in which OpenAI's board declares AGI in March 2029 and the panel verifies the
/// declaration three months later: the two events are apart, so the panel's role shows.
inline constexpr scenario agi_in_2029{{agi_declared{}, day_of(2029, 3, 31)},
                                      {agi_verified{}, day_of(2029, 6, 30)}};

} // namespace microsoft_openai
