#include "elections/count_json.h"

#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"

namespace partnership::elections {
namespace {

std::string JsonString(absl::string_view text) {
  std::string out = "\"";
  for (unsigned char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20) {
          out += absl::StrFormat("\\u%04x", c);
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

std::string JsonStrings(const std::vector<std::string>& items) {
  std::vector<std::string> quoted;
  for (const std::string& item : items) quoted.push_back(JsonString(item));
  return absl::StrCat("[", absl::StrJoin(quoted, ", "), "]");
}

std::string JsonVotes(Votes votes) { return JsonString(votes.ToString()); }

std::string JsonCandidate(const CountResult& result, int c) {
  return absl::StrCat("{\"candidate\": ", c + 1, ", \"name\": ", JsonString(result.candidates[c]),
                      "}");
}

std::string JsonCandidates(const CountResult& result, const std::vector<int>& candidates) {
  std::vector<std::string> items;
  for (int c : candidates) items.push_back(JsonCandidate(result, c));
  return absl::StrCat("[", absl::StrJoin(items, ", "), "]");
}

std::string JsonStage(const CountResult& result, const Stage& stage) {
  std::vector<std::string> rows;
  for (size_t c = 0; c < result.candidates.size(); ++c) {
    rows.push_back(absl::StrCat(
        "      {\"candidate\": ", c + 1, ", \"name\": ", JsonString(result.candidates[c]),
        ", \"transfer\": ", JsonVotes(stage.transfers[c]), ", \"votes\": ",
        JsonVotes(stage.votes[c]), ", \"state\": ",
        JsonString(CandidateStateName(stage.states[c])), "}"));
  }
  return absl::StrCat(
      "    {\n      \"number\": ", stage.number, ",\n      \"action\": ",
      JsonString(StageActionName(stage.action)), ",\n      \"description\": ",
      JsonString(stage.description), ",\n      \"subject\": ",
      stage.subject < 0 ? "null" : JsonCandidate(result, stage.subject),
      ",\n      \"transferValue\": ", JsonVotes(stage.transfer_value),
      ",\n      \"candidates\": [\n", absl::StrJoin(rows, ",\n"), "\n      ],",
      "\n      \"nonTransferableChange\": ", JsonVotes(stage.non_transferable_change),
      ",\n      \"nonTransferable\": ", JsonVotes(stage.non_transferable),
      ",\n      \"roundingLossChange\": ", JsonVotes(stage.rounding_loss_change),
      ",\n      \"roundingLoss\": ", JsonVotes(stage.rounding_loss),
      ",\n      \"elected\": ", JsonCandidates(result, stage.elected),
      ",\n      \"excluded\": ", JsonCandidates(result, stage.excluded),
      ",\n      \"notes\": ", JsonStrings(stage.notes), "\n    }");
}

}  // namespace

std::string CountJson(const CountResult& result) {
  std::vector<std::string> stages;
  for (const Stage& stage : result.stages) stages.push_back(JsonStage(result, stage));
  return absl::StrCat(
      "{\n  \"method\": ", JsonString(result.method), ",\n  \"title\": ",
      JsonString(result.title), ",\n  \"seats\": ", result.seats, ",\n  \"candidates\": ",
      JsonStrings(result.candidates), ",\n  \"validVotes\": ", JsonVotes(result.valid_votes),
      ",\n  \"quota\": ", result.has_quota ? JsonVotes(result.quota) : "null",
      ",\n  \"elected\": ", JsonCandidates(result, result.elected),
      ",\n  \"uncontested\": ", result.uncontested ? "true" : "false",
      ",\n  \"decidedByLot\": ", result.decided_by_lot ? "true" : "false",
      ",\n  \"lotSeed\": ", JsonString(absl::StrFormat("%016x", result.lot_seed)),
      ",\n  \"notes\": ", JsonStrings(result.notes), ",\n  \"stages\": [",
      stages.empty() ? "" : "\n", absl::StrJoin(stages, ",\n"), stages.empty() ? "" : "\n  ",
      "]\n}\n");
}

}  // namespace partnership::elections
