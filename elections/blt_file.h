// The BLT ballot file: the plain-text format that STV counting programs (ERS, OpenSTV,
// Droop, eSTV) read, and in which the partnership publishes each election's anonymised
// ballots so that anyone can recount them.
//
//   4 2                 <- 4 candidates, 2 seats
//   -4                  <- optional: candidate 4 withdrew (one or more negative numbers)
//   3 1 3 0             <- 3 ballot papers ranking candidate 1, then 3; each line ends in 0
//   2 2 0
//   0                   <- end of the ballots
//   "Ann Lee"           <- one quoted name per candidate, in number order
//   "Bob Roy"
//   "Cat Sim"
//   "Dan Ure"
//   "Board election 2026"   <- the title
//
// Blank lines are ignored, and so are Windows line ends and a UTF-8 byte order mark.
#ifndef PARTNERSHIP_ELECTIONS_BLT_FILE_H_
#define PARTNERSHIP_ELECTIONS_BLT_FILE_H_

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "elections/election_ballots.h"

namespace partnership::elections {

// Reads the text of a BLT file (the caller reads the file; nothing here touches the disk).
//
// Returns the election with candidates numbered from 0. Every failure is INVALID_ARGUMENT and
// names the 1-based line, for example:
//   line 1: the first line must be "CANDIDATES SEATS", found "4"
//   line 1: 5 seats but only 4 candidates
//   line 2: candidate 7 cannot withdraw: there are 4 candidates
//   line 7: candidate 9 does not exist (there are 6)
//   line 4: candidate 3 ranked twice
//   line 5: weight "1.5" is not a positive whole number (weights above 10^9 are refused too)
//   line 6: the ballot does not end with 0
//   line 6: the ballot ranks no candidate
//   line 8: equal rankings ("2=3") are not supported: rank each candidate on its own
//   line 12: missing the end-of-ballots line "0"
//   line 14: expected 4 candidate names, found 3
//   line 15: missing the title after the candidate names
//   line 16: unexpected text after the title
// Equal rankings ("=") are refused rather than guessed at: the Scottish rules have no meaning
// for them.
absl::StatusOr<Election> ParseBlt(absl::string_view text);

// Writes `election` as a BLT file that ParseBlt() reads back to the same election: one line
// per Ballot in the order given, names and title quoted, "\n" line ends.
//
// INVALID_ARGUMENT if a name or the title contains a double quote or a line break (BLT has no
// way to write them), if seats or the candidate count is not positive, or if a ballot has a
// weight below 1 or names a candidate that does not exist.
absl::StatusOr<std::string> ToBlt(const Election& election);

}  // namespace partnership::elections

#endif  // PARTNERSHIP_ELECTIONS_BLT_FILE_H_
