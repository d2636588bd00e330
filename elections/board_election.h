// A board election as the partnership runs it: who may vote (a constituency of member
// schools), who stands, where it is in its lifecycle, and, once counted, who was elected.
// What each member school voted is not here: ballots are kept apart from the electorate (see
// storage/election_table.h) so that nothing stored links a ballot to a school.
#ifndef PARTNERSHIP_ELECTIONS_BOARD_ELECTION_H_
#define PARTNERSHIP_ELECTIONS_BOARD_ELECTION_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace partnership::elections {

// Numbered as partnership.v1.ElectionStatus. Changed only by the verbs of BoardElections,
// forwards only:
//   DRAFT -> NOMINATIONS -> VOTING -> CLOSED -> COUNTED -> PUBLISHED
// An uncontested election (no more candidates than seats) goes from NOMINATIONS straight to
// COUNTED when voting would open: its seats are filled without a poll.
enum class ElectionStatus {
  kUnspecified = 0,
  kDraft,
  kNominations,
  kVoting,
  kClosed,
  kCounted,
  kPublished,
};

// Numbered as partnership.v1.CountMethod.
enum class CountMethod {
  kUnspecified = 0,
  kPlurality,      // one preference per ballot; the most votes win
  kInstantRunoff,  // one seat, ranked ballots
  kScottishStv,    // one or more seats, ranked ballots, the Scottish rules of 2007
};

// Numbered as partnership.v1.Constituency: which active member schools make up the electorate.
// GASH, GAPH and GASSH are the county's secondary, primary and special heads' associations.
enum class Constituency {
  kUnspecified = 0,
  kAllMembers,
  kSecondary,  // GASH: secondary, all-through and middle schools
  kPrimary,    // GAPH: primary, nursery and middle schools
  kSpecial,    // GASSH: special schools and alternative provision
  kNamed,      // a list given when the election is created (for example the teaching schools)
};

// "DRAFT", "NOMINATIONS", ...; "PLURALITY", "INSTANT_RUNOFF", "SCOTTISH_STV";
// "ALL_MEMBERS", "SECONDARY", ...: the names used in storage and messages.
absl::string_view ElectionStatusName(ElectionStatus status);
std::optional<ElectionStatus> ElectionStatusFromName(absl::string_view name);
absl::string_view CountMethodName(CountMethod method);
std::optional<CountMethod> CountMethodFromName(absl::string_view name);
// "plurality", "irv", "scottish-stv": as `partnership count --method` takes them.
absl::string_view CountMethodCliName(CountMethod method);
absl::string_view ConstituencyName(Constituency constituency);
std::optional<Constituency> ConstituencyFromName(absl::string_view name);

// Whether a school of `phase` (registry::PhaseName, e.g. "PRIMARY") belongs to `constituency`.
// kNamed and kUnspecified answer false: a named constituency is a list, not a phase.
bool PhaseBelongsTo(Constituency constituency, absl::string_view phase);

struct Candidate {
  int number = 0;  // 1, 2, ... in nomination order: the candidate's number in the BLT file
  int64_t person_id = 0;
  std::string name;        // "Ann Lee"
  std::string school_urn;  // the candidate's school, if any
  std::string school_name;
  bool withdrawn = false;  // withdrew during nominations; never on a ballot paper
  std::string nominated_by;  // Principal::Describe()
};

struct BoardElection {
  int64_t id = 0;  // assigned by storage
  std::string title;
  CountMethod method = CountMethod::kUnspecified;
  int seats = 0;
  Constituency constituency = Constituency::kUnspecified;
  std::vector<std::string> named_schools;  // kNamed only, in URN order
  // Who may stand: a person role name ("HEADTEACHER", "GOVERNOR") or empty for anyone in
  // the register whose school is in the constituency.
  std::string candidate_role;
  // Which board seat this election fills, as the board names it ("secondary-head"); free text
  // for the roster, not checked here.
  std::string seat;
  ElectionStatus status = ElectionStatus::kUnspecified;
  std::vector<Candidate> candidates;  // in number order, withdrawn ones included
  // Set when voting opens: the date whose active members make up the electorate, and the
  // RFC 3339 UTC time after which no ballot is accepted (empty: until CloseVoting).
  std::string electorate_date;
  std::string voting_closes_at;
  int electorate_size = 0;
  int ballots_cast = 0;
  // Set by the count.
  bool uncontested = false;
  std::vector<int> elected;  // candidate numbers in the order elected
  std::string created_by;
  std::string create_time;
  std::string update_time;

  // The candidates still standing (not withdrawn).
  int standing() const;
  // Candidate `number`, or nullptr.
  const Candidate* candidate(int number) const;
};

}  // namespace partnership::elections

#endif  // PARTNERSHIP_ELECTIONS_BOARD_ELECTION_H_
