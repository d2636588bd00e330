// Counts real published ballots and compares with the published results. The files and where
// they came from are listed in tests/data/README.md. Run from the repository root (CTest does).
#include <fstream>
#include <sstream>
#include <string>

#include "elections/blt_file.h"
#include "elections/scottish_stv.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace partnership::elections {
namespace {

using ::testing::ElementsAre;

Election Load(const std::string& name) {
  const std::string path = "tests/data/blt/" + name;
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in) << "cannot read " << path << " (run from the repository root)";
  std::ostringstream text;
  text << in.rdbuf();
  absl::StatusOr<Election> election = ParseBlt(text.str());
  EXPECT_TRUE(election.ok()) << election.status();
  return election.ok() ? *std::move(election) : Election();
}

// Candidates of Anderston/City, in ballot-file order.
enum { kBaker, kBoyle, kBraat, kHolladay, kKhan, kLaird, kMacKay, kMatheson, kMurray };

std::vector<std::string> Figures(const Stage& stage) {
  std::vector<std::string> figures;
  for (Votes v : stage.votes) figures.push_back(v.ToString());
  return figures;
}

// Glasgow City Council, 3 May 2007, ward 10 Anderston/City: 9 candidates for 4 seats, 6,900
// valid ballot papers. Declared: Craig MacKay (stage 1), Philip Braat, Nina Baker and Gordon
// Matheson. Stage figures as in the Droop reference count of the same file.
TEST(GoldenCountTest, Glasgow2007AnderstonCityElectsTheDeclaredCouncillors) {
  const Election election = Load("glasgow_2007_anderston_city.blt");
  absl::StatusOr<CountResult> result = CountScottishStv(election);
  ASSERT_TRUE(result.ok()) << result.status();

  EXPECT_EQ(result->valid_votes, Votes::Whole(6900));
  EXPECT_EQ(result->quota, Votes::Whole(1381));
  EXPECT_THAT(result->elected, ElementsAre(kMacKay, kBraat, kBaker, kMatheson));
  EXPECT_FALSE(result->decided_by_lot);
  ASSERT_EQ(result->stages.size(), 8u);

  const Stage& first = result->stages[0];
  EXPECT_THAT(Figures(first),
              ElementsAre("880.00000", "486.00000", "1291.00000", "145.00000", "285.00000",
                          "806.00000", "1632.00000", "1177.00000", "198.00000"));
  EXPECT_THAT(first.elected, ElementsAre(kMacKay));

  // Stage 2: MacKay's surplus of 251 at 251/1632 = 0.15379 a paper, all 1,632 papers; the
  // truncation loses 0.01472, which Droop reports apart from the non-transferable papers.
  const Stage& second = result->stages[1];
  EXPECT_EQ(second.action, StageAction::kSurplusTransfer);
  EXPECT_EQ(second.subject, kMacKay);
  EXPECT_EQ(second.transfer_value.ToString(), "0.15379");
  EXPECT_THAT(Figures(second),
              ElementsAre("927.98248", "495.99635", "1306.68658", "150.84402", "317.29590",
                          "836.91179", "1381.00000", "1194.99343", "215.07069"));
  EXPECT_EQ(second.non_transferable.ToString(), "73.20404");
  EXPECT_EQ(second.rounding_loss.ToString(), "0.01472");

  // Stages 3-6 exclude Holladay, Murray, Khan and Boyle; Braat passes the quota at stage 6.
  EXPECT_THAT(result->stages[2].excluded, ElementsAre(kHolladay));
  EXPECT_THAT(result->stages[3].excluded, ElementsAre(kMurray));
  EXPECT_THAT(result->stages[4].excluded, ElementsAre(kKhan));
  EXPECT_THAT(result->stages[5].excluded, ElementsAre(kBoyle));
  EXPECT_THAT(result->stages[5].elected, ElementsAre(kBraat));
  EXPECT_EQ(result->stages[5].votes[kBraat].ToString(), "1421.06923");
  EXPECT_EQ(result->stages[5].non_transferable.ToString(),
            "508.34980");

  // Stage 7: Braat's surplus; stage 8: Laird excluded, Baker and Matheson pass the quota.
  EXPECT_EQ(result->stages[6].subject, kBraat);
  EXPECT_EQ(result->stages[6].votes[kMatheson].ToString(), "1312.04255");
  const Stage& last = result->stages[7];
  EXPECT_THAT(last.excluded, ElementsAre(kLaird));
  EXPECT_THAT(last.elected, ElementsAre(kBaker, kMatheson));
  EXPECT_EQ(last.votes[kBaker].ToString(), "1736.42172");
  EXPECT_EQ(last.votes[kMatheson].ToString(), "1544.95940");
  EXPECT_EQ(last.non_transferable.ToString(), "856.59414");
}

