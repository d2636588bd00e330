#include "demo/random.h"

#include <cstdint>
#include <vector>

#include "gtest/gtest.h"

namespace partnership::demo {
namespace {

// Reference outputs computed with an independent implementation of the published
// algorithms (Python, arbitrary-precision integers masked to 64 bits). If these change, every
// demo county changes with them.
TEST(RandomTest, SplitMix64MatchesThePublishedSequence) {
  uint64_t state = 0;
  EXPECT_EQ(SplitMix64(state), 0xe220a8397b1dcdafULL);
  EXPECT_EQ(SplitMix64(state), 0x6e789e6aa1b965f4ULL);
  EXPECT_EQ(SplitMix64(state), 0x06c45d188009454fULL);
}

TEST(RandomTest, XoshiroSeededBySplitMixMatchesTheReferenceOutputs) {
  Random random(2027);
  EXPECT_EQ(random.Next(), 0x8697834d3ede0c4bULL);
  EXPECT_EQ(random.Next(), 0x117fef148a0d8e64ULL);
  EXPECT_EQ(random.Next(), 0xfff1ae602ec0deddULL);
  EXPECT_EQ(random.Next(), 0xbbec0d1f81c3de07ULL);
}

TEST(RandomTest, BetweenStaysInRangeAndReachesBothEnds) {
  Random random(7);
  std::vector<int> seen(7, 0);
  for (int i = 0; i < 7000; ++i) {
    const int v = random.Between(-3, 3);
    ASSERT_GE(v, -3);
    ASSERT_LE(v, 3);
    ++seen[v + 3];
  }
  for (int count : seen) {
    EXPECT_GT(count, 800);  // 1000 expected for each value
    EXPECT_LT(count, 1200);
  }
}

TEST(RandomTest, PercentHonoursItsEnds) {
  Random random(11);
  for (int i = 0; i < 1000; ++i) {
    EXPECT_FALSE(random.Percent(0));
    EXPECT_TRUE(random.Percent(100));
  }
}

}  // namespace
}  // namespace partnership::demo
