#include "elections/tie_break.h"

#include <algorithm>

#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "elections/blt_file.h"

namespace partnership::elections {
namespace {

std::string NameList(const std::vector<int>& candidates, const std::vector<std::string>& names) {
  std::vector<std::string> listed;
  for (int c : candidates) listed.push_back(names[c]);
  if (listed.size() <= 2) return absl::StrJoin(listed, " and ");
  const std::string last = listed.back();
  listed.pop_back();
  return absl::StrCat(absl::StrJoin(listed, ", "), " and ", last);
}

}  // namespace

uint64_t LotSeed(const Election& election) {
  absl::StatusOr<std::string> text = ToBlt(election);
  const std::string& bytes = text.ok() ? *text : election.title;
  uint64_t hash = 0xcbf29ce484222325ULL;  // FNV-1a offset basis
  for (unsigned char byte : bytes) {
    hash ^= byte;
    hash *= 0x100000001b3ULL;  // FNV prime
  }
  return hash;
}

uint64_t Lot::Next() {
  uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

int Lot::Draw(std::vector<int> tied) {
  std::sort(tied.begin(), tied.end());
  const uint64_t n = tied.size();
  // Rejects the top sliver of the range that would favour the first candidates.
  const uint64_t limit = UINT64_MAX - UINT64_MAX % n;
  uint64_t draw;
  do {
    draw = Next();
  } while (draw >= limit);
  return tied[draw % n];
}

TieOutcome BreakTie(const std::vector<int>& tied, TieDirection direction,
                    const std::vector<Stage>& stages, const std::vector<std::string>& names,
                    Lot& lot, absl::string_view purpose) {
  const bool most = direction == TieDirection::kMost;
  std::vector<int> still = tied;
  std::vector<std::string> steps;
  for (auto stage = stages.rbegin(); stage != stages.rend() && still.size() > 1; ++stage) {
    Votes extreme = stage->votes[still[0]];
    bool unequal = false;
    for (int c : still) {
      const Votes v = stage->votes[c];
      if (v != stage->votes[still[0]]) unequal = true;
      if (most ? v > extreme : v < extreme) extreme = v;
    }
    if (!unequal) continue;
    std::vector<int> kept;
    for (int c : still) {
      if (stage->votes[c] == extreme) kept.push_back(c);
    }
    steps.push_back(absl::StrCat("at stage ", stage->number, ", the most recent at which ",
                                 NameList(still, names), " had unequal votes, ",
                                 NameList(kept, names), kept.size() == 1 ? " had" : " shared",
                                 " the ", most ? "most" : "fewest", " (", extreme.ToString(),
                                 ")"));
    still = std::move(kept);
  }
  TieOutcome outcome;
  std::string how = absl::StrJoin(steps, "; ");
  if (still.size() == 1) {
    outcome.chosen = still[0];
  } else {
    outcome.chosen = lot.Draw(still);
    outcome.by_lot = true;
    if (!how.empty()) absl::StrAppend(&how, "; ");
    absl::StrAppend(&how, NameList(still, names),
                    " had equal votes at every stage, so the lot decided (seed ",
                    absl::StrFormat("%016x", lot.seed()), ")");
  }
  outcome.note = absl::StrCat(NameList(tied, names), " tied ", purpose, ": ", how, "; ",
                              names[outcome.chosen], " chosen");
  return outcome;
}

std::vector<int> OrderByVotes(std::vector<int> candidates, const std::vector<Votes>& votes,
                              const std::vector<Stage>& stages,
                              const std::vector<std::string>& names, Lot& lot,
                              absl::string_view purpose, std::vector<std::string>* notes,
                              bool* by_lot) {
  std::vector<int> ordered;
  while (!candidates.empty()) {
    Votes best = votes[candidates[0]];
    for (int c : candidates) best = std::max(best, votes[c]);
    std::vector<int> top;
    for (int c : candidates) {
      if (votes[c] == best) top.push_back(c);
    }
    int chosen = top[0];
    if (top.size() > 1) {
      TieOutcome outcome = BreakTie(top, TieDirection::kMost, stages, names, lot, purpose);
      chosen = outcome.chosen;
      notes->push_back(outcome.note);
      if (outcome.by_lot) *by_lot = true;
    }
    ordered.push_back(chosen);
    candidates.erase(std::find(candidates.begin(), candidates.end(), chosen));
  }
  return ordered;
}

}  // namespace partnership::elections
