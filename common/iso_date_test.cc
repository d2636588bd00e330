#include "common/iso_date.h"

#include "common/digest.h"
#include "gtest/gtest.h"

namespace partnership {
namespace {

TEST(IsoDateTest, AcceptsRealDaysOnly) {
  EXPECT_TRUE(IsIsoDate("2027-05-04"));
  EXPECT_TRUE(IsIsoDate("2028-02-29"));
  EXPECT_FALSE(IsIsoDate("2027-02-29"));
  EXPECT_FALSE(IsIsoDate("2027-13-01"));
  EXPECT_FALSE(IsIsoDate("2027-5-4"));
  EXPECT_FALSE(IsIsoDate("04/05/2027"));
  EXPECT_FALSE(IsIsoDate(""));
}

TEST(DigestTest, Sha256MatchesKnownVector) {
  EXPECT_EQ(Sha256Hex("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(DigestTest, RandomHexHasRequestedLengthAndDiffers) {
  auto a = RandomHex(16), b = RandomHex(16);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(a->size(), 32u);
  EXPECT_NE(*a, *b);
}

}  // namespace
}  // namespace partnership
