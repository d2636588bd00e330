// Votes as a count shows them: exact fixed-point numbers with five decimal places.
//
// The Scottish rules (SSI 2007/42, Schedule 1, rule 48(3)) make every transfer value to five
// decimal places, "any remainder being ignored". Counting in whole units of 0.00001 of a vote
// with 64-bit integers makes every figure exact and every recount identical to the last digit,
// on any machine; floating point would not.
#ifndef PARTNERSHIP_ELECTIONS_VOTES_H_
#define PARTNERSHIP_ELECTIONS_VOTES_H_

#include <cstdint>
#include <ostream>
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace partnership::elections {

class Votes {
 public:
  // One vote is this many units: five decimal places.
  static constexpr int64_t kUnitsPerVote = 100000;

  constexpr Votes() = default;

  static constexpr Votes FromUnits(int64_t units) { return Votes(units); }
  static constexpr Votes Whole(int64_t votes) { return Votes(votes * kUnitsPerVote); }

  constexpr int64_t units() const { return units_; }
  constexpr bool is_whole() const { return units_ % kUnitsPerVote == 0; }

  // "1381.00000", "-73.20404": always five decimal places, as the rules state figures.
  std::string ToString() const {
    const int64_t magnitude = units_ < 0 ? -units_ : units_;
    return absl::StrFormat("%s%d.%05d", units_ < 0 ? "-" : "", magnitude / kUnitsPerVote,
                           magnitude % kUnitsPerVote);
  }

  // "1381" for counts whose figures are all whole (plurality, instant-runoff), else as
  // ToString().
  std::string ToShortString() const {
    return is_whole() ? absl::StrCat(units_ / kUnitsPerVote) : ToString();
  }

  constexpr Votes operator+(Votes other) const { return Votes(units_ + other.units_); }
  constexpr Votes operator-(Votes other) const { return Votes(units_ - other.units_); }
  constexpr Votes operator-() const { return Votes(-units_); }
  Votes& operator+=(Votes other) {
    units_ += other.units_;
    return *this;
  }
  Votes& operator-=(Votes other) {
    units_ -= other.units_;
    return *this;
  }
  constexpr bool operator==(Votes other) const { return units_ == other.units_; }
  constexpr bool operator!=(Votes other) const { return units_ != other.units_; }
  constexpr bool operator<(Votes other) const { return units_ < other.units_; }
  constexpr bool operator<=(Votes other) const { return units_ <= other.units_; }
  constexpr bool operator>(Votes other) const { return units_ > other.units_; }
  constexpr bool operator>=(Votes other) const { return units_ >= other.units_; }

 private:
  constexpr explicit Votes(int64_t units) : units_(units) {}
  int64_t units_ = 0;
};

// Lets tests and logs print votes as figures rather than bytes.
inline std::ostream& operator<<(std::ostream& out, Votes votes) {
  return out << votes.ToString();
}

}  // namespace partnership::elections

#endif  // PARTNERSHIP_ELECTIONS_VOTES_H_
