// `partnership membership ...`: membership agreements (apply, approve, sign, renew, suspend,
// reinstate, withdraw, get, list) and the membership register. The agreement texts and the
// banding are in membership_terms_commands.cc.

#include <memory>
#include <string>
#include <vector>

#include "CLI/CLI.hpp"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "client/arguments.h"
#include "client/membership_arguments.h"
#include "client/commands.h"
#include "client/enum_spelling.h"
#include "client/verb.h"
#include "client/exit_codes.h"
#include "client/table.h"
#include "common/status_macros.h"
#include "google/protobuf/util/json_util.h"
#include "partnership/v1/membership.grpc.pb.h"

namespace partnership::cli {
namespace {

using Stub = v1::MembershipService::Stub;

constexpr char kStatusHelp[] = "applied, approved, active, suspended or withdrawn";
constexpr char kRegisterStatusHelp[] =
    "not-member, applied, approved, active, suspended or withdrawn";

// ---- names and values as typed ----------------------------------------------------------

std::string StatusName(v1::AgreementStatus s) {
  return s == v1::AGREEMENT_STATUS_UNSPECIFIED || !v1::AgreementStatus_IsValid(s)
             ? ""
             : EnumSpelling(v1::AgreementStatus_Name(s), "AGREEMENT_STATUS_");
}
std::string StatusName(v1::MembershipStatus s) {
  return s == v1::MEMBERSHIP_STATUS_UNSPECIFIED || !v1::MembershipStatus_IsValid(s)
             ? ""
             : EnumSpelling(v1::MembershipStatus_Name(s), "MEMBERSHIP_STATUS_");
}
std::string ActionName(v1::AgreementAction a) {
  return v1::AgreementAction_IsValid(a)
             ? EnumSpelling(v1::AgreementAction_Name(a), "AGREEMENT_ACTION_")
             : "";
}

absl::StatusOr<std::string> ParseId(absl::string_view flag, const std::string& text) {
  ASSIGN_OR_RETURN(int32_t id, ParsePositiveInt(flag, text));
  return absl::StrCat(id);
}

std::string Money(bool has, int64_t pence) { return has ? FormatPence(pence) : ""; }

// ---- output -----------------------------------------------------------------------------

void PrintAgreement(CliContext& ctx, const v1::Agreement& a) {
  auto line = [&](absl::string_view label, const std::string& value) {
    if (!value.empty()) ctx.out() << label << ": " << value << "\n";
  };
  line("Agreement", a.id());
  line("School", absl::StrCat(a.school_urn(), " ", a.school_name()));
  line("Academic year", a.academic_year());
  line("Text version", absl::StrCat(a.text_version()));
  line("Status", StatusName(a.status()));
  line("Applied on", a.applied_on());
  line("Approved on", a.approved_on());
  line("Minute", a.approval_minute());
  line("Signed on", a.signed_on());
  if (!a.signed_by_name().empty()) {
    line("Signed by", absl::StrCat(a.signed_by_name(), " (person ", a.signed_by_person_id(), ")"));
  }
  line("Suspended from", a.suspended_from());
  line("Suspension reason", a.suspension_reason());
  line("Withdrawn from", a.withdrawn_from());
  line("Withdrawal reason", a.withdrawal_reason());
  line("Renews agreement", a.previous_agreement_id());
  line("Renewed by", a.renewed_by_agreement_id());
  line("Pupils", a.has_pupils() ? absl::StrCat(a.pupils()) : "");
  line("Contribution", Money(a.has_contribution_pence(), a.contribution_pence()));
  if (a.history_size() == 0) return;
  ctx.out() << "\n";
  Table history({"EFFECTIVE", "STEP", "STATUS", "BY", "RECORDED", "DETAIL"});
  history.SetMaxWidth(5, 70);
  for (const v1::AgreementEvent& e : a.history()) {
    history.AddRow({e.effective_on(), ActionName(e.action()), StatusName(e.status_after()),
                    e.actor(), FormatTimestamp(e.time()), e.detail()});
  }
  ctx.out() << history.Render();
}

absl::Status ShowAgreement(CliContext& ctx, const v1::Agreement& a, absl::string_view done) {
  if (ctx.json()) return ctx.PrintJson(a);
  PrintAgreement(ctx, a);
  ctx.err() << "agreement " << a.id() << ": " << done << " (status: " << StatusName(a.status())
            << ")\n";
  return absl::OkStatus();
}

// Calls one verb that answers with an agreement and shows it.
template <typename Call>
absl::Status Verb(CliContext& ctx, Call call, absl::string_view done) {
  auto stub = v1::MembershipService::NewStub(ctx.channel());
  v1::Agreement agreement;
  auto rpc = ctx.NewCall();
  RETURN_IF_ERROR(ctx.Check(call(*stub, rpc.get(), &agreement)));
  return ShowAgreement(ctx, agreement, done);
}

// ---- the agreement verbs ----------------------------------------------------------------

struct Args {
  std::string id, school, year, status, date, minute, head, from, reason, on, text_version,
      file, la_contribution;
};

absl::Status Apply(CliContext& ctx, const Args& args) {
  v1::ApplyForMembershipRequest req;
  ASSIGN_OR_RETURN(std::string urn, ParseUrn("--school", args.school));
  req.set_school_urn(urn);
  ASSIGN_OR_RETURN(std::string year, ParseAcademicYear("--year", args.year));
  req.set_academic_year(year);
  if (!args.text_version.empty()) {
    ASSIGN_OR_RETURN(int32_t version, ParsePositiveInt("--text-version", args.text_version));
    req.set_text_version(version);
  }
  if (!args.on.empty()) {
    ASSIGN_OR_RETURN(std::string on, ParseIsoDate("--on", args.on));
    req.set_applied_on(on);
  }
  return Verb(ctx, [&](Stub& s, grpc::ClientContext* c, v1::Agreement* out) {
    return s.ApplyForMembership(c, req, out);
  }, "application recorded");
}

absl::Status Approve(CliContext& ctx, const Args& args) {
  v1::RecordGoverningBodyApprovalRequest req;
  ASSIGN_OR_RETURN(std::string id, ParseId("ID", args.id));
  req.set_id(id);
  ASSIGN_OR_RETURN(std::string date, ParseIsoDate("--date", args.date));
  req.set_approved_on(date);
  ASSIGN_OR_RETURN(std::string minute, ParseNonEmpty("--minute", args.minute));
  req.set_minute_reference(minute);
  return Verb(ctx, [&](Stub& s, grpc::ClientContext* c, v1::Agreement* out) {
    return s.RecordGoverningBodyApproval(c, req, out);
  }, "governing body's approval recorded");
}

absl::Status Sign(CliContext& ctx, const Args& args) {
  v1::SignAgreementRequest req;
  ASSIGN_OR_RETURN(std::string id, ParseId("ID", args.id));
  req.set_id(id);
  ASSIGN_OR_RETURN(std::string head, ParseId("--head", args.head));
  req.set_headteacher_id(head);
  ASSIGN_OR_RETURN(std::string date, ParseIsoDate("--date", args.date));
  req.set_signed_on(date);
  return Verb(ctx, [&](Stub& s, grpc::ClientContext* c, v1::Agreement* out) {
    return s.SignAgreement(c, req, out);
  }, "signed");
}

absl::Status Renew(CliContext& ctx, const Args& args) {
  v1::RenewAgreementRequest req;
  ASSIGN_OR_RETURN(std::string id, ParseId("ID", args.id));
  req.set_id(id);
  if (!args.on.empty()) {
    ASSIGN_OR_RETURN(std::string on, ParseIsoDate("--on", args.on));
    req.set_renewed_on(on);
  }
  return Verb(ctx, [&](Stub& s, grpc::ClientContext* c, v1::Agreement* out) {
    return s.RenewAgreement(c, req, out);
  }, absl::StrCat("renews agreement ", id));
}

absl::Status Suspend(CliContext& ctx, const Args& args) {
  v1::SuspendAgreementRequest req;
  ASSIGN_OR_RETURN(std::string id, ParseId("ID", args.id));
  req.set_id(id);
  ASSIGN_OR_RETURN(std::string from, ParseIsoDate("--from", args.from));
  req.set_suspended_from(from);
  ASSIGN_OR_RETURN(std::string reason, ParseNonEmpty("--reason", args.reason));
  req.set_reason(reason);
  return Verb(ctx, [&](Stub& s, grpc::ClientContext* c, v1::Agreement* out) {
    return s.SuspendAgreement(c, req, out);
  }, "suspended");
}

absl::Status Reinstate(CliContext& ctx, const Args& args) {
  v1::ReinstateAgreementRequest req;
  ASSIGN_OR_RETURN(std::string id, ParseId("ID", args.id));
  req.set_id(id);
  if (!args.on.empty()) {
    ASSIGN_OR_RETURN(std::string on, ParseIsoDate("--on", args.on));
    req.set_reinstated_on(on);
  }
  return Verb(ctx, [&](Stub& s, grpc::ClientContext* c, v1::Agreement* out) {
    return s.ReinstateAgreement(c, req, out);
  }, "reinstated");
}

absl::Status Withdraw(CliContext& ctx, const Args& args) {
  v1::WithdrawAgreementRequest req;
  ASSIGN_OR_RETURN(std::string id, ParseId("ID", args.id));
  req.set_id(id);
  ASSIGN_OR_RETURN(std::string from, ParseIsoDate("--from", args.from));
  req.set_withdrawn_from(from);
  req.set_reason(std::string(absl::StripAsciiWhitespace(args.reason)));
  return Verb(ctx, [&](Stub& s, grpc::ClientContext* c, v1::Agreement* out) {
    return s.WithdrawAgreement(c, req, out);
  }, "withdrawn");
}

absl::Status Get(CliContext& ctx, const Args& args) {
  v1::GetAgreementRequest req;
  ASSIGN_OR_RETURN(std::string id, ParseId("ID", args.id));
  req.set_id(id);
  auto stub = v1::MembershipService::NewStub(ctx.channel());
  v1::Agreement agreement;
  auto rpc = ctx.NewCall();
  RETURN_IF_ERROR(ctx.Check(stub->GetAgreement(rpc.get(), req, &agreement)));
  if (ctx.json()) return ctx.PrintJson(agreement);
  PrintAgreement(ctx, agreement);
  return absl::OkStatus();
}

absl::Status List(CliContext& ctx, const Args& args) {
  v1::ListAgreementsRequest req;
  if (!args.school.empty()) {
    ASSIGN_OR_RETURN(std::string urn, ParseUrn("--school", args.school));
    req.set_school_urn(urn);
  }
  if (!args.year.empty()) {
    ASSIGN_OR_RETURN(std::string year, ParseAcademicYear("--year", args.year));
    req.set_academic_year(year);
  }
  if (!args.status.empty()) {
    ASSIGN_OR_RETURN(auto status, ParseEnumSpelling<v1::AgreementStatus>(
                                      "--status", args.status, "AGREEMENT_STATUS_",
                                      v1::AgreementStatus_Parse, kStatusHelp));
    req.set_status(status);
  }
  auto stub = v1::MembershipService::NewStub(ctx.channel());
  v1::ListAgreementsResponse all;
  req.set_page_size(1000);
  do {
    v1::ListAgreementsResponse page;
    auto rpc = ctx.NewCall();
    RETURN_IF_ERROR(ctx.Check(stub->ListAgreements(rpc.get(), req, &page)));
    for (auto& a : *page.mutable_agreements()) *all.add_agreements() = std::move(a);
    all.set_total_size(page.total_size());
    req.set_page_token(page.next_page_token());
  } while (!req.page_token().empty());
  if (ctx.json()) return ctx.PrintJson(all);
  Table table({"ID", "URN", "SCHOOL", "YEAR", "TEXT", "STATUS", "APPLIED", "APPROVED", "SIGNED",
               "CONTRIBUTION"});
  table.AlignRight(0);
  table.AlignRight(9);
  table.SetMaxWidth(2, 36);
  for (const v1::Agreement& a : all.agreements()) {
    table.AddRow({a.id(), a.school_urn(), a.school_name(), a.academic_year(),
                  absl::StrCat(a.text_version()), StatusName(a.status()), a.applied_on(),
                  a.approved_on(), a.signed_on(),
                  Money(a.has_contribution_pence(), a.contribution_pence())});
  }
  ctx.out() << table.Render();
  ctx.err() << all.agreements_size()
            << (all.agreements_size() == 1 ? " agreement\n" : " agreements\n");
  return absl::OkStatus();
}

absl::Status Register(CliContext& ctx, const Args& args) {
  v1::ListMembershipRequest req;
  ASSIGN_OR_RETURN(std::string year,
                   ParseAcademicYear("--year", args.year.empty() ? CurrentAcademicYear()
                                                                 : args.year));
  req.set_academic_year(year);
  if (!args.status.empty()) {
    ASSIGN_OR_RETURN(auto status, ParseEnumSpelling<v1::MembershipStatus>(
                                      "--status", args.status, "MEMBERSHIP_STATUS_",
                                      v1::MembershipStatus_Parse, kRegisterStatusHelp));
    req.set_status(status);
  }
  auto stub = v1::MembershipService::NewStub(ctx.channel());
  v1::ListMembershipResponse all;
  req.set_page_size(1000);
  do {
    v1::ListMembershipResponse page;
    auto rpc = ctx.NewCall();
    RETURN_IF_ERROR(ctx.Check(stub->ListMembership(rpc.get(), req, &page)));
    for (auto& e : *page.mutable_entries()) *all.add_entries() = std::move(e);
    page.clear_entries();
    const std::string next = page.next_page_token();
    page.clear_next_page_token();
    all.MergeFrom(page);  // totals: the same on every page
    req.set_page_token(next);
  } while (!req.page_token().empty());
  if (ctx.json()) return ctx.PrintJson(all);
  Table table({"URN", "SCHOOL", "PHASE", "PUPILS", "STATUS", "AGREEMENT", "APPROVED", "SIGNED",
               "SUSPENDED", "WITHDRAWN", "CONTRIBUTION"});
  table.AlignRight(3);
  table.AlignRight(10);
  table.SetMaxWidth(1, 36);
  for (const v1::MembershipEntry& e : all.entries()) {
    table.AddRow({e.school_urn(), e.school_name(), PhaseName(e.phase()),
                  e.has_pupils() ? absl::StrCat(e.pupils()) : "", StatusName(e.status()),
                  e.agreement_id(), e.approved_on(), e.signed_on(), e.suspended_from(),
                  e.withdrawn_from(), Money(e.has_contribution_pence(), e.contribution_pence())});
  }
  ctx.out() << table.Render();
  ctx.err() << all.academic_year() << ": " << all.entries_size()
            << (all.entries_size() == 1 ? " school" : " schools") << " listed; "
            << all.active_members() << " active "
            << (all.active_members() == 1 ? "member" : "members") << " contributing "
            << FormatPence(all.school_contributions_pence()) << "; LA contribution "
            << (all.has_la_contribution_pence() ? FormatPence(all.la_contribution_pence())
                                                : "not set")
            << "\n";
  return absl::OkStatus();
}

}  // namespace

void AddMembershipCommands(CLI::App& app, CliContext& ctx) {
  CLI::App* m = app.add_subcommand(
      "membership",
      "Membership agreements: a school applies, its governing body approves, its head signs; "
      "renewal, suspension, withdrawal; the register, the agreement texts, the banding");
  m->require_subcommand(1);
  m->footer(kGlobalOptionsFooter);
  std::shared_ptr<Args> a;

  CLI::App* v = AddVerb(m, ctx, "apply", "Apply for membership for an academic year", a, Apply);
  v->add_option("--school", a->school, "The school (URN)")->required();
  v->add_option("--year", a->year, "Academic year, e.g. 2026-27")->required();
  v->add_option("--text-version", a->text_version,
                "Agreement text version (default: the latest that applies to the year)");
  v->add_option("--on", a->on, "Date of the application, YYYY-MM-DD (default: today)");

  v = AddVerb(m, ctx, "approve", "Record the governing body's approval of an application", a,
              Approve);
  v->add_option("ID", a->id, "The agreement's id")->required();
  v->add_option("--date", a->date, "Date of the governing body's meeting, YYYY-MM-DD")->required();
  v->add_option("--minute", a->minute, "Minute reference, e.g. \"FGB 2026-10-14 item 7\"")
      ->required();

  v = AddVerb(m, ctx, "sign", "The headteacher signs an approved agreement: it becomes active",
              a, Sign);
  v->add_option("ID", a->id, "The agreement's id")->required();
  v->add_option("--head", a->head, "Person id of the school's headteacher")->required();
  v->add_option("--date", a->date, "Date of signature, YYYY-MM-DD")->required();

  v = AddVerb(m, ctx, "renew",
              "Renew an active agreement for the next academic year (active at once if the text "
              "is unchanged; otherwise to be approved and signed again)",
              a, Renew);
  v->add_option("ID", a->id, "The agreement to renew")->required();
  v->add_option("--on", a->on, "Date of renewal, YYYY-MM-DD (default: today)");

  v = AddVerb(m, ctx, "suspend", "Suspend an active agreement from a date (coordinator)", a,
              Suspend);
  v->add_option("ID", a->id, "The agreement's id")->required();
  v->add_option("--from", a->from, "First day of the suspension, YYYY-MM-DD")->required();
  v->add_option("--reason", a->reason, "Why")->required();

  v = AddVerb(m, ctx, "reinstate", "Reinstate a suspended agreement (coordinator)", a, Reinstate);
  v->add_option("ID", a->id, "The agreement's id")->required();
  v->add_option("--on", a->on, "Date of reinstatement, YYYY-MM-DD (default: today)");

  v = AddVerb(m, ctx, "withdraw", "Withdraw an agreement from a date (coordinator)", a, Withdraw);
  v->add_option("ID", a->id, "The agreement's id")->required();
  v->add_option("--from", a->from, "First day without membership, YYYY-MM-DD")->required();
  v->add_option("--reason", a->reason, "Why (optional)");

  v = AddVerb(m, ctx, "get", "Show one agreement and its history", a, Get);
  v->add_option("ID", a->id, "The agreement's id")->required();

  v = AddVerb(m, ctx, "list", "List agreements; the count goes to stderr", a, List);
  v->add_option("--school", a->school, "Only this school's (a school token must give its own)");
  v->add_option("--year", a->year, "Only this academic year, e.g. 2026-27");
  v->add_option("--status", a->status, std::string("Only this status: ") + kStatusHelp);

  v = AddVerb(m, ctx, "register",
              "Every school with its membership for an academic year; totals go to stderr", a,
              Register);
  v->add_option("--year", a->year, "Academic year, e.g. 2026-27 (default: the current one)");
  v->add_option("--status", a->status, std::string("Only this status: ") + kRegisterStatusHelp);

  AddMembershipTermsCommands(*m, ctx);
}

}  // namespace partnership::cli
