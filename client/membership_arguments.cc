#include "client/membership_arguments.h"

#include <map>
#include <optional>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "client/exit_codes.h"

namespace partnership::cli {
namespace {

// Splits one CSV line into fields: commas separate, double quotes enclose (a doubled quote
// inside is one quote). nullopt for an unterminated quote.
std::optional<std::vector<std::string>> SplitCsvLine(absl::string_view line) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        fields.back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        fields.back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields.emplace_back();
    } else {
      fields.back() += c;
    }
  }
  if (quoted) return std::nullopt;
  for (std::string& f : fields) f = std::string(absl::StripAsciiWhitespace(f));
  return fields;
}

bool AllDigits(absl::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (!absl::ascii_isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

}  // namespace

absl::StatusOr<std::string> ParseAcademicYear(absl::string_view flag, absl::string_view text) {
  int start = 0, next = 0;
  if (text.size() != 7 || text[4] != '-' || !AllDigits(text.substr(0, 4)) ||
      !AllDigits(text.substr(5, 2)) || !absl::SimpleAtoi(text.substr(0, 4), &start) ||
      !absl::SimpleAtoi(text.substr(5, 2), &next) || (start + 1) % 100 != next ||
      start < 1900) {
    return UsageError(absl::StrCat(flag, ": \"", text,
                                   "\" is not an academic year (e.g. 2026-27)"));
  }
  return std::string(text);
}

std::string CurrentAcademicYear() {
  const absl::CivilDay today = absl::ToCivilDay(absl::Now(), absl::UTCTimeZone());
  const int start = static_cast<int>(today.month() >= 9 ? today.year() : today.year() - 1);
  return absl::StrCat(start, "-", absl::Dec((start + 1) % 100, absl::kZeroPad2));
}

absl::StatusOr<int64_t> ParsePounds(absl::string_view what, absl::string_view text) {
  auto refuse = [&] {
    return UsageError(absl::StrCat(what, ": \"", text,
                                   "\" is not an amount in pounds (e.g. 250 or 1,250.50)"));
  };
  std::string t(absl::StripAsciiWhitespace(text));
  if (absl::StartsWith(t, "£")) t = t.substr(std::string("£").size());
  t = absl::StrReplaceAll(t, {{",", ""}});
  std::vector<std::string> parts = absl::StrSplit(t, '.');
  if (parts.size() > 2 || !AllDigits(parts[0]) || parts[0].size() > 12) return refuse();
  int64_t pounds = 0;
  if (!absl::SimpleAtoi(parts[0], &pounds)) return refuse();
  int64_t pence = 0;
  if (parts.size() == 2) {
    if (parts[1].empty() || parts[1].size() > 2 || !AllDigits(parts[1])) return refuse();
    absl::SimpleAtoi(parts[1], &pence);
    if (parts[1].size() == 1) pence *= 10;
  }
  return pounds * 100 + pence;
}

std::string FormatPence(int64_t pence) {
  const bool negative = pence < 0;
  if (negative) pence = -pence;
  std::string pounds = absl::StrCat(pence / 100);
  for (int i = static_cast<int>(pounds.size()) - 3; i > 0; i -= 3) pounds.insert(i, ",");
  return absl::StrFormat("%s£%s.%02d", negative ? "-" : "", pounds, pence % 100);
}

absl::StatusOr<google::protobuf::RepeatedPtrField<v1::Band>> ParseBandingCsv(
    absl::string_view file_name, absl::string_view contents) {
  std::vector<absl::string_view> lines = absl::StrSplit(contents, '\n');
  std::map<std::string, size_t> column;
  google::protobuf::RepeatedPtrField<v1::Band> bands;
  int previous_row = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    const int row = static_cast<int>(i) + 1;
    absl::string_view line = absl::StripTrailingAsciiWhitespace(lines[i]);  // CR of CRLF too
    if (absl::StripAsciiWhitespace(line).empty()) continue;
    auto at = [&](absl::string_view name) {
      return absl::StrCat(file_name, " row ", row, ", column ", name);
    };
    auto fields = SplitCsvLine(line);
    if (!fields) return UsageError(absl::StrCat(file_name, " row ", row, ": unterminated quote"));
    if (column.empty()) {  // the header
      for (size_t c = 0; c < fields->size(); ++c) {
        column[absl::AsciiStrToLower((*fields)[c])] = c;
      }
      for (const char* needed : {"min_pupils", "max_pupils"}) {
        if (column.count(needed) == 0) {
          return UsageError(absl::StrCat(file_name, " row ", row, ": no column ", needed,
                                         " (the header needs min_pupils, max_pupils and "
                                         "annual_amount or annual_pence)"));
        }
      }
      if (column.count("annual_amount") + column.count("annual_pence") != 1) {
        return UsageError(absl::StrCat(file_name, " row ", row,
                                       ": give exactly one of the columns annual_amount "
                                       "(pounds) and annual_pence"));
      }
      continue;
    }
    auto field = [&](const char* name) -> std::string {
      const size_t c = column.at(name);
      return c < fields->size() ? (*fields)[c] : std::string();
    };
    v1::Band band;
    const std::string min = field("min_pupils");
    int32_t value = 0;
    if (!AllDigits(min) || !absl::SimpleAtoi(min, &value)) {
      return UsageError(absl::StrCat(at("min_pupils"), ": \"", min,
                                     "\" is not a number of pupils"));
    }
    band.set_min_pupils(value);
    const std::string max = field("max_pupils");
    if (!max.empty()) {
      if (!AllDigits(max) || !absl::SimpleAtoi(max, &value)) {
        return UsageError(absl::StrCat(at("max_pupils"), ": \"", max,
                                       "\" is not a number of pupils (leave it empty for no "
                                       "upper bound)"));
      }
      if (value < band.min_pupils()) {
        return UsageError(absl::StrCat(at("max_pupils"), ": ", value, " is below min_pupils ",
                                       band.min_pupils()));
      }
      band.set_max_pupils(value);
    }
    if (column.count("annual_pence")) {
      const std::string pence = field("annual_pence");
      int64_t amount = 0;
      if (!AllDigits(pence) || !absl::SimpleAtoi(pence, &amount)) {
        return UsageError(absl::StrCat(at("annual_pence"), ": \"", pence,
                                       "\" is not a whole number of pence"));
      }
      band.set_annual_pence(amount);
    } else {
      auto amount = ParsePounds(at("annual_amount"), field("annual_amount"));
      if (!amount.ok()) return amount.status();
      band.set_annual_pence(*amount);
    }
    if (bands.empty() && band.min_pupils() != 0) {
      return UsageError(absl::StrCat(at("min_pupils"), ": the first band must start at 0, not ",
                                     band.min_pupils()));
    }
    if (!bands.empty()) {
      const v1::Band& before = bands[bands.size() - 1];
      if (!before.has_max_pupils()) {
        return UsageError(absl::StrCat(file_name, " row ", previous_row,
                                       ", column max_pupils: empty, but only the last band may "
                                       "have no upper bound"));
      }
      const int expected = before.max_pupils() + 1;
      if (band.min_pupils() != expected) {
        return UsageError(absl::StrCat(
            at("min_pupils"), ": ", band.min_pupils(),
            band.min_pupils() < expected ? " overlaps row " : " leaves a gap after row ",
            previous_row, ", which ends at ", expected - 1, " (start at ", expected, ")"));
      }
    }
    *bands.Add() = std::move(band);
    previous_row = row;
  }
  if (column.empty()) return UsageError(absl::StrCat(file_name, ": empty (no header row)"));
  if (bands.empty()) return UsageError(absl::StrCat(file_name, ": no bands after the header"));
  if (bands[bands.size() - 1].has_max_pupils()) {
    return UsageError(absl::StrCat(file_name, " row ", previous_row,
                                   ", column max_pupils: the last band must be empty here (no "
                                   "upper bound), so that every school falls in a band"));
  }
  return bands;
}

}  // namespace partnership::cli
