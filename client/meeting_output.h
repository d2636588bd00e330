// How `partnership meetings` shows meetings, motions and minutes as human text (the --json
// forms are the messages themselves).
#ifndef PARTNERSHIP_CLIENT_MEETING_OUTPUT_H_
#define PARTNERSHIP_CLIENT_MEETING_OUTPUT_H_

#include <string>

#include "client/cli_context.h"
#include "partnership/v1/meetings.pb.h"

namespace partnership::cli {

// "3 present, 2 by proxy: 5 of 271 voting members; quorum 5, met".
std::string AttendanceText(const v1::AttendanceCount& attendance);

// The meeting's fields, one per line.
void PrintMeeting(CliContext& ctx, const v1::Meeting& meeting);

// The motion, its rule in words, its tally and outcome, and the recorded votes if any.
void PrintMotion(CliContext& ctx, const v1::Motion& motion);

// The minutes: the meeting, attendance against the quorum, proxies, and each motion.
void PrintMinutes(CliContext& ctx, const v1::Minutes& minutes);

}  // namespace partnership::cli

#endif  // PARTNERSHIP_CLIENT_MEETING_OUTPUT_H_
