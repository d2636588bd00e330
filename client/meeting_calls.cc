#include "client/meeting_calls.h"

#include "absl/strings/str_cat.h"
#include "client/arguments.h"
#include "client/meeting_output.h"

namespace partnership::cli {

absl::StatusOr<std::string> ParseMeetingId(absl::string_view flag, const std::string& text) {
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

}  // namespace partnership::cli
