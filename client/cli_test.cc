// Runs the command line in-process against an address where nothing listens: every case
// here must be decided before or without a server.
#include "client/cli.h"

#include <sys/stat.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "client/exit_codes.h"
#include "gtest/gtest.h"

namespace partnership::cli {
namespace {

// Port 1 on loopback: nothing listens, so a call fails at once with UNAVAILABLE.
constexpr char kNowhere[] = "127.0.0.1:1";

struct Result {
  int code;
  std::string out, err;
};

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ::unsetenv("PARTNERSHIP_SERVER");
    ::unsetenv("PARTNERSHIP_TOKEN");
    ::unsetenv("PARTNERSHIP_TOKEN_FILE");
  }

  static Result Run(std::vector<std::string> args) {
    args.insert(args.begin(), "partnership");
    std::vector<const char*> argv;
    for (const auto& a : args) argv.push_back(a.c_str());
    std::ostringstream out, err;
    const int code = RunCli(static_cast<int>(argv.size()), argv.data(), out, err);
    return {code, out.str(), err.str()};
  }
};

TEST_F(CliTest, ImpossibleTrainingDateIsRefusedBeforeAnyCall) {
  Result r = Run({"--server", kNowhere, "people", "add", "--role", "headteacher", "--school",
                  "115481", "--given", "Ann", "--family", "Lee", "--email", "a@b.uk",
                  "--trained-on", "2027-02-30"});
  EXPECT_EQ(r.code, kExitUsage);
  EXPECT_EQ(r.err, "partnership: --trained-on: \"2027-02-30\" is not a date (YYYY-MM-DD)\n");
  EXPECT_EQ(r.out, "");
}

TEST_F(CliTest, UnknownRoleNamesTheFlagAndTheAllowedValues) {
  Result r = Run({"--server", kNowhere, "people", "list", "--role", "Wizard"});
  EXPECT_EQ(r.code, kExitUsage);
  EXPECT_NE(r.err.find("--role: \"Wizard\" is not one of headteacher, deputy-head"),
            std::string::npos)
      << r.err;
}

TEST_F(CliTest, SchoolUpdateWithNothingToChangeIsAUsageError) {
  Result r = Run({"--server", kNowhere, "schools", "update", "115481"});
  EXPECT_EQ(r.code, kExitUsage);
  EXPECT_NE(r.err.find("nothing to change"), std::string::npos) << r.err;
}

TEST_F(CliTest, PersonUpdateWithNothingToChangeIsAUsageError) {
  EXPECT_EQ(Run({"--server", kNowhere, "people", "update", "p1"}).code, kExitUsage);
}

TEST_F(CliTest, CycleUpdateWithNothingToChangeOrANegativeWeightIsAUsageError) {
  Result r = Run({"--server", kNowhere, "reviews", "cycle", "update", "--cycle", "2026-27"});
  EXPECT_EQ(r.code, kExitUsage);
  EXPECT_NE(r.err.find("nothing to change"), std::string::npos) << r.err;
  r = Run({"--server", kNowhere, "reviews", "cycle", "update", "--cycle", "2026-27",
           "--fairness-per-day", "-5"});
  EXPECT_EQ(r.code, kExitUsage);
  EXPECT_EQ(r.err, "partnership: --fairness-per-day: \"-5\" is not a number of 0 or more\n");
  r = Run({"--server", kNowhere, "reviews", "cycle", "create", "--cycle", "2026-28", "--dates",
           "2027-05-04"});
  EXPECT_EQ(r.code, kExitUsage);
  EXPECT_NE(r.err.find("--cycle: \"2026-28\" is not an academic year"), std::string::npos)
      << r.err;
}

TEST_F(CliTest, RepairNeedsBothThePreviousScheduleAndTheLeaderWhoWithdrew) {
  Result r = Run({"schedule", "--problem", "p.json", "--out", "s.json", "--previous", "old.json"});
  EXPECT_EQ(r.code, kExitUsage);
  EXPECT_NE(r.err.find("--previous and --withdraw go together"), std::string::npos) << r.err;
  EXPECT_EQ(Run({"schedule", "--problem", "p.json", "--out", "s.json", "--withdraw", "847"}).code,
            kExitUsage);
}

TEST_F(CliTest, UnknownFlagsAndMissingVerbsAreUsageErrors) {
  EXPECT_EQ(Run({"schools", "list", "--colour"}).code, kExitUsage);
  EXPECT_EQ(Run({"schools"}).code, kExitUsage);
  EXPECT_EQ(Run({}).code, kExitUsage);
  EXPECT_EQ(Run({"schools", "import", "x.csv"}).code, kExitUsage);  // --la is required
}

TEST_F(CliTest, GlobalOptionsWorkAfterTheVerbAndTheUnreachableServerIsNamed) {
  Result r = Run({"schools", "list", "--timeout", "5", "--server", kNowhere, "--json"});
  EXPECT_EQ(r.code, kExitUnavailable);
  EXPECT_NE(r.err.find("partnership: UNAVAILABLE: cannot reach the server at 127.0.0.1:1"),
            std::string::npos)
      << r.err;
}

