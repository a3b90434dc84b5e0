// Queries over contracts: what is in force, who holds what, what is owed.
#pragma once

// First: the argument checks' diagnostics then come with a shorter include chain.
#include <covenant/query/arguments.hpp>

#include <covenant/query/holder_of.hpp>
#include <covenant/query/in_force.hpp>
#include <covenant/query/payments.hpp>
