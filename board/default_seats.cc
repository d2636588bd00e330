#include "board/default_seats.h"

#include <string>

#include "absl/strings/str_cat.h"

namespace partnership::board {
namespace {

using registry::PersonRole;
using registry::Phase;

Seat Make(Body body, std::string key, std::string title, Eligibility eligibility, int term_years,
          FillMethod method, Selector selector) {
  Seat s;
  s.key = std::move(key);
  s.body = body;
  s.title = std::move(title);
  s.eligibility = eligibility;
  s.term_years = term_years;
  s.method = method;
  s.selector = selector;
  return s;
}

Eligibility Member(PersonRole role, std::optional<Phase> phase) {
  return Eligibility{role, phase, true};
}

}  // namespace

std::vector<Seat> ProposalSeats() {
  constexpr Body kB = Body::kBoard;
  constexpr FillMethod kElected = FillMethod::kElected;
  constexpr FillMethod kAppointed = FillMethod::kAppointed;
  std::vector<Seat> board = {
      Make(kB, "independent-chair", "Independent chair", Eligibility{}, 3, kAppointed,
           Selector::kBoard),
      Make(kB, "secondary-head", "Secondary school head", Member(PersonRole::kHeadteacher, Phase::kSecondary), 3, kElected, Selector::kGash),
      Make(kB, "secondary-governor", "Secondary school governor", Member(PersonRole::kGovernor, Phase::kSecondary), 3, kElected, Selector::kGash),
      Make(kB, "primary-head", "Primary school head", Member(PersonRole::kHeadteacher, Phase::kPrimary), 3, kElected, Selector::kGaph),
      Make(kB, "primary-governor", "Primary school governor", Member(PersonRole::kGovernor, Phase::kPrimary), 3, kElected, Selector::kGaph),
      Make(kB, "special-head", "Special school head", Member(PersonRole::kHeadteacher, Phase::kSpecial), 3, kElected, Selector::kGassh),
      Make(kB, "special-governor", "Special school governor", Member(PersonRole::kGovernor, Phase::kSpecial), 3, kElected, Selector::kGassh),
      Make(kB, "teaching-schools", "Teaching schools representative", Member(PersonRole::kHeadteacher, std::nullopt), 3, kElected, Selector::kTeachingSchools),
      Make(kB, "la-representative-1", "Local authority representative", Eligibility{PersonRole::kLaOfficer, std::nullopt, false}, 3, kAppointed, Selector::kLocalAuthority),
      Make(kB, "la-representative-2", "Local authority representative", Eligibility{PersonRole::kLaOfficer, std::nullopt, false}, 3, kAppointed, Selector::kLocalAuthority),
      Make(kB, "diocesan-representative", "Diocesan representative", Eligibility{PersonRole::kDiocesanRepresentative, std::nullopt, false}, 3, kAppointed, Selector::kDiocese),
  };
  std::vector<Seat> seats = board;
  for (const Seat& b : board) {
    Eligibility e = b.eligibility;
    e.member_school = false;
    seats.push_back(Make(Body::kShadowBoard, absl::StrCat("shadow-", b.key),
                         absl::StrCat("Shadow board: ", b.title), e, 1, kAppointed,
                         Selector::kSteeringGroup));
  }
  for (int i = 1; i <= 7; ++i) {
    seats.push_back(Make(Body::kPrimarySubCommittee, absl::StrCat("primary-partnership-chair-", i),
                         absl::StrCat("Chair of a primary partnership (", i, " of 7)"),
                         Member(PersonRole::kHeadteacher, Phase::kPrimary), 1, kAppointed,
                         Selector::kPrimaryPartnership));
  }
  for (int i = 1; i <= 5; ++i) {
    seats.push_back(Make(Body::kSecondarySubCommittee, absl::StrCat("secondary-nominee-", i),
                         absl::StrCat("Secondary head nominated by GASH (", i, " of 5)"),
                         Member(PersonRole::kHeadteacher, Phase::kSecondary), 2, kAppointed,
                         Selector::kGash));
  }
  int position = 0;
  Body body = Body::kUnspecified;
  for (Seat& s : seats) {
    position = s.body == body ? position + 1 : 1;
    body = s.body;
    s.position = position;
  }
  return seats;
}

}  // namespace partnership::board
