// Early-return helpers for absl::Status, which abseil 20220623 does not ship.
#ifndef PARTNERSHIP_COMMON_STATUS_MACROS_H_
#define PARTNERSHIP_COMMON_STATUS_MACROS_H_

#include "absl/status/status.h"
#include "absl/status/statusor.h"

#define PARTNERSHIP_CONCAT_INNER(a, b) a##b
#define PARTNERSHIP_CONCAT(a, b) PARTNERSHIP_CONCAT_INNER(a, b)

// Evaluates `expr` (an absl::Status); returns it from the enclosing function if not OK.
#define RETURN_IF_ERROR(expr)                        \
  do {                                               \
    ::absl::Status _partnership_status = (expr);     \
    if (!_partnership_status.ok()) return _partnership_status; \
  } while (0)

// Evaluates `rexpr` (an absl::StatusOr<T>); returns its status if not OK, else moves its
// value into `lhs`, which may be a declaration: ASSIGN_OR_RETURN(auto x, F());
#define ASSIGN_OR_RETURN(lhs, rexpr) \
  ASSIGN_OR_RETURN_IMPL(PARTNERSHIP_CONCAT(_partnership_statusor_, __LINE__), lhs, rexpr)

#define ASSIGN_OR_RETURN_IMPL(statusor, lhs, rexpr) \
  auto statusor = (rexpr);                          \
  if (!statusor.ok()) return statusor.status();     \
  lhs = std::move(statusor).value()

#endif  // PARTNERSHIP_COMMON_STATUS_MACROS_H_
