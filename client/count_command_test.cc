// `partnership count` in-process, with no server anywhere and a token file that does not
// exist: a recount must need neither.
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "client/cli.h"
#include "client/exit_codes.h"
#include "gtest/gtest.h"

namespace partnership::cli {
namespace {

constexpr char kGlasgow[] = "tests/data/blt/glasgow_2007_anderston_city.blt";

struct Result {
  int code;
  std::string out, err;
};

class CountCommandTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ::unsetenv("PARTNERSHIP_SERVER");
    ::unsetenv("PARTNERSHIP_TOKEN");
    ::setenv("PARTNERSHIP_TOKEN_FILE", "/nonexistent/token", 1);
  }
  void TearDown() override { ::unsetenv("PARTNERSHIP_TOKEN_FILE"); }

  static Result Run(std::vector<std::string> args) {
    args.insert(args.begin(), "partnership");
    std::vector<const char*> argv;
    for (const auto& a : args) argv.push_back(a.c_str());
    std::ostringstream out, err;
    const int code = RunCli(static_cast<int>(argv.size()), argv.data(), out, err);
    return {code, out.str(), err.str()};
  }

  static std::string WriteFile(const std::string& name, const std::string& text) {
    const std::string path = ::testing::TempDir() + name;
    std::ofstream(path) << text;
    return path;
  }
};

TEST_F(CountCommandTest, RecountOfARealWardPrintsTheElectedInOrderAndEveryStage) {
  Result r = Run({"count", "--method", "scottish-stv", "--blt", kGlasgow});
  ASSERT_EQ(r.code, kExitOk) << r.err;
  EXPECT_NE(r.out.find("Valid votes: 6900.00000   Quota: 1381.00000"), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("  1. Craig MacKay\n  2. Philip Braat\n  3. Nina Baker\n"
                       "  4. Gordon Matheson\n"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("Stage 2: Surplus of Craig MacKay (251.00000) transferred"),
            std::string::npos);
  EXPECT_NE(r.out.find("Stage 8: Exclusion of Ann Laird"), std::string::npos);
  EXPECT_EQ(r.out.find("Stage 9"), std::string::npos);
  EXPECT_EQ(r.err, "");
}

TEST_F(CountCommandTest, JsonIsOneDocumentWithExactFigures) {
  Result r = Run({"count", "--json", "--method", "scottish-stv", "--seats", "4", "--blt",
                  kGlasgow});
  ASSERT_EQ(r.code, kExitOk) << r.err;
  EXPECT_EQ(r.out.front(), '{');
  EXPECT_EQ(r.out.substr(r.out.size() - 2), "}\n");
  EXPECT_NE(r.out.find("\"quota\": \"1381.00000\""), std::string::npos);
  EXPECT_NE(r.out.find("\"elected\": [{\"candidate\": 7, \"name\": \"Craig MacKay\"}, "
                       "{\"candidate\": 3, \"name\": \"Philip Braat\"}, "
                       "{\"candidate\": 1, \"name\": \"Nina Baker\"}, "
                       "{\"candidate\": 8, \"name\": \"Gordon Matheson\"}]"),
            std::string::npos)
      << r.out.substr(0, 600);
  EXPECT_NE(r.out.find("\"votes\": \"1736.42172\""), std::string::npos);
}

TEST_F(CountCommandTest, MalformedBallotFileExitsTwoNamingTheLine) {
  const std::string path =
      WriteFile("bad.blt", "2 1\n1 1 0\n1 9 0\n0\n\"A\"\n\"B\"\n\"T\"\n");
  Result r = Run({"count", "--method", "plurality", "--blt", path});
  EXPECT_EQ(r.code, kExitUsage);
  EXPECT_EQ(r.err, "partnership: --blt: " + path +
                       ": line 3: candidate 9 does not exist (there are 2)\n");
  EXPECT_EQ(r.out, "");
}

TEST_F(CountCommandTest, SeatsThatDisagreeWithTheFileAreRefusedNamingBoth) {
  Result r = Run({"count", "--method", "scottish-stv", "--seats", "3", "--blt", kGlasgow});
  EXPECT_EQ(r.code, kExitUsage);
  EXPECT_EQ(r.err, std::string("partnership: --seats: 3 does not match the 4 seats in ") +
                       kGlasgow + "\n");
}

TEST_F(CountCommandTest, UnknownMethodMissingFileAndIrvForSeveralSeatsAreUsageErrors) {
  Result method = Run({"count", "--method", "borda", "--blt", kGlasgow});
  EXPECT_EQ(method.code, kExitUsage);
  EXPECT_EQ(method.err,
            "partnership: --method: \"borda\" is not one of plurality, irv, scottish-stv\n");
  EXPECT_EQ(Run({"count", "--method", "irv", "--blt", "/nonexistent.blt"}).code, kExitUsage);
  Result irv = Run({"count", "--method", "irv", "--blt", kGlasgow});
  EXPECT_EQ(irv.code, kExitUsage);
  EXPECT_NE(irv.err.find("instant-runoff fills one seat; this election has 4"),
            std::string::npos);
  EXPECT_EQ(Run({"count", "--blt", kGlasgow}).code, kExitUsage);  // --method is required
}

TEST_F(CountCommandTest, PluralityAndInstantRunoffPrintWholeVotes) {
  const std::string path = WriteFile(
      "irv.blt", "3 1\n4 1 0\n3 2 0\n2 3 2 0\n0\n\"Ann\"\n\"Bob\"\n\"Cat\"\n\"Chair\"\n");
  Result irv = Run({"count", "--method", "irv", "--blt", path});
  ASSERT_EQ(irv.code, kExitOk) << irv.err;
  EXPECT_NE(irv.out.find("  1. Bob\n"), std::string::npos) << irv.out;
  EXPECT_NE(irv.out.find("Stage 2: Exclusion of Cat"), std::string::npos) << irv.out;
  Result plurality = Run({"count", "--method", "plurality", "--blt", path});
  ASSERT_EQ(plurality.code, kExitOk) << plurality.err;
  EXPECT_NE(plurality.out.find("  1. Ann\n"), std::string::npos) << plurality.out;
}

TEST_F(CountCommandTest, UncontestedElectionSaysSo) {
  const std::string path = WriteFile("uncontested.blt", "2 2\n0\n\"A\"\n\"B\"\n\"T\"\n");
  Result r = Run({"count", "--method", "scottish-stv", "--blt", path});
  ASSERT_EQ(r.code, kExitOk) << r.err;
  EXPECT_NE(r.out.find("Note: uncontested: 2 candidates stand for 2 seats"), std::string::npos)
      << r.out;
}

}  // namespace
}  // namespace partnership::cli
