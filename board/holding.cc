#include "board/holding.h"

namespace partnership::board {

absl::string_view BasisName(Basis basis) {
  switch (basis) {
    case Basis::kElected:
      return "ELECTED";
    case Basis::kAppointed:
      return "APPOINTED";
    case Basis::kShadow:
      return "SHADOW";
    case Basis::kUnspecified:
      break;
  }
  return "UNSPECIFIED";
}

std::optional<Basis> BasisFromName(absl::string_view name) {
  for (Basis b : {Basis::kElected, Basis::kAppointed, Basis::kShadow}) {
    if (name == BasisName(b)) return b;
  }
  return std::nullopt;
}

}  // namespace partnership::board
