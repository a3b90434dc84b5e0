// Queries over contracts: what is in force, who holds what, what is owed.
#pragma once

#include <covenant/query/holder_of.hpp>
#include <covenant/query/in_force.hpp>
#include <covenant/query/payments.hpp>