// Candidates of Pollokshields, in ballot-file order.
enum { kAshraf, kCurrie, kMalik, kMeikle, kNelson, kRabbani, kRuffell, kShoaib, kUygun };

// Glasgow City Council, 3 May 2007, Pollokshields ward: 9 candidates for 3 seats, 9,567
// valid ballot papers. Two surpluses, five exclusions, and the last seat filled under rule 52
// by a candidate below the quota after Ian A Ruffell is excluded 4.3 votes behind David
// Meikle. Stage figures as in the Droop reference count of the same file.
TEST(GoldenCountTest, Glasgow2007PollokshieldsFillsTheLastSeatBelowTheQuota) {
  absl::StatusOr<CountResult> result = CountScottishStv(Load("glasgow_2007_pollokshields.blt"));
  ASSERT_TRUE(result.ok()) << result.status();
  EXPECT_EQ(result->valid_votes, Votes::Whole(9567));
  EXPECT_EQ(result->quota, Votes::Whole(2392));
  EXPECT_THAT(result->elected, ElementsAre(kRabbani, kMalik, kMeikle));
  ASSERT_EQ(result->stages.size(), 9u);

  EXPECT_THAT(Figures(result->stages[1]),
              ElementsAre("188.76102", "441.48194", "2082.01312", "1445.09052", "883.96270",
                          "2392.00000", "1060.97818", "605.50140", "388.17190"));
  EXPECT_EQ(result->stages[1].non_transferable.ToString(), "79.01872");
  EXPECT_THAT(result->stages[5].excluded, ElementsAre(kShoaib));
  EXPECT_THAT(result->stages[5].elected, ElementsAre(kMalik));
  EXPECT_EQ(result->stages[5].votes[kMalik].ToString(), "2624.74834");
  EXPECT_EQ(result->stages[6].subject, kMalik);
  EXPECT_EQ(result->stages[6].non_transferable.ToString(), "705.29174");

  const Stage& nelson_out = result->stages[7];
  EXPECT_THAT(nelson_out.excluded, ElementsAre(kNelson));
  EXPECT_EQ(nelson_out.votes[kMeikle].ToString(), "1839.53040");
  EXPECT_EQ(nelson_out.votes[kRuffell].ToString(), "1835.22528");

  const Stage& last = result->stages[8];
  EXPECT_THAT(last.excluded, ElementsAre(kRuffell));
  EXPECT_THAT(last.elected, ElementsAre(kMeikle));
  EXPECT_EQ(last.votes[kMeikle].ToString(), "2217.93938");
  EXPECT_LT(last.votes[kMeikle], result->quota);
  EXPECT_EQ(last.non_transferable.ToString(), "2565.02778");
}

// Every stage accounts for every vote: candidates + non-transferable + rounding = valid votes.
TEST(GoldenCountTest, RealWardsLoseNoVoteAtAnyStage) {
  for (const char* ward : {"glasgow_2007_anderston_city.blt", "glasgow_2007_pollokshields.blt"}) {
    absl::StatusOr<CountResult> result = CountScottishStv(Load(ward));
    ASSERT_TRUE(result.ok()) << result.status();
    for (const Stage& stage : result->stages) {
      Votes total = stage.non_transferable + stage.rounding_loss;
      for (Votes v : stage.votes) total += v;
      EXPECT_EQ(total, result->valid_votes) << ward << " stage " << stage.number;
    }
  }
}

// The file the partnership would publish (ToBlt) recounts to the same result.
TEST(GoldenCountTest, RepublishedBallotFileRecountsIdentically) {
  const Election election = Load("glasgow_2007_anderston_city.blt");
  absl::StatusOr<std::string> text = ToBlt(election);
  ASSERT_TRUE(text.ok()) << text.status();
  absl::StatusOr<Election> again = ParseBlt(*text);
  ASSERT_TRUE(again.ok()) << again.status();
  absl::StatusOr<CountResult> first = CountScottishStv(election);
  absl::StatusOr<CountResult> second = CountScottishStv(*again);
  ASSERT_TRUE(first.ok() && second.ok());
  EXPECT_EQ(first->elected, second->elected);
  ASSERT_EQ(first->stages.size(), second->stages.size());
  for (size_t i = 0; i < first->stages.size(); ++i) {
    EXPECT_EQ(Figures(first->stages[i]), Figures(second->stages[i])) << "stage " << i + 1;
  }
}

}  // namespace
}  // namespace partnership::elections
