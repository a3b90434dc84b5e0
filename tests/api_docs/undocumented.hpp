// Harness fixture for test api_docs.harness.undocumented (cmake/CovenantApiDocs.cmake): a
// public name without documentation, which the API docs check must report, and a detail name
// without documentation, which it must not (EXCLUDE_SYMBOLS hides detail namespaces).
#pragma once

namespace covenant {

int harness_undocumented_public_function();

namespace detail {
int harness_hidden_detail_function();
} // namespace detail

} // namespace covenant
