// `partnership meetings motion add|list|show|open|close|vote` and `meetings proxy
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

absl::Status MotionAdd(CliContext& ctx, const MeetingArgs& args) {
  v1::CreateMotionRequest req;
  v1::Motion* m = req.mutable_motion();
  ASSIGN_OR_RETURN(std::string meeting, ParseMeetingId("MEETING", args.id));
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
  return CallMeetings<v1::Motion>(
      ctx, [&](MeetingStub& s, grpc::ClientContext* c, v1::Motion* out) {
        return s.CreateMotion(c, req, out);
      },
      [&](const v1::Motion& r) { return ShowMotion(ctx, r, "added (draft)"); });
}

absl::Status MotionShow(CliContext& ctx, const MeetingArgs& args) {
  v1::GetMotionRequest req;
  ASSIGN_OR_RETURN(std::string id, ParseMeetingId("MOTION", args.id));
  req.set_id(id);
  return CallMeetings<v1::Motion>(
      ctx, [&](MeetingStub& s, grpc::ClientContext* c, v1::Motion* out) {
        return s.GetMotion(c, req, out);
      },
      [&](const v1::Motion& r) { return ShowMotion(ctx, r, ""); });
}

absl::Status MotionList(CliContext& ctx, const MeetingArgs& args) {
  ASSIGN_OR_RETURN(std::string id, ParseMeetingId("MEETING", args.id));
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

absl::Status MotionOpen(CliContext& ctx, const MeetingArgs& args) {
  v1::OpenMotionRequest req;
  ASSIGN_OR_RETURN(std::string id, ParseMeetingId("MOTION", args.id));
  req.set_id(id);
  return CallMeetings<v1::Motion>(
      ctx, [&](MeetingStub& s, grpc::ClientContext* c, v1::Motion* out) {
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

absl::Status MotionClose(CliContext& ctx, const MeetingArgs& args) {
  v1::CloseMotionRequest req;
  ASSIGN_OR_RETURN(std::string id, ParseMeetingId("MOTION", args.id));
  req.set_id(id);
  return CallMeetings<v1::Motion>(
      ctx, [&](MeetingStub& s, grpc::ClientContext* c, v1::Motion* out) {
        return s.CloseMotion(c, req, out);
      },
      [&](const v1::Motion& r) {
        return ShowMotion(ctx, r, absl::StrCat("closed: ", absl::AsciiStrToUpper(
                                                               Name(r.result().outcome()))));
      });
}

absl::Status MotionVote(CliContext& ctx, const MeetingArgs& args) {
  v1::CastVoteRequest req;
  ASSIGN_OR_RETURN(std::string id, ParseMeetingId("MOTION", args.id));
  req.set_motion_id(id);
  ASSIGN_OR_RETURN(std::string urn, ParseUrn("--school", args.school));
  req.set_school_urn(urn);
  ASSIGN_OR_RETURN(v1::VoteChoice choice, ParseVoteChoice("--choice", args.choice));
  req.set_choice(choice);
  return CallMeetings<v1::VoteReceipt>(
      ctx, [&](MeetingStub& s, grpc::ClientContext* c, v1::VoteReceipt* out) {
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

absl::Status ProxyAppoint(CliContext& ctx, const MeetingArgs& args) {
  v1::AppointProxyRequest req;
  v1::Proxy* p = req.mutable_proxy();
  ASSIGN_OR_RETURN(std::string meeting, ParseMeetingId("MEETING", args.id));
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
  return CallMeetings<v1::Proxy>(
      ctx, [&](MeetingStub& s, grpc::ClientContext* c, v1::Proxy* out) {
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

absl::Status ProxyList(CliContext& ctx, const MeetingArgs& args) {
  ASSIGN_OR_RETURN(std::string meeting, ParseMeetingId("MEETING", args.id));
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

void AddMotionAndProxyCommands(CLI::App& meetings, CliContext& ctx) {
  CLI::App* m = &meetings;
  std::shared_ptr<MeetingArgs> a;
  CLI::App* v = nullptr;
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
