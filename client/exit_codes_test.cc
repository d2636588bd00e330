#include "client/exit_codes.h"

#include "gtest/gtest.h"

namespace partnership::cli {
namespace {

TEST(ExitCodesTest, EachServerRefusalHasItsOwnExitCode) {
  const std::pair<grpc::StatusCode, int> cases[] = {
      {grpc::StatusCode::INVALID_ARGUMENT, 3},  {grpc::StatusCode::NOT_FOUND, 4},
      {grpc::StatusCode::ALREADY_EXISTS, 5},    {grpc::StatusCode::PERMISSION_DENIED, 6},
      {grpc::StatusCode::UNAUTHENTICATED, 7},   {grpc::StatusCode::FAILED_PRECONDITION, 8},
      {grpc::StatusCode::UNAVAILABLE, 9},       {grpc::StatusCode::DEADLINE_EXCEEDED, 9},
      {grpc::StatusCode::INTERNAL, 1},          {grpc::StatusCode::UNIMPLEMENTED, 1},
  };
  for (const auto& [code, exit_code] : cases) {
    EXPECT_EQ(ExitCodeFor(FromGrpc(grpc::Status(code, "x"), "h:1")), exit_code) << code;
  }
  EXPECT_EQ(ExitCodeFor(FromGrpc(grpc::Status::OK, "h:1")), 0);
}

TEST(ExitCodesTest, UnreachableServerIsNamedInTheMessage) {
  absl::Status status =
      FromGrpc(grpc::Status(grpc::StatusCode::UNAVAILABLE, "failed to connect"), "10.0.0.9:50051");
  EXPECT_EQ(ErrorLine(status),
            "partnership: UNAVAILABLE: cannot reach the server at 10.0.0.9:50051: failed to "
            "connect");
}

TEST(ExitCodesTest, ServerErrorsPrintTheCodeNameAndTheServerMessage) {
  absl::Status status =
      FromGrpc(grpc::Status(grpc::StatusCode::NOT_FOUND, "school 999 is not in the register"),
               "h:1");
  EXPECT_EQ(ErrorLine(status), "partnership: NOT_FOUND: school 999 is not in the register");
}

TEST(ExitCodesTest, UsageErrorsAreExitTwoAndPrintWithoutACodeName) {
  absl::Status status = UsageError("--limit: \"0\" is not a positive whole number");
  EXPECT_EQ(ExitCodeFor(status), kExitUsage);
  EXPECT_EQ(ErrorLine(status), "partnership: --limit: \"0\" is not a positive whole number");
  // The same code from the server is not a usage error.
  EXPECT_EQ(ExitCodeFor(absl::InvalidArgumentError("bad row")), kExitInvalidArgument);
}

TEST(ExitCodesTest, BrokenAuditChainIsExitTen) {
  EXPECT_EQ(ExitCodeFor(IntegrityError("not intact")), kExitIntegrity);
  EXPECT_EQ(ErrorLine(IntegrityError("not intact")),
            "partnership: integrity check failed: not intact");
  EXPECT_EQ(ExitCodeFor(absl::DataLossError("backup damaged")), kExitInternal);
}

TEST(ExitCodesTest, HelpFooterListsEveryCode) {
  const std::string help = ExitCodeHelp();
  for (const char* code : {" 0 ", " 1 ", " 2 ", " 3 ", " 4 ", " 5 ", " 6 ", " 7 ", " 8 ", " 9 ",
                           "10 "}) {
    EXPECT_NE(help.find(code), std::string::npos) << code;
  }
}

}  // namespace
}  // namespace partnership::cli
