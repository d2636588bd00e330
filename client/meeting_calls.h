// What the `meetings` verbs (meeting_commands.cc) and its `motion` and `proxy` verbs
// (motion_commands.cc) share: the flags they bind, one RPC called and shown, and the lists
// read to the end.
#ifndef PARTNERSHIP_CLIENT_MEETING_CALLS_H_
#define PARTNERSHIP_CLIENT_MEETING_CALLS_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "client/cli_context.h"
#include "common/status_macros.h"
#include "partnership/v1/meetings.grpc.pb.h"

namespace CLI {
class App;
}  // namespace CLI

namespace partnership::cli {

using MeetingStub = v1::MeetingService::Stub;

// The flags of every `meetings` verb.
struct MeetingArgs {
  std::string id, kind, title, date, chair, quorum, threshold, status, school, text, ballot,
      choice, holder;
  bool chair_holds = false;
  std::vector<std::string> directions;
};

// A meeting or motion id argument. UsageError naming `flag` unless a positive number.
absl::StatusOr<std::string> ParseMeetingId(absl::string_view flag, const std::string& text);

// The answer of a verb: JSON with --json, else the text form and `done` on stderr.
absl::Status ShowMeeting(CliContext& ctx, const v1::Meeting& meeting, absl::string_view done);
absl::Status ShowMotion(CliContext& ctx, const v1::Motion& motion, absl::string_view done);

// Every motion / every proxy of meeting `id` the caller may see, page by page.
absl::StatusOr<v1::ListMotionsResponse> AllMotions(CliContext& ctx, const std::string& id);
absl::StatusOr<v1::ListProxiesResponse> AllProxies(CliContext& ctx, const std::string& id);

// Calls one RPC answering with `Reply` and shows it with `show`.
template <typename Reply, typename Rpc, typename Show>
absl::Status CallMeetings(CliContext& ctx, Rpc call, Show show) {
  auto stub = v1::MeetingService::NewStub(ctx.channel());
  Reply reply;
  auto rpc = ctx.NewCall();
  RETURN_IF_ERROR(ctx.Check(call(*stub, rpc.get(), &reply)));
  return show(reply);
}

// Adds `motion ...` and `proxy ...` to the `meetings` noun (motion_commands.cc).
void AddMotionAndProxyCommands(CLI::App& meetings, CliContext& ctx);

}  // namespace partnership::cli

#endif  // PARTNERSHIP_CLIENT_MEETING_CALLS_H_
