// `partnership reviews conflict ...`: schools whose leaders never review one another.

#include <memory>
#include <string>

#include "CLI/CLI.hpp"
#include "client/arguments.h"
#include "client/commands.h"
#include "client/table.h"
#include "common/status_macros.h"
#include "partnership/v1/reviews.grpc.pb.h"

namespace partnership::cli {
namespace {

struct ConflictArgs {
  std::string a, b, reason;
};

absl::Status Add(CliContext& ctx, const ConflictArgs& args) {
  v1::CreateConflictRequest req;
  ASSIGN_OR_RETURN(*req.mutable_conflict()->mutable_school_a(), ParseUrn("A", args.a));
  ASSIGN_OR_RETURN(*req.mutable_conflict()->mutable_school_b(), ParseUrn("B", args.b));
  ASSIGN_OR_RETURN(*req.mutable_conflict()->mutable_reason(), ParseNonEmpty("--reason", args.reason));
  auto stub = v1::ReviewService::NewStub(ctx.channel());
  v1::Conflict created;
  RETURN_IF_ERROR(ctx.Check(stub->CreateConflict(ctx.NewCall().get(), req, &created)));
  if (ctx.json()) return ctx.PrintJson(created);
  ctx.out() << "schools " << created.school_a() << " and " << created.school_b()
            << " will not review each other (" << created.reason() << ")\n";
  return absl::OkStatus();
}

absl::Status List(CliContext& ctx) {
  auto stub = v1::ReviewService::NewStub(ctx.channel());
  v1::ListConflictsResponse resp;
  RETURN_IF_ERROR(
      ctx.Check(stub->ListConflicts(ctx.NewCall().get(), v1::ListConflictsRequest(), &resp)));
  if (ctx.json()) return ctx.PrintJson(resp);
  Table t({"SCHOOL A", "SCHOOL B", "REASON"});
  for (const v1::Conflict& c : resp.conflicts()) t.AddRow({c.school_a(), c.school_b(), c.reason()});
  ctx.out() << t.Render();
  return absl::OkStatus();
}

absl::Status Remove(CliContext& ctx, const ConflictArgs& args) {
  v1::DeleteConflictRequest req;
  ASSIGN_OR_RETURN(*req.mutable_school_a(), ParseUrn("A", args.a));
  ASSIGN_OR_RETURN(*req.mutable_school_b(), ParseUrn("B", args.b));
  auto stub = v1::ReviewService::NewStub(ctx.channel());
  google::protobuf::Empty empty;
  RETURN_IF_ERROR(ctx.Check(stub->DeleteConflict(ctx.NewCall().get(), req, &empty)));
  ctx.err() << "removed the conflict between " << req.school_a() << " and " << req.school_b()
            << "\n";
  return absl::OkStatus();
}

}  // namespace

void AddConflictCommands(CLI::App& reviews, CliContext& ctx) {
  CLI::App* conflict = reviews.add_subcommand(
      "conflict", "Pairs of schools whose leaders never review one another");
  conflict->require_subcommand(1);
  auto args = std::make_shared<ConflictArgs>();
  CLI::App* add = conflict->add_subcommand("add", "Record a conflict (federated, shared governors...)");
  add->add_option("A", args->a, "One school (URN)")->required();
  add->add_option("B", args->b, "The other school (URN)")->required();
  add->add_option("--reason", args->reason, "Why, in a few words")->required();
  add->callback([&ctx, args] { ctx.SetAction([&ctx, args] { return Add(ctx, *args); }); });
  CLI::App* list = conflict->add_subcommand("list", "List recorded conflicts");
  list->callback([&ctx] { ctx.SetAction([&ctx] { return List(ctx); }); });
  auto remove_args = std::make_shared<ConflictArgs>();
  CLI::App* remove = conflict->add_subcommand("remove", "Remove a conflict");
  remove->add_option("A", remove_args->a, "One school (URN)")->required();
  remove->add_option("B", remove_args->b, "The other school (URN)")->required();
  remove->callback([&ctx, remove_args] {
    ctx.SetAction([&ctx, remove_args] { return Remove(ctx, *remove_args); });
  });
}

}  // namespace partnership::cli
