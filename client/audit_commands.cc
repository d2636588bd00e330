// `partnership audit list|verify`: the hash-chained audit trail.

#include <algorithm>
#include <memory>
#include <string>

#include "CLI/CLI.hpp"
#include "absl/strings/str_cat.h"
#include "client/arguments.h"
#include "client/commands.h"
#include "client/exit_codes.h"
#include "client/table.h"
#include "common/status_macros.h"
#include "partnership/v1/audit.grpc.pb.h"

namespace partnership::cli {
namespace {

struct ListArgs {
  std::string record, limit;
};

absl::Status List(CliContext& ctx, const ListArgs& args) {
  int32_t limit = 0;  // 0: all
  if (!args.limit.empty()) {
    ASSIGN_OR_RETURN(limit, ParsePositiveInt("--limit", args.limit));
  }
  auto stub = v1::AuditService::NewStub(ctx.channel());
  v1::ListAuditEntriesRequest request;
  request.set_record_prefix(args.record);
  v1::ListAuditEntriesResponse all;
  do {
    const int remaining = limit > 0 ? limit - all.entries_size() : 1000;
    request.set_page_size(std::min(remaining, 1000));
    v1::ListAuditEntriesResponse page;
    auto call = ctx.NewCall();
    RETURN_IF_ERROR(ctx.Check(stub->ListAuditEntries(call.get(), request, &page)));
    for (auto& entry : *page.mutable_entries()) {
      if (limit > 0 && all.entries_size() >= limit) break;
      *all.add_entries() = std::move(entry);
    }
    request.set_page_token(page.next_page_token());
  } while (!request.page_token().empty() && (limit == 0 || all.entries_size() < limit));

  if (ctx.json()) return ctx.PrintJson(all);
  Table table({"SEQ", "TIME", "ACTOR", "ACTION", "RECORD", "DETAIL"});
  table.AlignRight(0);
  table.SetMaxWidth(5, 60);
  for (const auto& e : all.entries()) {
    table.AddRow({std::to_string(e.sequence()), FormatTimestamp(e.time()), e.actor(), e.action(),
                  e.record(), e.detail()});
  }
  ctx.out() << table.Render();
  ctx.err() << all.entries_size() << (all.entries_size() == 1 ? " entry\n" : " entries\n");
  return absl::OkStatus();
}

std::string KindName(v1::AuditProblem::Kind kind) {
  switch (kind) {
    case v1::AuditProblem::KIND_EDITED:
      return "edited";
    case v1::AuditProblem::KIND_REMOVED:
      return "removed";
    case v1::AuditProblem::KIND_REORDERED:
      return "reordered";
    default:
      return "problem";
  }
}

// The server's answer is printed either way; a trail that is not intact is an
// IntegrityError (exit 10) so scripts and cron jobs notice.
absl::Status Verify(CliContext& ctx) {
  auto stub = v1::AuditService::NewStub(ctx.channel());
  v1::VerifyAuditTrailResponse response;
  auto call = ctx.NewCall();
  RETURN_IF_ERROR(ctx.Check(
      stub->VerifyAuditTrail(call.get(), v1::VerifyAuditTrailRequest(), &response)));
  if (ctx.json()) {
    RETURN_IF_ERROR(ctx.PrintJson(response));
  } else {
    ctx.out() << (response.intact() ? "intact" : "NOT INTACT") << ": "
              << response.entries_checked() << " entries checked, "
              << response.problems_size()
              << (response.problems_size() == 1 ? " problem\n" : " problems\n");
    ctx.out() << "head hash: " << response.head_hash() << "\n";
    for (const auto& p : response.problems()) {
      ctx.out() << "  entry " << p.sequence() << ": " << KindName(p.kind()) << ": "
                << p.message() << "\n";
    }
  }
  if (!response.intact()) {
    return IntegrityError(absl::StrCat("the audit trail is not intact (",
                                       response.problems_size(),
                                       response.problems_size() == 1 ? " problem)" : " problems)"));
  }
  return absl::OkStatus();
}

}  // namespace

void AddAuditCommands(CLI::App& app, CliContext& ctx) {
  CLI::App* audit = app.add_subcommand(
      "audit", "The append-only, hash-chained record of every change");
  audit->require_subcommand(1);
  audit->footer(kGlobalOptionsFooter);

  auto list_args = std::make_shared<ListArgs>();
  CLI::App* list = audit->add_subcommand("list", "List audit entries; the count goes to stderr");
  list->add_option("--record", list_args->record,
                   "Only records starting with this, e.g. school/115481 or person/");
  list->add_option("--limit", list_args->limit, "At most this many entries");
  list->callback([&ctx, list_args] {
    ctx.SetAction([&ctx, list_args] { return List(ctx, *list_args); });
  });

  CLI::App* verify = audit->add_subcommand(
      "verify",
      "Recompute the hash chain on the server. Exit 0 if intact, 10 if any entry was "
      "edited, removed or reordered.");
  verify->callback([&ctx] { ctx.SetAction([&ctx] { return Verify(ctx); }); });
}

}  // namespace partnership::cli
