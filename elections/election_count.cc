#include "elections/election_count.h"

#include "absl/strings/str_cat.h"
#include "common/status_macros.h"
#include "elections/blt_file.h"
#include "elections/count_json.h"
#include "elections/instant_runoff.h"
#include "elections/plurality.h"
#include "elections/scottish_stv.h"

namespace partnership::elections {

Election BallotsForCount(const BoardElection& election,
                         const std::vector<std::vector<int>>& rankings) {
  Election out;
  out.title = election.title;
  out.seats = election.seats;
  for (const Candidate& c : election.candidates) {
    out.candidates.push_back(c.school_name.empty()
                                 ? c.name
                                 : absl::StrCat(c.name, " (", c.school_name, ")"));
    out.withdrawn.push_back(c.withdrawn);
  }
  for (const std::vector<int>& ranking : rankings) {
    Ballot b;
    for (int number : ranking) b.preferences.push_back(number - 1);
    out.ballots.push_back(std::move(b));
  }
  return out;
}

absl::StatusOr<CountResult> CountBallots(CountMethod method, const Election& ballots) {
  switch (method) {
    case CountMethod::kPlurality:
      return CountPlurality(ballots);
    case CountMethod::kInstantRunoff:
      return CountInstantRunoff(ballots);
    case CountMethod::kScottishStv:
      return CountScottishStv(ballots);
    case CountMethod::kUnspecified:
      break;
  }
  return absl::InvalidArgumentError("method: not given");
}

absl::StatusOr<PublishedCount> CountElection(const BoardElection& election,
                                             const std::vector<std::vector<int>>& rankings) {
  const Election ballots = BallotsForCount(election, rankings);
  PublishedCount out;
  ASSIGN_OR_RETURN(out.ballot_file, ToBlt(ballots));
  ASSIGN_OR_RETURN(out.result, CountBallots(election.method, ballots));
  out.result_json = CountJson(out.result);
  return out;
}

}  // namespace partnership::elections
