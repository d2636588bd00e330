// `partnership admin token create|list|revoke`: the bearer tokens people and scripts use.

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <memory>
#include <string>

#include "CLI/CLI.hpp"
#include "absl/strings/str_cat.h"
#include "client/arguments.h"
#include "client/commands.h"
#include "client/exit_codes.h"
#include "client/table.h"
#include "common/status_macros.h"
#include "partnership/v1/access.grpc.pb.h"

namespace partnership::cli {
namespace {

struct CreateArgs {
  std::string role, school, person, label, out;
};

// Opens `path` for the secret before the token exists, so a bad --out costs no token whose
// secret would then be lost. O_EXCL: an existing file keeps its own (maybe looser) mode when
// truncated, so overwriting could leave a secret world-readable.
absl::StatusOr<int> OpenSecretFile(const std::string& path) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) {
    return UsageError(absl::StrCat("--out: cannot create ", path, ": ", std::strerror(errno),
                                   errno == EEXIST ? " (remove it first)" : ""));
  }
  return fd;
}

absl::Status WriteSecret(int fd, const std::string& path, const std::string& secret) {
  const std::string line = secret + "\n";
  const ssize_t n = ::write(fd, line.data(), line.size());
  const bool ok = n == static_cast<ssize_t>(line.size()) && ::fsync(fd) == 0;
  const int error = errno;
  if (::close(fd) != 0 || !ok) {
    return absl::InternalError(absl::StrCat("--out: cannot write ", path, ": ",
                                            std::strerror(error)));
  }
  return absl::OkStatus();
}

absl::Status Create(CliContext& ctx, const CreateArgs& args) {
  v1::CreateTokenRequest request;
  v1::Token* token = request.mutable_token();
  ASSIGN_OR_RETURN(auto role, ParseAccessRole("--role", args.role));
  token->set_role(role);
  if (!args.school.empty()) {
    ASSIGN_OR_RETURN(std::string urn, ParseUrn("--school", args.school));
    token->set_school_urn(urn);
  }
  if (role == v1::ACCESS_ROLE_SCHOOL && token->school_urn().empty()) {
    return UsageError("--school: a school token needs the school's URN");
  }
  if (role == v1::ACCESS_ROLE_REVIEWER && args.person.empty()) {
    return UsageError("--person: a reviewer token needs the leader's person id");
  }
  token->set_person_id(args.person);
  ASSIGN_OR_RETURN(std::string label, ParseNonEmpty("--label", args.label));
  token->set_label(label);

  int fd = -1;
  if (!args.out.empty()) {
    ASSIGN_OR_RETURN(fd, OpenSecretFile(args.out));
  }
  auto stub = v1::AccessService::NewStub(ctx.channel());
  v1::CreateTokenResponse response;
  auto call = ctx.NewCall();
  absl::Status status = ctx.Check(stub->CreateToken(call.get(), request, &response));
  if (!status.ok()) {
    if (fd >= 0) {
      ::close(fd);
      ::unlink(args.out.c_str());
    }
    return status;
  }
  if (fd >= 0) {
    RETURN_IF_ERROR(WriteSecret(fd, args.out, response.secret()));
    ctx.err() << "wrote the secret of token " << response.token().id() << " to " << args.out
              << " (mode 0600); it is not shown again\n";
    // The secret is in the file: keep it out of terminals and logs.
    response.clear_secret();
    if (ctx.json()) return ctx.PrintJson(response);
    ctx.out() << "token " << response.token().id() << "\n";
    return absl::OkStatus();
  }
  if (ctx.json()) return ctx.PrintJson(response);
  ctx.out() << "token " << response.token().id() << "\nsecret " << response.secret() << "\n";
  ctx.err() << "the secret is shown once: store it now\n";
  return absl::OkStatus();
}

absl::Status List(CliContext& ctx, bool include_revoked) {
  auto stub = v1::AccessService::NewStub(ctx.channel());
  v1::ListTokensRequest request;
  request.set_include_revoked(include_revoked);
  request.set_page_size(1000);
  v1::ListTokensResponse all;
  do {
    v1::ListTokensResponse page;
    auto call = ctx.NewCall();
    RETURN_IF_ERROR(ctx.Check(stub->ListTokens(call.get(), request, &page)));
    for (auto& token : *page.mutable_tokens()) *all.add_tokens() = std::move(token);
    request.set_page_token(page.next_page_token());
  } while (!request.page_token().empty());

  if (ctx.json()) return ctx.PrintJson(all);
  Table table({"ID", "ROLE", "SCHOOL", "PERSON", "LABEL", "CREATED", "REVOKED"});
  table.SetMaxWidth(4, 40);
  for (const auto& t : all.tokens()) {
    table.AddRow({t.id(), AccessRoleName(t.role()), t.school_urn(), t.person_id(), t.label(),
                  FormatTimestamp(t.create_time()), FormatTimestamp(t.revoke_time())});
  }
  ctx.out() << table.Render();
  ctx.err() << all.tokens_size() << (all.tokens_size() == 1 ? " token\n" : " tokens\n");
  return absl::OkStatus();
}

absl::Status Revoke(CliContext& ctx, const std::string& id) {
  ASSIGN_OR_RETURN(std::string checked, ParseNonEmpty("ID", id));
  auto stub = v1::AccessService::NewStub(ctx.channel());
  v1::RevokeTokenRequest request;
  request.set_id(checked);
  v1::Token token;
  auto call = ctx.NewCall();
  RETURN_IF_ERROR(ctx.Check(stub->RevokeToken(call.get(), request, &token)));
  if (ctx.json()) return ctx.PrintJson(token);
  ctx.err() << "revoked token " << token.id() << " (" << token.label() << ")\n";
  return absl::OkStatus();
}

}  // namespace

void AddTokenCommands(CLI::App& admin, CliContext& ctx) {
  CLI::App* tokens = admin.add_subcommand("token", "Access tokens. Coordinator only.");
  tokens->require_subcommand(1);
  tokens->footer(kGlobalOptionsFooter);

  auto create_args = std::make_shared<CreateArgs>();
  CLI::App* create = tokens->add_subcommand(
      "create", "Issue a token. Prints its id and, once only, its secret.");
  create->add_option("--role", create_args->role,
                     "coordinator, board-member, school, la-officer or reviewer")
      ->required();
  create->add_option("--school", create_args->school, "The school a school token acts for (URN)");
  create->add_option("--person", create_args->person,
                     "The person behind the token (required for reviewer)");
  create->add_option("--label", create_args->label, "Who or what the token is for")->required();
  create->add_option("--out", create_args->out,
                     "Write the secret to this new file (mode 0600) instead of stdout");
  create->callback([&ctx, create_args] {
    ctx.SetAction([&ctx, create_args] { return Create(ctx, *create_args); });
  });

  auto include_revoked = std::make_shared<bool>(false);
  CLI::App* list = tokens->add_subcommand("list", "List tokens (never their secrets)");
  list->add_flag("--include-revoked", *include_revoked, "Revoked tokens too");
  list->callback([&ctx, include_revoked] {
    ctx.SetAction([&ctx, include_revoked] { return List(ctx, *include_revoked); });
  });

  auto revoke_id = std::make_shared<std::string>();
  CLI::App* revoke = tokens->add_subcommand(
      "revoke", "Revoke a token: it is refused from the next call on");
  revoke->add_option("ID", *revoke_id, "The token id")->required();
  revoke->callback([&ctx, revoke_id] {
    ctx.SetAction([&ctx, revoke_id] { return Revoke(ctx, *revoke_id); });
  });
}

}  // namespace partnership::cli
