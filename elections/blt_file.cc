#include "elections/blt_file.h"

#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"

namespace partnership::elections {
namespace {

constexpr int64_t kMaxWeight = 1000000000;

struct Line {
  int number;  // 1-based, as an editor shows it
  absl::string_view text;
};

absl::Status LineError(int line, absl::string_view message) {
  return absl::InvalidArgumentError(absl::StrCat("line ", line, ": ", message));
}

// The non-blank lines, trimmed, with their numbers. "\r\n" and a leading byte order mark are
// what files saved on Windows look like; neither should change the meaning.
std::vector<Line> SplitLines(absl::string_view text) {
  if (absl::StartsWith(text, "\xEF\xBB\xBF")) text.remove_prefix(3);
  std::vector<Line> lines;
  int number = 0;
  for (absl::string_view raw : absl::StrSplit(text, '\n')) {
    ++number;
    absl::string_view trimmed = absl::StripAsciiWhitespace(raw);
    if (!trimmed.empty()) lines.push_back({number, trimmed});
  }
  return lines;
}

std::vector<absl::string_view> Tokens(absl::string_view text) {
  return absl::StrSplit(text, absl::ByAnyChar(" \t\r"), absl::SkipEmpty());
}

// Reads the header "CANDIDATES SEATS".
absl::Status ParseHeader(const Line& line, Election* election) {
  std::vector<absl::string_view> tokens = Tokens(line.text);
  int candidates = 0, seats = 0;
  if (tokens.size() != 2 || !absl::SimpleAtoi(tokens[0], &candidates) ||
      !absl::SimpleAtoi(tokens[1], &seats)) {
    return LineError(line.number, absl::StrCat("the first line must be \"CANDIDATES SEATS\", "
                                               "found \"", line.text, "\""));
  }
  if (candidates < 1) return LineError(line.number, "there must be at least one candidate");
  if (seats < 1) return LineError(line.number, "there must be at least one seat");
  if (seats > candidates) {
    return LineError(line.number,
                     absl::StrCat(seats, " seats but only ", candidates, " candidates"));
  }
  election->seats = seats;
  election->candidates.assign(candidates, "");
  election->withdrawn.assign(candidates, false);
  return absl::OkStatus();
}

absl::Status ParseWithdrawn(const Line& line, Election* election) {
  const int count = static_cast<int>(election->candidates.size());
  for (absl::string_view token : Tokens(line.text)) {
    int value = 0;
    if (!absl::SimpleAtoi(token, &value) || value >= 0) {
      return LineError(line.number, absl::StrCat("withdrawn candidates are written as negative "
                                                 "numbers (\"-2\"), found \"", token, "\""));
    }
    if (-value > count) {
      return LineError(line.number, absl::StrCat("candidate ", -value,
                                                 " cannot withdraw: there are ", count,
                                                 " candidates"));
    }
    election->withdrawn[-value - 1] = true;
  }
  return absl::OkStatus();
}

absl::StatusOr<Ballot> ParseBallot(const Line& line, int candidate_count) {
  std::vector<absl::string_view> tokens = Tokens(line.text);
  Ballot ballot;
  if (!absl::SimpleAtoi(tokens[0], &ballot.weight) || ballot.weight < 1) {
    return LineError(line.number,
                     absl::StrCat("weight \"", tokens[0], "\" is not a positive whole number"));
  }
  // Keeps every total far inside 64 bits even in units of 0.00001 of a vote.
  if (ballot.weight > kMaxWeight) {
    return LineError(line.number, absl::StrCat("weight ", ballot.weight, " is more than ",
                                               kMaxWeight, " ballot papers"));
  }
  if (tokens.back() != "0") return LineError(line.number, "the ballot does not end with 0");
  std::vector<bool> ranked(candidate_count, false);
  for (size_t i = 1; i + 1 < tokens.size(); ++i) {
    absl::string_view token = tokens[i];
    if (absl::StrContains(token, '=')) {
      return LineError(line.number, absl::StrCat("equal rankings (\"", token,
                                                 "\") are not supported: rank each candidate "
                                                 "on its own"));
    }
    int candidate = 0;
    if (!absl::SimpleAtoi(token, &candidate)) {
      return LineError(line.number, absl::StrCat("\"", token, "\" is not a candidate number"));
    }
    if (candidate == 0) return LineError(line.number, "text after the 0 that ends the ballot");
    if (candidate < 0 || candidate > candidate_count) {
      return LineError(line.number, absl::StrCat("candidate ", candidate,
                                                 " does not exist (there are ", candidate_count,
                                                 ")"));
    }
    if (ranked[candidate - 1]) {
      return LineError(line.number, absl::StrCat("candidate ", candidate, " ranked twice"));
    }
    ranked[candidate - 1] = true;
    ballot.preferences.push_back(candidate - 1);
  }
  if (ballot.preferences.empty()) return LineError(line.number, "the ballot ranks no candidate");
  return ballot;
}

// The quoted strings on the lines after the ballots, each with its line number.
absl::StatusOr<std::vector<std::pair<int, std::string>>> QuotedStrings(
    const std::vector<Line>& lines, size_t from) {
  std::vector<std::pair<int, std::string>> strings;
  for (size_t i = from; i < lines.size(); ++i) {
    absl::string_view rest = lines[i].text;
    while (!rest.empty()) {
      if (rest.front() != '"') {
        return LineError(lines[i].number,
                         absl::StrCat("expected a quoted name, found \"", rest, "\""));
      }
      const size_t close = rest.find('"', 1);
      if (close == absl::string_view::npos) {
        return LineError(lines[i].number, "a quoted name is not closed");
      }
      strings.emplace_back(lines[i].number, std::string(rest.substr(1, close - 1)));
      rest = absl::StripLeadingAsciiWhitespace(rest.substr(close + 1));
    }
  }
  return strings;
}

}  // namespace

absl::StatusOr<Election> ParseBlt(absl::string_view text) {
  const std::vector<Line> lines = SplitLines(text);
  if (lines.empty()) return LineError(1, "the file is empty");
  Election election;
  absl::Status status = ParseHeader(lines[0], &election);
  if (!status.ok()) return status;
  const int count = static_cast<int>(election.candidates.size());

  size_t i = 1;
  if (i < lines.size() && absl::StartsWith(lines[i].text, "-")) {
    status = ParseWithdrawn(lines[i], &election);
    if (!status.ok()) return status;
    ++i;
  }
  bool ended = false;
  for (; i < lines.size(); ++i) {
    if (lines[i].text == "0") {
      ended = true;
      ++i;
      break;
    }
    if (lines[i].text.front() == '"') break;  // names began without the closing "0"
    absl::StatusOr<Ballot> ballot = ParseBallot(lines[i], count);
    if (!ballot.ok()) return ballot.status();
    election.ballots.push_back(*std::move(ballot));
  }
  if (!ended) {
    const int where = i < lines.size() ? lines[i].number : lines.back().number + 1;
    return LineError(where, "missing the end-of-ballots line \"0\"");
  }

  absl::StatusOr<std::vector<std::pair<int, std::string>>> strings = QuotedStrings(lines, i);
  if (!strings.ok()) return strings.status();
  const int after_last = lines.back().number + (i < lines.size() ? 0 : 1);
  if (static_cast<int>(strings->size()) < count) {
    return LineError(after_last, absl::StrCat("expected ", count, " candidate names, found ",
                                              strings->size()));
  }
  if (static_cast<int>(strings->size()) == count) {
    return LineError(after_last, "missing the title after the candidate names");
  }
  if (static_cast<int>(strings->size()) > count + 1) {
    return LineError((*strings)[count + 1].first, "unexpected text after the title");
  }
  for (int c = 0; c < count; ++c) election.candidates[c] = std::move((*strings)[c].second);
  election.title = std::move((*strings)[count].second);
  return election;
}

absl::StatusOr<std::string> ToBlt(const Election& election) {
  const int count = static_cast<int>(election.candidates.size());
  if (count < 1 || election.seats < 1) {
    return absl::InvalidArgumentError("an election needs at least one candidate and one seat");
  }
  auto quotable = [](absl::string_view s) { return s.find_first_of("\"\r\n") == s.npos; };
  std::string out = absl::StrCat(count, " ", election.seats, "\n");
  std::vector<std::string> withdrawn;
  for (int c = 0; c < count; ++c) {
    if (election.is_withdrawn(c)) withdrawn.push_back(absl::StrCat("-", c + 1));
  }
  if (!withdrawn.empty()) absl::StrAppend(&out, absl::StrJoin(withdrawn, " "), "\n");
  for (const Ballot& ballot : election.ballots) {
    if (ballot.weight < 1) return absl::InvalidArgumentError("a ballot weight is below 1");
    absl::StrAppend(&out, ballot.weight);
    for (int candidate : ballot.preferences) {
      if (candidate < 0 || candidate >= count) {
        return absl::InvalidArgumentError(
            absl::StrCat("a ballot ranks candidate ", candidate + 1, " of ", count));
      }
      absl::StrAppend(&out, " ", candidate + 1);
    }
    absl::StrAppend(&out, " 0\n");
  }
  absl::StrAppend(&out, "0\n");
  for (const std::string& name : election.candidates) {
    if (!quotable(name)) {
      return absl::InvalidArgumentError(
          absl::StrCat("candidate name \"", name, "\" contains a quote or a line break"));
    }
    absl::StrAppend(&out, "\"", name, "\"\n");
  }
  if (!quotable(election.title)) {
    return absl::InvalidArgumentError("the title contains a quote or a line break");
  }
  absl::StrAppend(&out, "\"", election.title, "\"\n");
  return out;
}

}  // namespace partnership::elections
