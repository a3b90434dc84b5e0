// covenant: commercial contracts as C++ types, checked by the compiler.
#pragma once
