#include "demo/random.h"

namespace partnership::demo {
namespace {

uint64_t RotateLeft(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

}  // namespace

uint64_t SplitMix64(uint64_t& state) {
  uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

Random::Random(uint64_t seed) {
  // SplitMix64 never yields four zero words in a row, so the xoshiro state is never all zero.
  for (uint64_t& word : s_) word = SplitMix64(seed);
}

uint64_t Random::Next() {
  const uint64_t result = RotateLeft(s_[1] * 5, 7) * 9;
  const uint64_t t = s_[1] << 17;
  s_[2] ^= s_[0];
  s_[3] ^= s_[1];
  s_[1] ^= s_[2];
  s_[0] ^= s_[3];
  s_[2] ^= t;
  s_[3] = RotateLeft(s_[3], 45);
  return result;
}

uint64_t Random::Below(uint64_t n) {
  if (n == 0) return 0;
  // 2^64 mod n: raw values below this would make the low residues slightly more likely.
  const uint64_t threshold = (0 - n) % n;
  for (;;) {
    const uint64_t x = Next();
    if (x >= threshold) return x % n;
  }
}

int Random::Between(int lo, int hi) {
  if (hi <= lo) return lo;
  const uint64_t span = static_cast<uint64_t>(static_cast<int64_t>(hi) - lo) + 1;
  return static_cast<int>(static_cast<int64_t>(lo) + static_cast<int64_t>(Below(span)));
}

bool Random::Percent(int percent) { return static_cast<int>(Below(100)) < percent; }

}  // namespace partnership::demo
