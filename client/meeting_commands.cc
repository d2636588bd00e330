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
#include "client/meeting_output.h"
#include "client/table.h"
#include "client/verb.h"
#include "common/status_macros.h"
#include "partnership/v1/meetings.grpc.pb.h"

namespace partnership::cli {
namespace {

using Stub = v1::MeetingService::Stub;

absl::StatusOr<std::string> ParseId(absl::string_view flag, const std::string& text) {
  ASSIGN_OR_RETURN(int32_t id, ParsePositiveInt(flag, text));
  return absl::StrCat(id);
}

absl::Status ShowMeeting(CliContext& ctx, const v1::Meeting& m, absl::string_view done) {
  if (ctx.json()) return ctx.PrintJson(m);
  PrintMeeting(ctx, m);
  if (!done.empty()) ctx.err() << "meeting " << m.id() << ": " << done << "\n";
  return absl::OkStatus();
}

absl::Status ShowMotion(CliContext& ctx, const v1::Motion& m, absl::string_view done) {
  if (ctx.json()) return ctx.PrintJson(m);
  PrintMotion(ctx, m);
  if (!done.empty()) ctx.err() << "motion " << m.id() << ": " << done << "\n";
  return absl::OkStatus();
}

// Calls one RPC answering with `Reply` and shows it with `show`.
template <typename Reply, typename Rpc, typename Show>
absl::Status Call(CliContext& ctx, Rpc call, Show show) {
  auto stub = v1::MeetingService::NewStub(ctx.channel());
  Reply reply;
  auto rpc = ctx.NewCall();
  RETURN_IF_ERROR(ctx.Check(call(*stub, rpc.get(), &reply)));
  return show(reply);
}

// Every motion of meeting `id`, page by page.
absl::StatusOr<v1::ListMotionsResponse> AllMotions(CliContext& ctx, const std::string& id) {
  auto stub = v1::MeetingService::NewStub(ctx.channel());
  v1::ListMotionsRequest req;
  req.set_meeting_id(id);
  req.set_page_size(1000);
  v1::ListMotionsResponse all;
  do {
    v1::ListMotionsResponse page;
    auto rpc = ctx.NewCall();
    RETURN_IF_ERROR(ctx.Check(stub->ListMotions(rpc.get(), req, &page)));
    for (auto& m : *page.mutable_motions()) *all.add_motions() = std::move(m);
    all.set_total_size(page.total_size());
    req.set_page_token(page.next_page_token());
  } while (!req.page_token().empty());
  return all;
}

// Every proxy of meeting `id` the caller may see, page by page.
absl::StatusOr<v1::ListProxiesResponse> AllProxies(CliContext& ctx, const std::string& id) {
  auto stub = v1::MeetingService::NewStub(ctx.channel());
  v1::ListProxiesRequest req;
  req.set_meeting_id(id);
  req.set_page_size(1000);
  v1::ListProxiesResponse all;
  do {
    v1::ListProxiesResponse page;
    auto rpc = ctx.NewCall();
    RETURN_IF_ERROR(ctx.Check(stub->ListProxies(rpc.get(), req, &page)));
    for (auto& p : *page.mutable_proxies()) *all.add_proxies() = std::move(p);
    req.set_page_token(page.next_page_token());
  } while (!req.page_token().empty());
  return all;
}

// ---- meetings ---------------------------------------------------------------------------

struct Args {
  std::string id, kind, title, date, chair, quorum, threshold, status, school, text, ballot,
      choice, holder;
  bool chair_holds = false;
  std::vector<std::string> directions;
};

absl::Status Create(CliContext& ctx, const Args& args) {
  v1::CreateMeetingRequest req;
  v1::Meeting* m = req.mutable_meeting();
  ASSIGN_OR_RETURN(v1::MeetingKind kind, ParseMeetingKind("--kind", args.kind));
  m->set_kind(kind);
  ASSIGN_OR_RETURN(std::string title, ParseNonEmpty("--title", args.title));
  m->set_title(title);
  ASSIGN_OR_RETURN(std::string date, ParseIsoDate("--date", args.date));
  m->set_date(date);
  ASSIGN_OR_RETURN(std::string chair, ParseId("--chair", args.chair));
  m->set_chair_person_id(chair);
  RETURN_IF_ERROR(ParseQuorum("--quorum", args.quorum, m));
  if (!args.threshold.empty()) {
    ASSIGN_OR_RETURN(*m->mutable_special_threshold(),
                     ParseFraction("--special-threshold", args.threshold));
  }
  return Call<v1::Meeting>(
      ctx, [&](Stub& s, grpc::ClientContext* c, v1::Meeting* out) {
        return s.CreateMeeting(c, req, out);
      },
      [&](const v1::Meeting& r) { return ShowMeeting(ctx, r, "scheduled"); });
}

absl::Status Show(CliContext& ctx, const Args& args) {
  v1::GetMeetingRequest req;
  ASSIGN_OR_RETURN(std::string id, ParseId("MEETING", args.id));
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

absl::Status List(CliContext& ctx, const Args& args) {
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

absl::Status Open(CliContext& ctx, const Args& args) {
  v1::OpenMeetingRequest req;
  ASSIGN_OR_RETURN(std::string id, ParseId("MEETING", args.id));
  req.set_id(id);
  return Call<v1::Meeting>(
      ctx, [&](Stub& s, grpc::ClientContext* c, v1::Meeting* out) {
        return s.OpenMeeting(c, req, out);
      },
      [&](const v1::Meeting& r) { return ShowMeeting(ctx, r, "opened"); });
}

absl::Status Close(CliContext& ctx, const Args& args) {
  v1::CloseMeetingRequest req;
  ASSIGN_OR_RETURN(std::string id, ParseId("MEETING", args.id));
  req.set_id(id);
  return Call<v1::Meeting>(
      ctx, [&](Stub& s, grpc::ClientContext* c, v1::Meeting* out) {
        return s.CloseMeeting(c, req, out);
      },
      [&](const v1::Meeting& r) { return ShowMeeting(ctx, r, "closed"); });
}

absl::Status Attend(CliContext& ctx, const Args& args) {
  v1::RegisterAttendanceRequest req;
  ASSIGN_OR_RETURN(std::string id, ParseId("MEETING", args.id));
  req.set_meeting_id(id);
  ASSIGN_OR_RETURN(std::string urn, ParseUrn("--school", args.school));
  req.set_school_urn(urn);
  return Call<v1::Meeting>(
      ctx, [&](Stub& s, grpc::ClientContext* c, v1::Meeting* out) {
        return s.RegisterAttendance(c, req, out);
      },
      [&](const v1::Meeting& r) -> absl::Status {
        if (ctx.json()) return ctx.PrintJson(r);
        ctx.out() << "school " << urn << " registered present at meeting " << r.id() << "\n";
        ctx.err() << "attendance: " << AttendanceText(r.attendance()) << "\n";
        return absl::OkStatus();
      });
}

absl::Status Minutes(CliContext& ctx, const Args& args) {
  v1::GetMinutesRequest req;
  ASSIGN_OR_RETURN(std::string id, ParseId("MEETING", args.id));
  req.set_meeting_id(id);
  return Call<v1::Minutes>(
      ctx, [&](Stub& s, grpc::ClientContext* c, v1::Minutes* out) {
        return s.GetMinutes(c, req, out);
      },
      [&](const v1::Minutes& r) -> absl::Status {
        if (ctx.json()) return ctx.PrintJson(r);
        PrintMinutes(ctx, r);
        return absl::OkStatus();
      });
}

// ---- motions ----------------------------------------------------------------------------

absl::Status MotionAdd(CliContext& ctx, const Args& args) {
  v1::CreateMotionRequest req;
  v1::Motion* m = req.mutable_motion();
  ASSIGN_OR_RETURN(std::string meeting, ParseId("MEETING", args.id));
  m->set_meeting_id(meeting);
  ASSIGN_OR_RETURN(std::string text, ParseNonEmpty("--text", args.text));
  m->set_text(text);
  ASSIGN_OR_RETURN(v1::MotionKind kind, ParseMotionKind("--kind", args.kind));
  m->set_kind(kind);
  ASSIGN_OR_RETURN(v1::Ballot ballot, ParseBallot("--ballot", args.ballot));
  m->set_ballot(ballot);
  if (!args.threshold.empty()) {
    ASSIGN_OR_RETURN(*m->mutable_threshold(), ParseFraction("--threshold", args.threshold));
  }
  return Call<v1::Motion>(
      ctx, [&](Stub& s, grpc::ClientContext* c, v1::Motion* out) {
        return s.CreateMotion(c, req, out);
      },
      [&](const v1::Motion& r) { return ShowMotion(ctx, r, "added (draft)"); });
}

absl::Status MotionShow(CliContext& ctx, const Args& args) {
  v1::GetMotionRequest req;
  ASSIGN_OR_RETURN(std::string id, ParseId("MOTION", args.id));
  req.set_id(id);
  return Call<v1::Motion>(
      ctx, [&](Stub& s, grpc::ClientContext* c, v1::Motion* out) {
        return s.GetMotion(c, req, out);
      },
      [&](const v1::Motion& r) { return ShowMotion(ctx, r, ""); });
}

absl::Status MotionList(CliContext& ctx, const Args& args) {
  ASSIGN_OR_RETURN(std::string id, ParseId("MEETING", args.id));
  ASSIGN_OR_RETURN(v1::ListMotionsResponse r, AllMotions(ctx, id));
  if (ctx.json()) return ctx.PrintJson(r);
  Table t({"NO", "MOTION", "KIND", "BALLOT", "STATUS", "VOTED", "OUTCOME", "TEXT"});
  for (size_t c : {0, 1, 5}) t.AlignRight(c);
  t.SetMaxWidth(7, 60);
  for (const v1::Motion& m : r.motions()) {
    t.AddRow({absl::StrCat(m.number()), m.id(), Name(m.kind()), Name(m.ballot()),
              Name(m.status()), absl::StrCat(m.schools_voted()),
              m.has_result() ? Name(m.result().outcome()) : "", m.text()});
  }
  ctx.out() << t.Render();
  return absl::OkStatus();
}

absl::Status MotionOpen(CliContext& ctx, const Args& args) {
  v1::OpenMotionRequest req;
  ASSIGN_OR_RETURN(std::string id, ParseId("MOTION", args.id));
  req.set_id(id);
  return Call<v1::Motion>(
      ctx, [&](Stub& s, grpc::ClientContext* c, v1::Motion* out) {
        return s.OpenMotion(c, req, out);
      },
      [&](const v1::Motion& r) -> absl::Status {
        RETURN_IF_ERROR(ShowMotion(ctx, r, "put to the vote"));
        // Quorum is judged when the vote closes; say now if the room is short of it.
        v1::GetMeetingRequest get;
        get.set_id(r.meeting_id());
        v1::Meeting meeting;
        auto stub = v1::MeetingService::NewStub(ctx.channel());
        auto rpc = ctx.NewCall();
        if (stub->GetMeeting(rpc.get(), get, &meeting).ok() && !meeting.attendance().quorate()) {
          ctx.err() << "warning: meeting " << meeting.id() << " is not quorate now ("
                    << meeting.attendance().total() << " present or by proxy, "
                    << meeting.attendance().quorum_required()
                    << " required); unless more member schools attend before the vote closes, "
                       "the motion will not be decided\n";
        }
        return absl::OkStatus();
      });
}

absl::Status MotionClose(CliContext& ctx, const Args& args) {
  v1::CloseMotionRequest req;
  ASSIGN_OR_RETURN(std::string id, ParseId("MOTION", args.id));
  req.set_id(id);
  return Call<v1::Motion>(
      ctx, [&](Stub& s, grpc::ClientContext* c, v1::Motion* out) {
        return s.CloseMotion(c, req, out);
      },
      [&](const v1::Motion& r) {
        return ShowMotion(ctx, r, absl::StrCat("closed: ", absl::AsciiStrToUpper(
                                                               Name(r.result().outcome()))));
      });
}

absl::Status MotionVote(CliContext& ctx, const Args& args) {
  v1::CastVoteRequest req;
  ASSIGN_OR_RETURN(std::string id, ParseId("MOTION", args.id));
  req.set_motion_id(id);
  ASSIGN_OR_RETURN(std::string urn, ParseUrn("--school", args.school));
  req.set_school_urn(urn);
  ASSIGN_OR_RETURN(v1::VoteChoice choice, ParseVoteChoice("--choice", args.choice));
  req.set_choice(choice);
  return Call<v1::VoteReceipt>(
      ctx, [&](Stub& s, grpc::ClientContext* c, v1::VoteReceipt* out) {
        return s.CastVote(c, req, out);
      },
      [&](const v1::VoteReceipt& r) -> absl::Status {
        if (ctx.json()) return ctx.PrintJson(r);
        ctx.out() << "school " << r.school_urn() << " voted " << Name(r.choice())
                  << " on motion " << r.motion_id()
                  << (r.by_proxy() ? absl::StrCat(" by proxy (", r.cast_by(), ")") : "")
                  << "\n";
        ctx.err() << r.schools_voted()
                  << (r.schools_voted() == 1 ? " school has" : " schools have")
                  << " voted on motion " << r.motion_id() << "\n";
        return absl::OkStatus();
      });
}

// ---- proxies ----------------------------------------------------------------------------

absl::Status ProxyAppoint(CliContext& ctx, const Args& args) {
  v1::AppointProxyRequest req;
  v1::Proxy* p = req.mutable_proxy();
  ASSIGN_OR_RETURN(std::string meeting, ParseId("MEETING", args.id));
  p->set_meeting_id(meeting);
  ASSIGN_OR_RETURN(std::string urn, ParseUrn("--school", args.school));
  p->set_school_urn(urn);
  if (args.chair_holds == !args.holder.empty()) {
    return UsageError("--holder, --chair: give one: a member school's URN or the chair");
  }
  p->set_chair(args.chair_holds);
  if (!args.holder.empty()) {
    ASSIGN_OR_RETURN(std::string holder, ParseUrn("--holder", args.holder));
    p->set_holder_urn(holder);
  }
  ASSIGN_OR_RETURN(v1::ProxyKind kind, ParseProxyKind("--kind", args.kind));
  p->set_kind(kind);
  for (const std::string& d : args.directions) {
    ASSIGN_OR_RETURN(*p->add_directions(), ParseDirection("--direct", d));
  }
  return Call<v1::Proxy>(
      ctx, [&](Stub& s, grpc::ClientContext* c, v1::Proxy* out) {
        return s.AppointProxy(c, req, out);
      },
      [&](const v1::Proxy& r) -> absl::Status {
        if (ctx.json()) return ctx.PrintJson(r);
        ctx.out() << "school " << r.school_urn() << " appointed "
                  << (r.chair() ? std::string("the chair")
                                : absl::StrCat("school ", r.holder_urn()))
                  << " as its " << Name(r.kind()) << " proxy for meeting " << r.meeting_id()
                  << "\n";
        return absl::OkStatus();
      });
}

absl::Status ProxyList(CliContext& ctx, const Args& args) {
  ASSIGN_OR_RETURN(std::string meeting, ParseId("MEETING", args.id));
  ASSIGN_OR_RETURN(v1::ListProxiesResponse r, AllProxies(ctx, meeting));
  if (ctx.json()) return ctx.PrintJson(r);
  Table t({"URN", "SCHOOL", "HOLDER", "KIND", "DIRECTIONS"});
  t.SetMaxWidth(1, 36);
  for (const v1::Proxy& p : r.proxies()) {
    std::string directions;
    for (const v1::ProxyDirection& d : p.directions()) {
      absl::StrAppend(&directions, directions.empty() ? "" : ", ", "motion ", d.motion_id(), " ",
                      Name(d.choice()));
    }
    t.AddRow({p.school_urn(), p.school_name(),
              p.chair() ? std::string("the chair") : p.holder_urn(), Name(p.kind()), directions});
  }
  ctx.out() << t.Render();
  ctx.err() << r.proxies_size() << (r.proxies_size() == 1 ? " proxy\n" : " proxies\n");
  return absl::OkStatus();
}

}  // namespace

void AddMeetingsCommands(CLI::App& app, CliContext& ctx) {
  CLI::App* m = app.add_subcommand(
      "meetings",
      "General meetings (the AGM): motions, quorum, attendance, proxies, votes and minutes");
  m->require_subcommand(1);
  m->footer(kGlobalOptionsFooter);
  std::shared_ptr<Args> a;

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

  CLI::App* motion =
      m->add_subcommand("motion", "Motions: add, list, show, open, vote, close");
  motion->require_subcommand(1);
  motion->footer(kGlobalOptionsFooter);

  v = AddVerb(motion, ctx, "add", "Add a draft motion to a meeting (coordinator)", a, MotionAdd);
  v->add_option("MEETING", a->id, "The meeting's id")->required();
  v->add_option("--text", a->text, "The motion's wording")->required();
  v->add_option("--kind", a->kind,
                "ordinary (simple majority of votes cast) or special (the threshold)")
      ->required();
  v->add_option("--ballot", a->ballot,
                "recorded (who voted how is minuted) or secret (totals only)")
      ->required();
  v->add_option("--threshold", a->threshold,
                "Special only: share of the votes cast needed (default: the meeting's)");

  v = AddVerb(motion, ctx, "list", "List a meeting's motions", a, MotionList);
  v->add_option("MEETING", a->id, "The meeting's id")->required();

  v = AddVerb(motion, ctx, "show", "Show a motion, its totals and result", a, MotionShow);
  v->add_option("MOTION", a->id, "The motion's id")->required();

  v = AddVerb(motion, ctx, "open", "Put a draft motion to the vote (coordinator)", a, MotionOpen);
  v->add_option("MOTION", a->id, "The motion's id")->required();

  v = AddVerb(motion, ctx, "close",
              "Close the vote: directed proxies are cast, quorum judged, result stored "
              "(coordinator)",
              a, MotionClose);
  v->add_option("MOTION", a->id, "The motion's id")->required();

  v = AddVerb(motion, ctx, "vote",
              "Cast a school's vote: its own token (school present), the token of the school "
              "holding its proxy, or the coordinator (show of hands, the chair's proxies). A "
              "second vote is refused (exit 5)",
              a, MotionVote);
  v->add_option("MOTION", a->id, "The motion's id")->required();
  v->add_option("--school", a->school, "Whose vote it is (URN)")->required();
  v->add_option("--choice", a->choice, "for, against or abstain")->required();

  CLI::App* proxy = m->add_subcommand("proxy", "Proxies: appoint, list");
  proxy->require_subcommand(1);
  proxy->footer(kGlobalOptionsFooter);

  v = AddVerb(proxy, ctx, "appoint",
              "Appoint a school's proxy for a meeting (the school's token or the coordinator); "
              "replaces its earlier one until the meeting opens",
              a, ProxyAppoint);
  v->add_option("MEETING", a->id, "The meeting's id")->required();
  v->add_option("--school", a->school, "The appointing school (URN)")->required();
  v->add_option("--holder", a->holder, "The member school whose representative holds it (URN)");
  v->add_flag("--chair", a->chair_holds, "The chair holds it");
  v->add_option("--kind", a->kind,
                "directed (cast as --direct says when each motion closes) or discretionary")
      ->required();
  v->add_option("--direct", a->directions,
                "Directed only: MOTION=CHOICE, e.g. 12=for; repeat for each motion");

  v = AddVerb(proxy, ctx, "list",
              "A meeting's proxies (a school token sees those it appointed or holds)", a,
              ProxyList);
  v->add_option("MEETING", a->id, "The meeting's id")->required();
}

}  // namespace partnership::cli
