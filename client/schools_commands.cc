// `partnership schools import|list|get|update`: the register of member schools.

#include <algorithm>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "CLI/CLI.hpp"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "client/arguments.h"
#include "client/commands.h"
#include "client/exit_codes.h"
#include "client/table.h"
#include "common/status_macros.h"
#include "partnership/v1/registry.grpc.pb.h"

namespace partnership::cli {
namespace {

// GIAS exports run to ~60 MB; 1 MiB messages keep each well under gRPC's 4 MB default.
constexpr size_t kChunkBytes = 1 << 20;

constexpr char kPhaseHelp[] =
    "nursery, primary, middle, secondary, all-through, special, alternative-provision, "
    "post-16 or other";

struct ImportArgs {
  std::string file;
  std::string la;
  bool dry_run = false;
};

struct ListArgs {
  std::string phase, group, la, limit;
  bool include_closed = false;
};

struct UpdateArgs {
  std::string urn;
  std::string review_group, phase, trust, diocese;
  CLI::Option* review_group_opt = nullptr;
  CLI::Option* phase_opt = nullptr;
  CLI::Option* trust_opt = nullptr;
  CLI::Option* diocese_opt = nullptr;
};

std::string Basename(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

absl::Status Import(CliContext& ctx, const ImportArgs& args) {
  ASSIGN_OR_RETURN(std::string la, ParseLaCode("--la", args.la));
  // Open before calling, so an unreadable file is a usage error and nothing is sent.
  std::ifstream in(args.file, std::ios::binary);
  if (!in) return UsageError(absl::StrCat("FILE: cannot read ", args.file));

  auto stub = v1::RegistryService::NewStub(ctx.channel());
  auto call = ctx.NewCall();
  v1::ImportSchoolsResponse response;
  auto writer = stub->ImportSchools(call.get(), &response);

  v1::ImportSchoolsRequest request;
  auto* header = request.mutable_header();
  header->set_la_code(la);
  header->set_dry_run(args.dry_run);
  header->set_file_name(Basename(args.file));
  // A failed Write means the server has already answered (say, PERMISSION_DENIED): stop
  // sending and let Finish() report why.
  bool open = writer->Write(request);
  std::string buffer(kChunkBytes, '\0');
  bool read_failed = false;
  while (open && in) {
    in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    const std::streamsize n = in.gcount();
    if (n <= 0) break;
    request.set_chunk(buffer.data(), static_cast<size_t>(n));
    open = writer->Write(request);
  }
  if (in.bad()) read_failed = true;
  if (read_failed) {
    call->TryCancel();
    writer->Finish().IgnoreError();
    return UsageError(absl::StrCat("FILE: error reading ", args.file));
  }
  writer->WritesDone();
  RETURN_IF_ERROR(ctx.Check(writer->Finish()));

  if (ctx.json()) return ctx.PrintJson(response);
  ctx.out() << (args.dry_run || response.dry_run() ? "dry run, nothing written: " : "") << "added "
            << response.added() << ", updated " << response.updated() << ", unchanged "
            << response.unchanged() << ", closed " << response.closed() << ", skipped "
            << response.skipped() << " (rows read " << response.rows_read() << ")\n";
  return absl::OkStatus();
}

std::string PupilsCell(const v1::School& school) {
  return school.has_pupils() ? std::to_string(school.pupils()) : "";
}

absl::Status List(CliContext& ctx, const ListArgs& args) {
  v1::ListSchoolsRequest request;
  if (!args.phase.empty()) {
    ASSIGN_OR_RETURN(auto phase, ParsePhase("--phase", args.phase));
    request.set_phase(phase);
  }
  if (!args.la.empty()) {
    ASSIGN_OR_RETURN(auto la, ParseLaCode("--la", args.la));
    request.set_la_code(la);
  }
  int32_t limit = 0;  // 0: all
  if (!args.limit.empty()) {
    ASSIGN_OR_RETURN(limit, ParsePositiveInt("--limit", args.limit));
  }
  request.set_review_group(args.group);
  request.set_include_closed(args.include_closed);

  auto stub = v1::RegistryService::NewStub(ctx.channel());
  v1::ListSchoolsResponse all;
  do {
    const int remaining = limit > 0 ? limit - all.schools_size() : 1000;
    request.set_page_size(std::min(remaining, 1000));
    v1::ListSchoolsResponse page;
    auto call = ctx.NewCall();
    RETURN_IF_ERROR(ctx.Check(stub->ListSchools(call.get(), request, &page)));
    for (auto& school : *page.mutable_schools()) {
      if (limit > 0 && all.schools_size() >= limit) break;
      *all.add_schools() = std::move(school);
    }
    all.set_total_size(page.total_size());
    request.set_page_token(page.next_page_token());
  } while (!request.page_token().empty() && (limit == 0 || all.schools_size() < limit));

  if (ctx.json()) return ctx.PrintJson(all);
  Table table({"URN", "NAME", "PHASE", "REVIEW GROUP", "TRUST", "PUPILS", "TOWN"});
  table.AlignRight(5);
  table.SetMaxWidth(1, 48);
  table.SetMaxWidth(4, 36);
  for (const auto& s : all.schools()) {
    std::string name = s.name();
    if (s.status() == v1::SCHOOL_STATUS_CLOSED) name += " (closed)";
    table.AddRow({s.urn(), name, PhaseName(s.phase()), s.review_group(), s.trust(),
                  PupilsCell(s), s.town()});
  }
  ctx.out() << table.Render();
  if (all.schools_size() < all.total_size()) {
    ctx.err() << all.schools_size() << " of " << all.total_size() << " schools\n";
  } else {
    ctx.err() << all.schools_size() << (all.schools_size() == 1 ? " school\n" : " schools\n");
  }
  return absl::OkStatus();
}

void PrintSchool(CliContext& ctx, const v1::School& s) {
  auto line = [&](absl::string_view label, const std::string& value) {
    if (!value.empty()) ctx.out() << label << ": " << value << "\n";
  };
  line("URN", s.urn());
  line("Name", s.name());
  line("Status", s.status() == v1::SCHOOL_STATUS_CLOSED ? "closed" : "open");
  line("Local authority", absl::StrCat(s.la_code(), s.la_name().empty() ? "" : " ", s.la_name()));
  line("Type", s.establishment_type());
  line("Phase", PhaseName(s.phase()));
  line("Review group", absl::StrCat(s.review_group(),
                                    s.review_group_set_by_coordinator() ? " (set by coordinator)"
                                                                         : ""));
  line("Trust", s.trust());
  line("Diocese", s.diocese());
  line("Religious character", s.religious_character());
  line("Pupils", PupilsCell(s));
  line("Head", s.head_name());
  line("Town", s.town());
  line("District", s.district());
  line("Postcode", s.postcode());
  if (s.has_latitude() && s.has_longitude()) {
    line("Location", absl::StrCat(s.latitude(), ", ", s.longitude()));
  }
  line("Updated", FormatTimestamp(s.update_time()));
}

absl::Status Get(CliContext& ctx, const std::string& urn_text) {
  ASSIGN_OR_RETURN(std::string urn, ParseUrn("URN", urn_text));
  auto stub = v1::RegistryService::NewStub(ctx.channel());
  v1::GetSchoolRequest request;
  request.set_urn(urn);
  v1::School school;
  auto call = ctx.NewCall();
  RETURN_IF_ERROR(ctx.Check(stub->GetSchool(call.get(), request, &school)));
  if (ctx.json()) return ctx.PrintJson(school);
  PrintSchool(ctx, school);
  return absl::OkStatus();
}

absl::Status Update(CliContext& ctx, const UpdateArgs& args) {
  ASSIGN_OR_RETURN(std::string urn, ParseUrn("URN", args.urn));
  v1::UpdateSchoolRequest request;
  v1::School* school = request.mutable_school();
  school->set_urn(urn);
  auto* mask = request.mutable_update_mask();
  if (args.review_group_opt->count() > 0) {
    school->set_review_group(args.review_group);
    mask->add_paths("review_group");
  }
  if (args.phase_opt->count() > 0) {
    ASSIGN_OR_RETURN(auto phase, ParsePhase("--phase", args.phase));
    school->set_phase(phase);
    mask->add_paths("phase");
  }
  if (args.trust_opt->count() > 0) {
    school->set_trust(args.trust);
    mask->add_paths("trust");
  }
  if (args.diocese_opt->count() > 0) {
    school->set_diocese(args.diocese);
    mask->add_paths("diocese");
  }
  if (mask->paths().empty()) {
    return UsageError(
        "schools update: nothing to change (give --review-group, --phase, --trust or --diocese)");
  }
  auto stub = v1::RegistryService::NewStub(ctx.channel());
  v1::School updated;
  auto call = ctx.NewCall();
  RETURN_IF_ERROR(ctx.Check(stub->UpdateSchool(call.get(), request, &updated)));
  if (ctx.json()) return ctx.PrintJson(updated);
  PrintSchool(ctx, updated);
  ctx.err() << "updated school " << updated.urn() << " (" << absl::StrJoin(mask->paths(), ", ")
            << ")\n";
  return absl::OkStatus();
}

}  // namespace

void AddSchoolsCommands(CLI::App& app, CliContext& ctx) {
  CLI::App* schools = app.add_subcommand("schools", "The register of member schools (from GIAS)");
  schools->require_subcommand(1);
  schools->footer(kGlobalOptionsFooter);

  auto import_args = std::make_shared<ImportArgs>();
  CLI::App* import = schools->add_subcommand(
      "import",
      "Load a GIAS establishment export (edubasealldata*.csv) into the register: schools of "
      "the given local authority are added or updated, ones no longer open are marked closed. "
      "All rows apply or none. Coordinator only.");
  import->add_option("FILE", import_args->file, "The GIAS CSV file")->required();
  import->add_option("--la", import_args->la, "Local-authority code to keep, e.g. 916")
      ->required();
  import->add_flag("--dry-run", import_args->dry_run, "Check and report; write nothing");
  import->callback([&ctx, import_args] {
    ctx.SetAction([&ctx, import_args] { return Import(ctx, *import_args); });
  });

  auto list_args = std::make_shared<ListArgs>();
  CLI::App* list = schools->add_subcommand(
      "list", "List schools (open ones unless --include-closed); the count goes to stderr");
  list->add_option("--phase", list_args->phase, kPhaseHelp);
  list->add_option("--group", list_args->group, "Only this review group");
  list->add_option("--la", list_args->la, "Only this local authority (three digits)");
  list->add_flag("--include-closed", list_args->include_closed, "Closed schools too");
  list->add_option("--limit", list_args->limit, "At most this many schools");
  list->callback([&ctx, list_args] {
    ctx.SetAction([&ctx, list_args] { return List(ctx, *list_args); });
  });

  auto get_urn = std::make_shared<std::string>();
  CLI::App* get = schools->add_subcommand("get", "Show one school");
  get->add_option("URN", *get_urn, "The school's Unique Reference Number")->required();
  get->callback([&ctx, get_urn] {
    ctx.SetAction([&ctx, get_urn] { return Get(ctx, *get_urn); });
  });

  auto update_args = std::make_shared<UpdateArgs>();
  CLI::App* update = schools->add_subcommand(
      "update",
      "Change what the partnership records about a school; only the fields given change. "
      "Coordinator only.");
  update->add_option("URN", update_args->urn, "The school's Unique Reference Number")
      ->required();
  update_args->review_group_opt = update->add_option(
      "--review-group", update_args->review_group,
      "Primary partnership or secondary cluster; re-imports keep it from then on");
  update_args->phase_opt = update->add_option("--phase", update_args->phase, kPhaseHelp);
  update_args->trust_opt = update->add_option("--trust", update_args->trust, "Academy trust");
  update_args->diocese_opt = update->add_option("--diocese", update_args->diocese, "Diocese");
  update->callback([&ctx, update_args] {
    ctx.SetAction([&ctx, update_args] { return Update(ctx, *update_args); });
  });
}

}  // namespace partnership::cli
