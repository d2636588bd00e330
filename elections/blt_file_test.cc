#include "elections/blt_file.h"

#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace partnership::elections {
namespace {

using ::testing::ElementsAre;

constexpr char kBoardElection[] =
    "4 2\n"
    "3 1 3 0\n"
    "2 2 0\n"
    "1 4 1 2 3 0\n"
    "0\n"
    "\"Ann Lee\"\n"
    "\"Bob Roy\"\n"
    "\"Cat Sim\"\n"
    "\"Dan Ure\"\n"
    "\"Board election 2026\"\n";

std::string ErrorOf(absl::string_view text) {
  absl::StatusOr<Election> election = ParseBlt(text);
  if (election.ok()) return "parsed";
  EXPECT_EQ(election.status().code(), absl::StatusCode::kInvalidArgument);
  return std::string(election.status().message());
}

TEST(BltFileTest, ReadsSeatsBallotsNamesAndTitle) {
  absl::StatusOr<Election> election = ParseBlt(kBoardElection);
  ASSERT_TRUE(election.ok()) << election.status();
  EXPECT_EQ(election->seats, 2);
  EXPECT_THAT(election->candidates, ElementsAre("Ann Lee", "Bob Roy", "Cat Sim", "Dan Ure"));
  EXPECT_EQ(election->title, "Board election 2026");
  ASSERT_EQ(election->ballots.size(), 3u);
  EXPECT_EQ(election->ballots[0].weight, 3);
  EXPECT_THAT(election->ballots[0].preferences, ElementsAre(0, 2));  // numbered from 0
  EXPECT_THAT(election->ballots[2].preferences, ElementsAre(3, 0, 1, 2));
  EXPECT_EQ(election->standing_count(), 4);
}

TEST(BltFileTest, WithdrawnCandidatesAreMarked) {
  absl::StatusOr<Election> election =
      ParseBlt("3 1\n-2 -3\n1 2 1 0\n0\n\"A\"\n\"B\"\n\"C\"\n\"T\"\n");
  ASSERT_TRUE(election.ok()) << election.status();
  EXPECT_FALSE(election->is_withdrawn(0));
  EXPECT_TRUE(election->is_withdrawn(1));
  EXPECT_TRUE(election->is_withdrawn(2));
  EXPECT_EQ(election->standing_count(), 1);
}

TEST(BltFileTest, WindowsLineEndsBlankLinesAndByteOrderMarkChangeNothing) {
  absl::StatusOr<Election> election =
      ParseBlt("\xEF\xBB\xBF" "2 1\r\n\r\n1 1 2 0\r\n0\r\n\"A\"\r\n\"B\"\r\n\"T\"\r\n");
  ASSERT_TRUE(election.ok()) << election.status();
  EXPECT_THAT(election->candidates, ElementsAre("A", "B"));
  EXPECT_EQ(election->title, "T");
}

TEST(BltFileTest, NamesMayShareALine) {
  absl::StatusOr<Election> election = ParseBlt("2 1\n1 1 0\n0\n\"A\" \"B\"\n\"T\"\n");
  ASSERT_TRUE(election.ok()) << election.status();
  EXPECT_THAT(election->candidates, ElementsAre("A", "B"));
}

TEST(BltFileTest, UnknownCandidateNamesTheLineAndTheCount) {
  EXPECT_EQ(ErrorOf("6 1\n1 1 0\n1 2 0\n1 3 0\n1 4 0\n1 5 0\n1 9 0\n0\n"
                    "\"A\"\n\"B\"\n\"C\"\n\"D\"\n\"E\"\n\"F\"\n\"T\"\n"),
            "line 7: candidate 9 does not exist (there are 6)");
}

TEST(BltFileTest, CandidateRankedTwiceIsRefused) {
  EXPECT_EQ(ErrorOf("3 1\n1 1 0\n1 2 0\n1 3 1 3 0\n0\n\"A\"\n\"B\"\n\"C\"\n\"T\"\n"),
            "line 4: candidate 3 ranked twice");
}

TEST(BltFileTest, MissingEndOfBallotsLineIsNamed) {
  EXPECT_EQ(ErrorOf("2 1\n1 1 0\n\"A\"\n\"B\"\n\"T\"\n"),
            "line 3: missing the end-of-ballots line \"0\"");
  EXPECT_EQ(ErrorOf("2 1\n1 1 0\n1 2 0\n"), "line 4: missing the end-of-ballots line \"0\"");
}

TEST(BltFileTest, MoreSeatsThanCandidatesIsRefused) {
  EXPECT_EQ(ErrorOf("2 3\n0\n\"A\"\n\"B\"\n\"T\"\n"), "line 1: 3 seats but only 2 candidates");
}

TEST(BltFileTest, MalformedFirstLineIsQuoted) {
  EXPECT_EQ(ErrorOf("4\n0\n"),
            "line 1: the first line must be \"CANDIDATES SEATS\", found \"4\"");
  EXPECT_EQ(ErrorOf(""), "line 1: the file is empty");
}

TEST(BltFileTest, TooFewNamesAndMissingTitleAreRefused) {
  EXPECT_EQ(ErrorOf("3 1\n1 1 0\n0\n\"A\"\n\"B\"\n"),
            "line 5: expected 3 candidate names, found 2");
  EXPECT_EQ(ErrorOf("2 1\n1 1 0\n0\n\"A\"\n\"B\"\n"),
            "line 5: missing the title after the candidate names");
  EXPECT_EQ(ErrorOf("2 1\n1 1 0\n0\n\"A\"\n\"B\"\n\"T\"\n\"extra\"\n"),
            "line 7: unexpected text after the title");
  EXPECT_EQ(ErrorOf("2 1\n1 1 0\n0\n\"A\"\nB\n\"T\"\n"),
            "line 5: expected a quoted name, found \"B\"");
}

TEST(BltFileTest, EqualRankingsAreRefusedNotGuessed) {
  EXPECT_EQ(ErrorOf("3 1\n1 1 2=3 0\n0\n\"A\"\n\"B\"\n\"C\"\n\"T\"\n"),
            "line 2: equal rankings (\"2=3\") are not supported: rank each candidate on its own");
}

TEST(BltFileTest, BadWeightsAndUnterminatedBallotsAreRefused) {
  EXPECT_EQ(ErrorOf("2 1\n1.5 1 0\n0\n\"A\"\n\"B\"\n\"T\"\n"),
            "line 2: weight \"1.5\" is not a positive whole number");
  EXPECT_EQ(ErrorOf("2 1\n-1 1 0\n2 1 0\n0\n\"A\"\n\"B\"\n\"T\"\n"),
            "line 2: withdrawn candidates are written as negative numbers (\"-2\"), found \"1\"");
  EXPECT_EQ(ErrorOf("2 1\n1 1 2\n0\n\"A\"\n\"B\"\n\"T\"\n"),
            "line 2: the ballot does not end with 0");
  EXPECT_EQ(ErrorOf("2 1\n1 1 0 2 0\n0\n\"A\"\n\"B\"\n\"T\"\n"),
            "line 2: text after the 0 that ends the ballot");
  EXPECT_EQ(ErrorOf("2 1\n3 0\n0\n\"A\"\n\"B\"\n\"T\"\n"), "line 2: the ballot ranks no candidate");
  EXPECT_EQ(ErrorOf("2 1\n-3\n0\n\"A\"\n\"B\"\n\"T\"\n"),
            "line 2: candidate 3 cannot withdraw: there are 2 candidates");
}

TEST(BltFileTest, WrittenFileReadsBackToTheSameElection) {
  absl::StatusOr<Election> election =
      ParseBlt("3 1\n-2\n2 1 3 0\n1 3 2 0\n0\n\"A\"\n\"B\"\n\"C\"\n\"T\"\n");
  ASSERT_TRUE(election.ok()) << election.status();
  absl::StatusOr<std::string> text = ToBlt(*election);
  ASSERT_TRUE(text.ok()) << text.status();
  EXPECT_EQ(*text, "3 1\n-2\n2 1 3 0\n1 3 2 0\n0\n\"A\"\n\"B\"\n\"C\"\n\"T\"\n");
  absl::StatusOr<Election> again = ParseBlt(*text);
  ASSERT_TRUE(again.ok()) << again.status();
  EXPECT_EQ(again->candidates, election->candidates);
  EXPECT_EQ(again->withdrawn, election->withdrawn);
  ASSERT_EQ(again->ballots.size(), 2u);
  EXPECT_EQ(again->ballots[1].preferences, election->ballots[1].preferences);
}

TEST(BltFileTest, NameWithAQuoteCannotBeWritten) {
  Election election;
  election.seats = 1;
  election.candidates = {"Ann \"Nan\" Lee"};
  election.title = "T";
  absl::StatusOr<std::string> text = ToBlt(election);
  EXPECT_EQ(text.status().code(), absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace partnership::elections
