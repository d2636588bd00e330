// `partnership demo seed`: a synthetic county for trying the partnership out.

#include <memory>
#include <string>

#include "CLI/CLI.hpp"
#include "client/arguments.h"
#include "client/commands.h"
#include "common/status_macros.h"
#include "partnership/v1/admin.grpc.pb.h"

namespace partnership::cli {
namespace {

absl::Status Seed(CliContext& ctx, const std::string& seed_text) {
  uint64_t seed = 1;
  if (!seed_text.empty()) {
    ASSIGN_OR_RETURN(seed, ParseUnsigned("--seed", seed_text));
  }
  auto stub = v1::AdminService::NewStub(ctx.channel());
  v1::SeedDemoRequest request;
  request.set_seed(seed);
  v1::SeedDemoResponse response;
  auto call = ctx.NewCall();
  RETURN_IF_ERROR(ctx.Check(stub->SeedDemo(call.get(), request, &response)));
  if (ctx.json()) return ctx.PrintJson(response);
  ctx.out() << "seeded " << response.schools() << " schools, " << response.people()
            << " people, " << response.review_groups() << " review groups, "
            << response.trusts() << " trusts; " << response.members()
            << " schools are members for 2026-27\n";
  return absl::OkStatus();
}

}  // namespace

void AddDemoCommands(CLI::App& app, CliContext& ctx) {
  CLI::App* demo = app.add_subcommand("demo", "Demonstration data");
  demo->require_subcommand(1);
  demo->footer(kGlobalOptionsFooter);

  auto seed = std::make_shared<std::string>();
  CLI::App* seed_cmd = demo->add_subcommand(
      "seed",
      "Load a synthetic county (schools, people, training) into an EMPTY register; the same "
      "seed gives the same county. Coordinator only; exit 8 if any school exists.");
  seed_cmd->add_option("--seed", *seed, "Random seed (default 1)");
  seed_cmd->callback([&ctx, seed] { ctx.SetAction([&ctx, seed] { return Seed(ctx, *seed); }); });
}

}  // namespace partnership::cli
