// The board's words as typed on the command line: bodies ("primary-sub-committee"), fill
// methods ("elected"), selectors ("local-authority") and holding bases ("shadow"). Parsing is
// case-insensitive and '_' may stand for '-'; an unknown word is a UsageError listing the
// allowed ones.
#ifndef PARTNERSHIP_CLIENT_BOARD_ARGUMENTS_H_
#define PARTNERSHIP_CLIENT_BOARD_ARGUMENTS_H_

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "partnership/v1/board.pb.h"

namespace partnership::cli {

inline constexpr char kBodyHelp[] =
    "board, shadow-board, primary-sub-committee or secondary-sub-committee";
inline constexpr char kMethodHelp[] = "elected or appointed";
inline constexpr char kSelectorHelp[] =
    "gash, gaph, gassh, teaching-schools (they elect), board, local-authority, diocese, "
    "steering-group or primary-partnership";

absl::StatusOr<v1::BoardBody> ParseBoardBody(absl::string_view flag, absl::string_view text);
absl::StatusOr<v1::SeatFillMethod> ParseFillMethod(absl::string_view flag,
                                                   absl::string_view text);
absl::StatusOr<v1::SeatSelector> ParseSelector(absl::string_view flag, absl::string_view text);

// The command-line spelling ("shadow-board"); "" for UNSPECIFIED and unknown numbers.
std::string BoardBodyName(v1::BoardBody body);
std::string FillMethodName(v1::SeatFillMethod method);
std::string SelectorName(v1::SeatSelector selector);
std::string BasisName(v1::HoldingBasis basis);

}  // namespace partnership::cli

#endif  // PARTNERSHIP_CLIENT_BOARD_ARGUMENTS_H_
