// covenant rendering: plain-English sentences and Markdown term sheets (uses fmt).
#pragma once
#include <covenant/covenant.hpp>
#include <fmt/format.h>
