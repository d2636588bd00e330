// `partnership membership texts ...` and `partnership membership banding ...`: the terms of
// membership, that is the versions of the agreement's wording and each year's contributions.

#include <memory>
#include <string>

#include "CLI/CLI.hpp"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "client/arguments.h"
#include "client/cli_context.h"
#include "client/commands.h"
#include "client/verb.h"
#include "client/exit_codes.h"
#include "client/membership_arguments.h"
#include "client/table.h"
#include "common/status_macros.h"
#include "google/protobuf/util/json_util.h"
#include "partnership/v1/membership.grpc.pb.h"

namespace partnership::cli {
namespace {

struct Args {
  std::string id, year, file, la_contribution;
};

// "ways of working" for CLAUSE_SECTION_WAYS_OF_WORKING.
std::string SectionName(v1::ClauseSection s) {
  if (!v1::ClauseSection_IsValid(s)) return "";
  std::string name = v1::ClauseSection_Name(s).substr(std::string("CLAUSE_SECTION_").size());
  return absl::StrReplaceAll(name, {{"_", " "}});
}

// ---- texts and banding ------------------------------------------------------------------

absl::Status TextsList(CliContext& ctx) {
  auto stub = v1::MembershipService::NewStub(ctx.channel());
  v1::ListAgreementTextsRequest req;
  v1::ListAgreementTextsResponse all;
  do {
    v1::ListAgreementTextsResponse page;
    auto rpc = ctx.NewCall();
    RETURN_IF_ERROR(ctx.Check(stub->ListAgreementTexts(rpc.get(), req, &page)));
    for (auto& t : *page.mutable_texts()) *all.add_texts() = std::move(t);
    all.set_total_size(page.total_size());
    req.set_page_token(page.next_page_token());
  } while (!req.page_token().empty());
  if (ctx.json()) return ctx.PrintJson(all);
  Table table({"VERSION", "FROM", "TO", "CLAUSES", "TITLE"});
  table.AlignRight(0);
  table.AlignRight(3);
  for (const v1::AgreementText& t : all.texts()) {
    table.AddRow({absl::StrCat(t.version()), t.first_academic_year(), t.last_academic_year(),
                  absl::StrCat(t.clauses_size()), t.title()});
  }
  ctx.out() << table.Render();
  return absl::OkStatus();
}

absl::Status TextsShow(CliContext& ctx, const std::string& version_text) {
  ASSIGN_OR_RETURN(int32_t version, ParsePositiveInt("VERSION", version_text));
  auto stub = v1::MembershipService::NewStub(ctx.channel());
  v1::GetAgreementTextRequest req;
  req.set_version(version);
  v1::AgreementText text;
  auto rpc = ctx.NewCall();
  RETURN_IF_ERROR(ctx.Check(stub->GetAgreementText(rpc.get(), req, &text)));
  if (ctx.json()) return ctx.PrintJson(text);
  ctx.out() << text.title() << " (version " << text.version() << ", from "
            << text.first_academic_year()
            << (text.last_academic_year().empty() ? "" : " to " + text.last_academic_year())
            << ")\n";
  v1::ClauseSection section = v1::CLAUSE_SECTION_UNSPECIFIED;
  for (const v1::Clause& c : text.clauses()) {
    if (c.section() != section) {
      section = c.section();
      ctx.out() << "\n" << SectionName(section) << "\n";
    }
    ctx.out() << c.number() << ". " << c.heading() << "\n   " << c.body() << "\n";
  }
  return absl::OkStatus();
}

absl::Status TextsAdd(CliContext& ctx, const Args& args) {
  ASSIGN_OR_RETURN(std::string json, ReadLocalFile("--file", args.file));
  v1::CreateAgreementTextRequest req;
  google::protobuf::util::JsonParseOptions options;
  auto parsed = google::protobuf::util::JsonStringToMessage(json, req.mutable_text(), options);
  if (!parsed.ok()) {
    return UsageError(absl::StrCat("--file: ", args.file, " is not an agreement text in JSON (",
                                   parsed.message().as_string(), ")"));
  }
  // What `texts show N --json` printed about the old version is the server's to set anew.
  req.mutable_text()->set_version(0);
  req.mutable_text()->clear_create_time();
  req.mutable_text()->clear_created_by();
  auto stub = v1::MembershipService::NewStub(ctx.channel());
  v1::AgreementText created;
  auto rpc = ctx.NewCall();
  RETURN_IF_ERROR(ctx.Check(stub->CreateAgreementText(rpc.get(), req, &created)));
  if (ctx.json()) return ctx.PrintJson(created);
  ctx.out() << "version " << created.version() << ": " << created.title() << "\n";
  ctx.err() << "added agreement text version " << created.version() << "\n";
  return absl::OkStatus();
}

void PrintBanding(CliContext& ctx, const v1::Banding& b) {
  Table table({"MIN PUPILS", "MAX PUPILS", "ANNUAL"});
  table.AlignRight(0);
  table.AlignRight(1);
  table.AlignRight(2);
  for (const v1::Band& band : b.bands()) {
    table.AddRow({absl::StrCat(band.min_pupils()),
                  band.has_max_pupils() ? absl::StrCat(band.max_pupils()) : "",
                  FormatPence(band.annual_pence())});
  }
  ctx.out() << "Academic year: " << b.academic_year() << "\nLA contribution: "
            << FormatPence(b.la_contribution_pence()) << "\n\n"
            << table.Render();
}

absl::Status BandingShow(CliContext& ctx, const Args& args) {
  ASSIGN_OR_RETURN(std::string year,
                   ParseAcademicYear("--year", args.year.empty() ? CurrentAcademicYear()
                                                                 : args.year));
  auto stub = v1::MembershipService::NewStub(ctx.channel());
  v1::GetBandingRequest req;
  req.set_academic_year(year);
  v1::Banding banding;
  auto rpc = ctx.NewCall();
  RETURN_IF_ERROR(ctx.Check(stub->GetBanding(rpc.get(), req, &banding)));
  if (ctx.json()) return ctx.PrintJson(banding);
  PrintBanding(ctx, banding);
  return absl::OkStatus();
}

absl::Status BandingSet(CliContext& ctx, const Args& args) {
  v1::SetBandingRequest req;
  ASSIGN_OR_RETURN(std::string year, ParseAcademicYear("--year", args.year));
  req.mutable_banding()->set_academic_year(year);
  ASSIGN_OR_RETURN(int64_t la, ParsePounds("--la-contribution", args.la_contribution));
  req.mutable_banding()->set_la_contribution_pence(la);
  ASSIGN_OR_RETURN(std::string csv, ReadLocalFile("--file", args.file));
  const size_t slash = args.file.find_last_of('/');
  ASSIGN_OR_RETURN(*req.mutable_banding()->mutable_bands(),
                   ParseBandingCsv(slash == std::string::npos ? args.file
                                                              : args.file.substr(slash + 1),
                                   csv));
  auto stub = v1::MembershipService::NewStub(ctx.channel());
  v1::Banding stored;
  auto rpc = ctx.NewCall();
  RETURN_IF_ERROR(ctx.Check(stub->SetBanding(rpc.get(), req, &stored)));
  if (ctx.json()) return ctx.PrintJson(stored);
  PrintBanding(ctx, stored);
  ctx.err() << "banding for " << stored.academic_year() << " set: " << stored.bands_size()
            << (stored.bands_size() == 1 ? " band\n" : " bands\n");
  return absl::OkStatus();
}

}  // namespace

void AddMembershipTermsCommands(CLI::App& membership, CliContext& ctx) {
  std::shared_ptr<Args> a;
  CLI::App* v = nullptr;
  CLI::App* texts = membership.add_subcommand("texts", "The versions of the agreement's wording");
  texts->require_subcommand(1);
  texts->footer(kGlobalOptionsFooter);
  AddVerb(texts, ctx, "list", "List the versions", a,
          [](CliContext& c, const Args&) { return TextsList(c); });
  v = AddVerb(texts, ctx, "show", "Show one version clause by clause", a,
              [](CliContext& c, const Args& x) { return TextsShow(c, x.id); });
  v->add_option("VERSION", a->id, "The version number")->required();
  v = AddVerb(texts, ctx, "add",
              "Add the next version (coordinator) from a JSON file shaped as `texts show N "
              "--json` prints (its version, createTime and createdBy are ignored)",
              a, TextsAdd);
  v->add_option("--file", a->file, "The JSON file")->required();

  CLI::App* banding = membership.add_subcommand("banding", "Contributions by pupil numbers, per year");
  banding->require_subcommand(1);
  banding->footer(kGlobalOptionsFooter);
  v = AddVerb(banding, ctx, "show", "Show a year's banding and the LA contribution", a,
              BandingShow);
  v->add_option("--year", a->year, "Academic year (default: the current one)");
  v = AddVerb(banding, ctx, "set",
              "Replace a year's whole banding (coordinator) from a CSV with the columns "
              "min_pupils,max_pupils,annual_amount (pounds) or annual_pence; the last band's "
              "max_pupils is empty",
              a, BandingSet);
  v->add_option("--year", a->year, "Academic year, e.g. 2026-27")->required();
  v->add_option("--file", a->file, "The CSV file")->required();
  v->add_option("--la-contribution", a->la_contribution,
                "The local authority's contribution for the year, in pounds")
      ->required();
}

}  // namespace partnership::cli
