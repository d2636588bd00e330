// Between partnership.v1 review messages and the reviews domain's types.
#ifndef PARTNERSHIP_SERVER_REVIEW_CONVERT_H_
#define PARTNERSHIP_SERVER_REVIEW_CONVERT_H_

#include "absl/status/statusor.h"
#include "partnership/v1/reviews.pb.h"
#include "reviews/review_cycle.h"
#include "reviews/review_cycles.h"

namespace partnership::server {

void ToProto(const reviews::ReviewCycle& in, v1::ReviewCycle* out);
void ToProto(const reviews::CycleSchedule& in, v1::ReviewSchedule* out);

// The cycle in a create request: unset policy and weight fields take the spec's defaults.
reviews::ReviewCycle CycleFromProto(const v1::ReviewCycle& in);

// Applies an update request's mask (dates, policy, weights) to `cycle`. INVALID_ARGUMENT for an
// empty mask or another path. Within policy and weights, set fields replace, unset ones stay.
absl::Status ApplyCycleUpdate(const v1::UpdateReviewCycleRequest& req, reviews::ReviewCycle& cycle);

}  // namespace partnership::server

#endif  // PARTNERSHIP_SERVER_REVIEW_CONVERT_H_
