#include "client/cli_context.h"

#include <cstdio>
#include <fstream>
#include <string>

#include "client/exit_codes.h"
#include "gtest/gtest.h"

namespace partnership::cli {
namespace {

std::string TempFile(const std::string& name, const std::string& contents) {
  const std::string path = ::testing::TempDir() + "/cli_context_test_" + name;
  std::ofstream(path) << contents;
  return path;
}

TEST(ResolveTokenTest, TokenFileIsReadAndItsNewlineStripped) {
  const std::string path = TempFile("token", "  s3cret-value\n");
  EXPECT_EQ(*ResolveToken(path, "from-env", nullptr), "s3cret-value");
}

TEST(ResolveTokenTest, EnvironmentSecretComesBeforeEnvironmentFile) {
  const std::string path = TempFile("env_token", "from-file\n");
  EXPECT_EQ(*ResolveToken("", "from-env", path.c_str()), "from-env");
  EXPECT_EQ(*ResolveToken("", "", path.c_str()), "from-file");
  EXPECT_EQ(*ResolveToken("", nullptr, path.c_str()), "from-file");
}

TEST(ResolveTokenTest, NoTokenAnywhereMeansNoToken) {
  auto token = ResolveToken("", nullptr, nullptr);
  ASSERT_TRUE(token.ok());
  EXPECT_EQ(*token, "");
}

TEST(ResolveTokenTest, UnreadableFileIsAUsageErrorNamingIt) {
  auto token = ResolveToken("/nonexistent/token", nullptr, nullptr);
  EXPECT_EQ(ExitCodeFor(token.status()), kExitUsage);
  EXPECT_NE(token.status().message().find("--token-file: cannot read /nonexistent/token"),
            absl::string_view::npos)
      << token.status();
  auto from_env = ResolveToken("", nullptr, "/nonexistent/env-token");
  EXPECT_NE(from_env.status().message().find("PARTNERSHIP_TOKEN_FILE: cannot read"),
            absl::string_view::npos)
      << from_env.status();
}

TEST(ResolveTokenTest, EmptyOrSpacedTokensAreRefused) {
  EXPECT_EQ(ExitCodeFor(ResolveToken(TempFile("empty", "\n"), nullptr, nullptr).status()),
            kExitUsage);
  EXPECT_EQ(ExitCodeFor(ResolveToken("", "two words", nullptr).status()), kExitUsage);
}

}  // namespace
}  // namespace partnership::cli
