// How `partnership meetings` shows meetings, motions and minutes as text.
#include "client/meeting_output.h"

#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "client/commands.h"
#include "client/meeting_arguments.h"
#include "client/table.h"

namespace partnership::cli {
namespace {

std::string QuorumText(const v1::Meeting& m) {
  if (m.quorum_schools() > 0) return absl::StrCat(m.quorum_schools(), " member schools");
  return absl::StrCat(FractionText(m.quorum_fraction()), " of the voting members");
}


void Line(CliContext& ctx, absl::string_view label, const std::string& value) {
  if (!value.empty()) ctx.out() << label << ": " << value << "\n";
}


std::string KindText(const v1::Motion& m) {
  std::string kind = m.kind() == v1::MOTION_KIND_SPECIAL
                         ? absl::StrCat("special resolution, threshold ",
                                        FractionText(m.threshold()))
                         : std::string("ordinary resolution, simple majority");
  return absl::StrCat(kind, ", ", Name(m.ballot()), " vote");
}


std::string TallyText(int votes_for, int against, int abstentions) {
  return absl::StrCat(votes_for, " for, ", against, " against (", votes_for + against,
                      " votes cast), ", abstentions, " abstentions");
}


void PrintRecordedVotes(CliContext& ctx, const v1::Motion& m, const std::string& indent) {
  if (m.recorded_votes_size() == 0) return;
  Table t({"URN", "SCHOOL", "VOTE", "HOW"});
  t.SetMaxWidth(1, 40);
  for (const v1::RecordedVote& v : m.recorded_votes()) {
    t.AddRow({v.school_urn(), v.school_name(), Name(v.choice()),
              v.by_proxy() ? absl::StrCat("by proxy (", v.cast_by(), ")") : "in person"});
  }
  std::string table = t.Render();
  size_t start = 0;
  while (start < table.size()) {
    const size_t end = table.find('\n', start);
    ctx.out() << indent << table.substr(start, end - start) << "\n";
    start = end + 1;
  }
}


}  // namespace

std::string AttendanceText(const v1::AttendanceCount& a) {
  return absl::StrCat(a.present(), " present, ", a.by_proxy(), " by proxy: ", a.total(), " of ",
                      a.voting_members(), " voting members; quorum ", a.quorum_required(), ", ",
                      a.quorate() ? "met" : "NOT met");
}


void PrintMeeting(CliContext& ctx, const v1::Meeting& m) {
  Line(ctx, "Meeting", m.id());
  Line(ctx, "Title", m.title());
  Line(ctx, "Kind", absl::AsciiStrToUpper(Name(m.kind())));
  Line(ctx, "Date", m.date());
  Line(ctx, "Chair", absl::StrCat(m.chair_name(), " (person ", m.chair_person_id(), ")"));
  Line(ctx, "Status", Name(m.status()));
  Line(ctx, "Quorum", QuorumText(m));
  Line(ctx, "Special resolutions", absl::StrCat("at least ", FractionText(m.special_threshold()),
                                                " of the votes cast"));
  Line(ctx, "Attendance", AttendanceText(m.attendance()));
}


void PrintMotion(CliContext& ctx, const v1::Motion& m) {
  Line(ctx, "Motion", m.id());
  Line(ctx, "Meeting", absl::StrCat(m.meeting_id(), ", motion ", m.number()));
  Line(ctx, "Text", m.text());
  Line(ctx, "Kind", KindText(m));
  Line(ctx, "Status", Name(m.status()));
  Line(ctx, "Rule", m.rule());
  Line(ctx, "Abstentions", m.abstention_rule());
  Line(ctx, "Schools voted", absl::StrCat(m.schools_voted()));
  if (m.has_result()) {
    const v1::MotionResult& r = m.result();
    Line(ctx, "Votes", TallyText(r.votes_for(), r.votes_against(), r.abstentions()));
    Line(ctx, "Attendance", AttendanceText(r.attendance()));
    Line(ctx, "Outcome", absl::AsciiStrToUpper(Name(r.outcome())));
    Line(ctx, "Explanation", r.explanation());
  } else if (m.ballot() == v1::BALLOT_RECORDED || m.status() != v1::MOTION_STATUS_DRAFT) {
    Line(ctx, "Votes so far", TallyText(m.votes_for(), m.votes_against(), m.abstentions()));
  }
  if (m.recorded_votes_size() > 0) {
    ctx.out() << "\n";
    PrintRecordedVotes(ctx, m, "");
  }
}


void PrintMinutes(CliContext& ctx, const v1::Minutes& minutes) {
  const v1::Meeting& m = minutes.meeting();
  ctx.out() << "MINUTES OF THE " << (m.kind() == v1::MEETING_KIND_AGM ? "ANNUAL GENERAL MEETING"
                                                                       : "GENERAL MEETING")
            << "\n";
  Line(ctx, "Meeting", absl::StrCat(m.id(), ": ", m.title()));
  Line(ctx, "Date", m.date());
  Line(ctx, "Chair", absl::StrCat(m.chair_name(), " (person ", m.chair_person_id(), ")"));
  Line(ctx, "Status", Name(m.status()));
  ctx.out() << "\nATTENDANCE\n";
  const v1::AttendanceCount& a = m.attendance();
  ctx.out() << "Present: " << a.present() << " member schools\n"
            << "By proxy: " << a.by_proxy() << " member schools\n"
            << "Total: " << a.total() << " of " << a.voting_members() << " voting members\n"
            << "Quorum required: " << a.quorum_required() << " (" << QuorumText(m) << "): "
            << (a.quorate() ? "met" : "NOT met") << "\n";
  if (minutes.present_size() + minutes.represented_size() > 0) {
    ctx.out() << "\n";
    Table t({"URN", "SCHOOL", "ATTENDED"});
    t.SetMaxWidth(1, 40);
    for (const v1::Attendee& p : minutes.present()) {
      t.AddRow({p.school_urn(), p.school_name(), "present"});
    }
    for (const v1::Proxy& p : minutes.represented()) {
      t.AddRow({p.school_urn(), p.school_name(),
                absl::StrCat("by ", Name(p.kind()), " proxy: ",
                             p.chair() ? std::string("the chair")
                                       : absl::StrCat(p.holder_urn(), " ", p.holder_name()))});
    }
    ctx.out() << t.Render();
  }
  ctx.out() << "\nMOTIONS\n" << minutes.abstention_rule() << "\n";
  for (const v1::Motion& motion : minutes.motions()) {
    ctx.out() << "\n" << motion.number() << ". " << motion.text() << "  [motion " << motion.id()
              << "]\n";
    ctx.out() << "   Kind: " << KindText(motion) << "\n";
    ctx.out() << "   Rule: " << motion.rule() << "\n";
    if (!motion.has_result()) {
      ctx.out() << "   Status: " << Name(motion.status())
                << (motion.status() == v1::MOTION_STATUS_DRAFT ? " (not put to the vote)" : "")
                << "\n";
      continue;
    }
    const v1::MotionResult& r = motion.result();
    ctx.out() << "   Votes: " << TallyText(r.votes_for(), r.votes_against(), r.abstentions())
              << "\n";
    ctx.out() << "   Attendance at the vote: " << AttendanceText(r.attendance()) << "\n";
    ctx.out() << "   Outcome: " << absl::AsciiStrToUpper(Name(r.outcome())) << "\n";
    ctx.out() << "   " << r.explanation() << "\n";
    if (motion.ballot() == v1::BALLOT_SECRET) {
      ctx.out() << "   Secret ballot: who voted how is not recorded.\n";
    } else if (motion.recorded_votes_size() > 0) {
      ctx.out() << "   Recorded votes:\n";
      PrintRecordedVotes(ctx, motion, "     ");
    }
  }
}

}  // namespace partnership::cli
