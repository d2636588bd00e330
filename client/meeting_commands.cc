// `partnership meetings ...`: general meetings (the AGM): create, list, show, open, close,
// attend, minutes; `meetings motion add|list|show|open|close|vote`; `meetings proxy
// appoint|list`.

#include <memory>
#include <string>
#include <vector>

#include "CLI/CLI.hpp"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "client/arguments.h"
#include "client/commands.h"
#include "client/exit_codes.h"
#include "client/meeting_arguments.h"
#include "client/meeting_calls.h"
#include "client/meeting_output.h"
#include "client/table.h"
#include "client/verb.h"
#include "common/status_macros.h"
#include "partnership/v1/meetings.grpc.pb.h"

namespace partnership::cli {
namespace {

absl::Status Create(CliContext& ctx, const MeetingArgs& args) {
  v1::CreateMeetingRequest req;
  v1::Meeting* m = req.mutable_meeting();
  ASSIGN_OR_RETURN(v1::MeetingKind kind, ParseMeetingKind("--kind", args.kind));
  m->set_kind(kind);
  ASSIGN_OR_RETURN(std::string title, ParseNonEmpty("--title", args.title));
  m->set_title(title);
  ASSIGN_OR_RETURN(std::string date, ParseIsoDate("--date", args.date));
  m->set_date(date);
  ASSIGN_OR_RETURN(std::string chair, ParseMeetingId("--chair", args.chair));
  m->set_chair_person_id(chair);
  RETURN_IF_ERROR(ParseQuorum("--quorum", args.quorum, m));
  if (!args.threshold.empty()) {
    ASSIGN_OR_RETURN(*m->mutable_special_threshold(),
                     ParseFraction("--special-threshold", args.threshold));
  }
  return CallMeetings<v1::Meeting>(
      ctx, [&](MeetingStub& s, grpc::ClientContext* c, v1::Meeting* out) {
        return s.CreateMeeting(c, req, out);
      },
      [&](const v1::Meeting& r) { return ShowMeeting(ctx, r, "scheduled"); });
}

absl::Status Show(CliContext& ctx, const MeetingArgs& args) {
  v1::GetMeetingRequest req;
  ASSIGN_OR_RETURN(std::string id, ParseMeetingId("MEETING", args.id));
  req.set_id(id);
  auto stub = v1::MeetingService::NewStub(ctx.channel());
  v1::Meeting meeting;
  auto rpc = ctx.NewCall();
  RETURN_IF_ERROR(ctx.Check(stub->GetMeeting(rpc.get(), req, &meeting)));
  if (ctx.json()) return ctx.PrintJson(meeting);
  PrintMeeting(ctx, meeting);
  ASSIGN_OR_RETURN(v1::ListMotionsResponse motions, AllMotions(ctx, id));
  if (motions.motions_size() == 0) return absl::OkStatus();
  ctx.out() << "\n";
  Table t({"NO", "MOTION", "KIND", "BALLOT", "STATUS", "FOR", "AGAINST", "ABSTAIN", "OUTCOME",
           "TEXT"});
  for (size_t c : {0, 1, 5, 6, 7}) t.AlignRight(c);
  t.SetMaxWidth(9, 50);
  for (const v1::Motion& m : motions.motions()) {
    t.AddRow({absl::StrCat(m.number()), m.id(), Name(m.kind()), Name(m.ballot()), Name(m.status()),
              absl::StrCat(m.votes_for()), absl::StrCat(m.votes_against()),
              absl::StrCat(m.abstentions()), m.has_result() ? Name(m.result().outcome()) : "",
              m.text()});
  }
  ctx.out() << t.Render();
  return absl::OkStatus();
}

absl::Status List(CliContext& ctx, const MeetingArgs& args) {
  v1::ListMeetingsRequest req;
  if (!args.status.empty()) {
    ASSIGN_OR_RETURN(v1::MeetingStatus status, ParseMeetingStatus("--status", args.status));
    req.set_status(status);
  }
  req.set_page_size(1000);
  auto stub = v1::MeetingService::NewStub(ctx.channel());
  v1::ListMeetingsResponse all;
  do {
    v1::ListMeetingsResponse page;
    auto rpc = ctx.NewCall();
    RETURN_IF_ERROR(ctx.Check(stub->ListMeetings(rpc.get(), req, &page)));
    for (auto& m : *page.mutable_meetings()) *all.add_meetings() = std::move(m);
    all.set_total_size(page.total_size());
    req.set_page_token(page.next_page_token());
  } while (!req.page_token().empty());
  if (ctx.json()) return ctx.PrintJson(all);
  Table t({"ID", "KIND", "DATE", "STATUS", "TITLE", "CHAIR", "PRESENT", "PROXY", "QUORUM",
           "QUORATE"});
  for (size_t c : {0, 6, 7, 8}) t.AlignRight(c);
  t.SetMaxWidth(4, 40);
  for (const v1::Meeting& m : all.meetings()) {
    const v1::AttendanceCount& a = m.attendance();
    t.AddRow({m.id(), Name(m.kind()), m.date(), Name(m.status()), m.title(), m.chair_name(),
              absl::StrCat(a.present()), absl::StrCat(a.by_proxy()),
              absl::StrCat(a.quorum_required()), a.quorate() ? "yes" : "no"});
  }
  ctx.out() << t.Render();
  ctx.err() << all.meetings_size() << (all.meetings_size() == 1 ? " meeting\n" : " meetings\n");
  return absl::OkStatus();
}

absl::Status Open(CliContext& ctx, const MeetingArgs& args) {
  v1::OpenMeetingRequest req;
  ASSIGN_OR_RETURN(std::string id, ParseMeetingId("MEETING", args.id));
  req.set_id(id);
  return CallMeetings<v1::Meeting>(
      ctx, [&](MeetingStub& s, grpc::ClientContext* c, v1::Meeting* out) {
        return s.OpenMeeting(c, req, out);
      },
      [&](const v1::Meeting& r) { return ShowMeeting(ctx, r, "opened"); });
}

absl::Status Close(CliContext& ctx, const MeetingArgs& args) {
  v1::CloseMeetingRequest req;
  ASSIGN_OR_RETURN(std::string id, ParseMeetingId("MEETING", args.id));
  req.set_id(id);
  return CallMeetings<v1::Meeting>(
      ctx, [&](MeetingStub& s, grpc::ClientContext* c, v1::Meeting* out) {
        return s.CloseMeeting(c, req, out);
      },
      [&](const v1::Meeting& r) { return ShowMeeting(ctx, r, "closed"); });
}

absl::Status Attend(CliContext& ctx, const MeetingArgs& args) {
  v1::RegisterAttendanceRequest req;
  ASSIGN_OR_RETURN(std::string id, ParseMeetingId("MEETING", args.id));
  req.set_meeting_id(id);
  ASSIGN_OR_RETURN(std::string urn, ParseUrn("--school", args.school));
  req.set_school_urn(urn);
  return CallMeetings<v1::Meeting>(
      ctx, [&](MeetingStub& s, grpc::ClientContext* c, v1::Meeting* out) {
        return s.RegisterAttendance(c, req, out);
      },
      [&](const v1::Meeting& r) -> absl::Status {
        if (ctx.json()) return ctx.PrintJson(r);
        ctx.out() << "school " << urn << " registered present at meeting " << r.id() << "\n";
        ctx.err() << "attendance: " << AttendanceText(r.attendance()) << "\n";
        return absl::OkStatus();
      });
}

absl::Status Minutes(CliContext& ctx, const MeetingArgs& args) {
  v1::GetMinutesRequest req;
  ASSIGN_OR_RETURN(std::string id, ParseMeetingId("MEETING", args.id));
  req.set_meeting_id(id);
  return CallMeetings<v1::Minutes>(
      ctx, [&](MeetingStub& s, grpc::ClientContext* c, v1::Minutes* out) {
        return s.GetMinutes(c, req, out);
      },
      [&](const v1::Minutes& r) -> absl::Status {
        if (ctx.json()) return ctx.PrintJson(r);
        PrintMinutes(ctx, r);
        return absl::OkStatus();
      });
}

// ---- motions ----------------------------------------------------------------------------

}  // namespace

void AddMeetingsCommands(CLI::App& app, CliContext& ctx) {
  CLI::App* m = app.add_subcommand(
      "meetings",
      "General meetings (the AGM): motions, quorum, attendance, proxies, votes and minutes");
  m->require_subcommand(1);
  m->footer(kGlobalOptionsFooter);
  std::shared_ptr<MeetingArgs> a;

  CLI::App* v = AddVerb(m, ctx, "create", "Schedule a general meeting (coordinator)", a, Create);
  v->add_option("--kind", a->kind, "agm or general")->required();
  v->add_option("--title", a->title, "Title, e.g. \"Annual general meeting 2026\"")->required();
  v->add_option("--date", a->date,
                "Date, YYYY-MM-DD: the schools that are active members that day vote")
      ->required();
  v->add_option("--chair", a->chair, "Person id of the chair")->required();
  v->add_option("--quorum", a->quorum,
                "Member schools present or by proxy needed: a number (40) or a share of the "
                "voting members (1/4 or 25%)")
      ->required();
  v->add_option("--special-threshold", a->threshold,
                "Share of the votes cast a special resolution needs, e.g. 3/4 (default), 2/3, "
                "75%");

  v = AddVerb(m, ctx, "list", "List meetings; the count goes to stderr", a, List);
  v->add_option("--status", a->status, "Only this status: scheduled, open or closed");

  v = AddVerb(m, ctx, "show", "Show a meeting, its attendance and its motions", a, Show);
  v->add_option("MEETING", a->id, "The meeting's id")->required();

  v = AddVerb(m, ctx, "open", "Open a scheduled meeting (coordinator)", a, Open);
  v->add_option("MEETING", a->id, "The meeting's id")->required();

  v = AddVerb(m, ctx, "close", "Close an open meeting (coordinator)", a, Close);
  v->add_option("MEETING", a->id, "The meeting's id")->required();

  v = AddVerb(m, ctx, "attend",
              "Register a member school present (the coordinator, or the school's own token)",
              a, Attend);
  v->add_option("MEETING", a->id, "The meeting's id")->required();
  v->add_option("--school", a->school, "The school (URN)")->required();

  v = AddVerb(m, ctx, "minutes",
              "The minutes: attendance against the quorum and each motion's result", a,
              Minutes);
  v->add_option("MEETING", a->id, "The meeting's id")->required();
  AddMotionAndProxyCommands(*m, ctx);
}

}  // namespace partnership::cli
