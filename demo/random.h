// A small seeded random source whose output is fixed by the seed alone.
//
// The demo county must come out identical on every platform and standard library, so this
// does not use <random>'s distributions (their algorithms are implementation-defined): the
// generator is xoshiro256** seeded through SplitMix64 (both by Blackman and Vigna), and every
// integer-to-range mapping below is written out here.
#ifndef PARTNERSHIP_DEMO_RANDOM_H_
#define PARTNERSHIP_DEMO_RANDOM_H_

#include <cstdint>

namespace partnership::demo {

// Advances `state` by one SplitMix64 step and returns the mixed output. Used to expand a
// single 64-bit seed into xoshiro's 256-bit state.
uint64_t SplitMix64(uint64_t& state);

class Random {
 public:
  // Any seed, 0 included, gives a usable generator.
  explicit Random(uint64_t seed);

  // The next raw xoshiro256** output.
  uint64_t Next();

  // A value in [0, n), every value equally likely (rejection, no modulo bias). n must be > 0;
  // Below(0) returns 0.
  uint64_t Below(uint64_t n);

  // A value in [lo, hi], both ends included, every value equally likely. Requires lo <= hi;
  // returns lo otherwise.
  int Between(int lo, int hi);

  // True with probability percent/100 (0 is never, 100 is always).
  bool Percent(int percent);

 private:
  uint64_t s_[4];
};

}  // namespace partnership::demo

#endif  // PARTNERSHIP_DEMO_RANDOM_H_
