#include "client/board_arguments.h"

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "client/exit_codes.h"

namespace partnership::cli {
namespace {

// "PRIMARY_SUB_COMMITTEE" from "primary-sub-committee", with the enum's prefix.
template <typename Enum>
absl::StatusOr<Enum> Parse(absl::string_view flag, absl::string_view text, const char* prefix,
                           bool (*parse)(const std::string&, Enum*), const char* allowed) {
  const std::string name = absl::StrCat(
      prefix, absl::AsciiStrToUpper(
                  absl::StrReplaceAll(absl::StripAsciiWhitespace(text), {{"-", "_"}})));
  Enum value;
  if (text.empty() || !parse(name, &value) || absl::EndsWith(name, "UNSPECIFIED")) {
    return UsageError(absl::StrCat(flag, ": \"", text, "\" is not one of ", allowed));
  }
  return value;
}

std::string Spell(const std::string& name, absl::string_view prefix) {
  if (name.empty() || absl::EndsWith(name, "UNSPECIFIED")) return "";
  return absl::StrReplaceAll(absl::AsciiStrToLower(name.substr(prefix.size())), {{"_", "-"}});
}

}  // namespace

absl::StatusOr<v1::BoardBody> ParseBoardBody(absl::string_view flag, absl::string_view text) {
  return Parse<v1::BoardBody>(flag, text, "BOARD_BODY_", v1::BoardBody_Parse, kBodyHelp);
}
absl::StatusOr<v1::SeatFillMethod> ParseFillMethod(absl::string_view flag,
                                                   absl::string_view text) {
  return Parse<v1::SeatFillMethod>(flag, text, "SEAT_FILL_METHOD_", v1::SeatFillMethod_Parse,
                                   kMethodHelp);
}
absl::StatusOr<v1::SeatSelector> ParseSelector(absl::string_view flag, absl::string_view text) {
  return Parse<v1::SeatSelector>(flag, text, "SEAT_SELECTOR_", v1::SeatSelector_Parse,
                                 kSelectorHelp);
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