TEST_F(CliTest, ServerAddressComesFromTheEnvironmentWhenNotGiven) {
  ::setenv("PARTNERSHIP_SERVER", kNowhere, 1);
  Result r = Run({"admin", "info"});
  EXPECT_EQ(r.code, kExitUnavailable);
  EXPECT_NE(r.err.find("127.0.0.1:1"), std::string::npos) << r.err;
}

TEST_F(CliTest, HealthOfAnUnreachableServerIsExitNineAfterTheWait) {
  Result r = Run({"--server", kNowhere, "admin", "health", "--wait", "0.6"});
  EXPECT_EQ(r.code, kExitUnavailable);
  EXPECT_NE(r.err.find("127.0.0.1:1"), std::string::npos) << r.err;
}

// A script waits for a server it has just started, whose token file does not exist yet.
TEST_F(CliTest, HealthNeedsNoTokenEvenWhenTheTokenFileIsNotThereYet) {
  ::setenv("PARTNERSHIP_TOKEN_FILE", "/nonexistent/p.db.coordinator-token", 1);
  Result r = Run({"--server", kNowhere, "admin", "health", "--wait", "0.3"});
  EXPECT_EQ(r.code, kExitUnavailable);
  EXPECT_EQ(Run({"--server", kNowhere, "admin", "info"}).code, kExitUsage);
}

TEST_F(CliTest, BadTimeoutAndUnreadableFilesAreUsageErrors) {
  EXPECT_EQ(Run({"--timeout", "0", "admin", "info"}).code, kExitUsage);
  Result r = Run({"--server", kNowhere, "--token-file", "/nonexistent/t", "admin", "info"});
  EXPECT_EQ(r.code, kExitUsage);
  EXPECT_NE(r.err.find("/nonexistent/t"), std::string::npos) << r.err;
  EXPECT_EQ(Run({"--server", kNowhere, "--tls-ca", "/nonexistent/ca.pem", "admin", "info"}).code,
            kExitUsage);
  Result import = Run({"--server", kNowhere, "schools", "import", "/nonexistent.csv", "--la",
                       "916"});
  EXPECT_EQ(import.code, kExitUsage);
  EXPECT_NE(import.err.find("/nonexistent.csv"), std::string::npos) << import.err;
}

TEST_F(CliTest, TokenOutFileThatExistsIsRefusedBeforeTheTokenIsMade) {
  const std::string path = ::testing::TempDir() + "/cli_test_existing_secret";
  std::ofstream(path) << "keep me\n";
  Result r = Run({"--server", kNowhere, "admin", "token", "create", "--role", "school",
                  "--school", "115481", "--label", "x", "--out", path});
  EXPECT_EQ(r.code, kExitUsage);
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);
  EXPECT_EQ(line, "keep me");
}

TEST_F(CliTest, FailedTokenCreationLeavesNoOutFile) {
  const std::string path = ::testing::TempDir() + "/cli_test_new_secret";
  std::remove(path.c_str());
  Result r = Run({"--server", kNowhere, "--timeout", "5", "admin", "token", "create", "--role",
                  "school", "--school", "115481", "--label", "x", "--out", path});
  EXPECT_EQ(r.code, kExitUnavailable);
  struct stat st;
  EXPECT_NE(::stat(path.c_str(), &st), 0);
}

TEST_F(CliTest, SchoolTokenWithoutASchoolIsAUsageError) {
  EXPECT_EQ(Run({"--server", kNowhere, "admin", "token", "create", "--role", "school",
                 "--label", "x"})
                .code,
            kExitUsage);
}

TEST_F(CliTest, FailedBackupLeavesNeitherFileNorTemporary) {
  const std::string path = ::testing::TempDir() + "/cli_test_backup.db";
  std::remove(path.c_str());
  Result r = Run({"--server", kNowhere, "--timeout", "5", "admin", "backup", path});
  EXPECT_EQ(r.code, kExitUnavailable);
  struct stat st;
  EXPECT_NE(::stat(path.c_str(), &st), 0);
  EXPECT_NE(::stat((path + ".tmp").c_str(), &st), 0);
}

TEST_F(CliTest, HelpListsTheExitCodesAndEachNounItsVerbs) {
  Result top = Run({"--help"});
  EXPECT_EQ(top.code, 0);
  EXPECT_NE(top.out.find("Exit codes:"), std::string::npos) << top.out;
  EXPECT_NE(top.out.find("10  integrity check failed"), std::string::npos) << top.out;
  Result schools = Run({"schools", "--help"});
  EXPECT_EQ(schools.code, 0);
  for (const char* verb : {"import", "list", "get", "update"}) {
    EXPECT_NE(schools.out.find(verb), std::string::npos) << verb;
  }
  Result add = Run({"people", "add", "--help"});
  EXPECT_EQ(add.code, 0);
  EXPECT_NE(add.out.find("--trained-on"), std::string::npos) << add.out;
}

}  // namespace
}  // namespace partnership::cli
