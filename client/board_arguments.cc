#include "client/board_arguments.h"

#include "absl/strings/match.h"
#include "client/enum_spelling.h"

namespace partnership::cli {
namespace {

std::string Spell(const std::string& name, absl::string_view prefix) {
  if (name.empty() || absl::EndsWith(name, "UNSPECIFIED")) return "";
  return EnumSpelling(name, prefix);
}

}  // namespace

absl::StatusOr<v1::BoardBody> ParseBoardBody(absl::string_view flag, absl::string_view text) {
  return ParseEnumSpelling<v1::BoardBody>(flag, text, "BOARD_BODY_", v1::BoardBody_Parse,
                                          kBodyHelp);
}
absl::StatusOr<v1::SeatFillMethod> ParseFillMethod(absl::string_view flag,
                                                   absl::string_view text) {
  return ParseEnumSpelling<v1::SeatFillMethod>(flag, text, "SEAT_FILL_METHOD_",
                                               v1::SeatFillMethod_Parse, kMethodHelp);
}
absl::StatusOr<v1::SeatSelector> ParseSelector(absl::string_view flag, absl::string_view text) {
  return ParseEnumSpelling<v1::SeatSelector>(flag, text, "SEAT_SELECTOR_",
                                             v1::SeatSelector_Parse, kSelectorHelp);
}

std::string BoardBodyName(v1::BoardBody body) {
  return v1::BoardBody_IsValid(body) ? Spell(v1::BoardBody_Name(body), "BOARD_BODY_") : "";
}
std::string FillMethodName(v1::SeatFillMethod method) {
  return v1::SeatFillMethod_IsValid(method)
             ? Spell(v1::SeatFillMethod_Name(method), "SEAT_FILL_METHOD_")
             : "";
}
std::string SelectorName(v1::SeatSelector selector) {
  return v1::SeatSelector_IsValid(selector)
             ? Spell(v1::SeatSelector_Name(selector), "SEAT_SELECTOR_")
             : "";
}
std::string BasisName(v1::HoldingBasis basis) {
  return v1::HoldingBasis_IsValid(basis) ? Spell(v1::HoldingBasis_Name(basis), "HOLDING_BASIS_")
                                         : "";
}

}  // namespace partnership::cli
