// Realistic scheduling problems for benchmarks: a county and all of England.
//
// The shapes follow the partnership's own: primary partnerships of 25-45 schools, secondary
// clusters of 6-15, a special-schools group; leaders per school as schools have them (one
// head, one to four deputies, some untrained); trusts, federations, last cycle's reviews,
// days schools cannot host and days leaders are away. Deterministic for a seed.
#ifndef PARTNERSHIP_BENCH_PROBLEM_GENERATOR_H_
#define PARTNERSHIP_BENCH_PROBLEM_GENERATOR_H_

#include <cstdint>

#include "partnership/scheduler/problem.h"

namespace partnership::bench {

// About 300 schools around Gloucester: 7 primary partnerships, 4 secondary clusters,
// one special group; 30 review dates.
scheduler::Problem GenerateCounty(uint64_t seed);

// GenerateCounty(seed) with reviewers allowed from other groups within 60 km: one connected
// problem (issue 3's hardest county).
scheduler::Problem GenerateCrossGroupCounty(uint64_t seed);

// About `schools` schools across England in groups of 20-45 (600 groups for 20,000).
scheduler::Problem GenerateNational(uint64_t seed, int schools = 20000);

}  // namespace partnership::bench

#endif  // PARTNERSHIP_BENCH_PROBLEM_GENERATOR_H_
