#include "gias/gias_extract.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "common/status_macros.h"
#include "gias/csv_reader.h"
#include "gias/latin1.h"
#include "gias/national_grid.h"

namespace partnership::gias {
namespace {

using registry::Phase;
using registry::School;

// Header names as GIAS spells them. Only the first four are required: the rest have come and
// gone between years, and a school without them is still a school.
constexpr absl::string_view kUrn = "URN";
constexpr absl::string_view kName = "EstablishmentName";
constexpr absl::string_view kLaCode = "LA (code)";
constexpr absl::string_view kStatus = "EstablishmentStatus (name)";
constexpr absl::string_view kLaName = "LA (name)";
constexpr absl::string_view kType = "TypeOfEstablishment (name)";
constexpr absl::string_view kTypeGroup = "EstablishmentTypeGroup (name)";
constexpr absl::string_view kPhase = "PhaseOfEducation (name)";
constexpr absl::string_view kTrust = "Trusts (name)";
constexpr absl::string_view kDiocese = "Diocese (name)";
constexpr absl::string_view kReligiousCharacter = "ReligiousCharacter (name)";
constexpr absl::string_view kPupils = "NumberOfPupils";
constexpr absl::string_view kPostcode = "Postcode";
constexpr absl::string_view kTown = "Town";
constexpr absl::string_view kDistrict = "DistrictAdministrative (name)";
constexpr absl::string_view kEasting = "Easting";
constexpr absl::string_view kNorthing = "Northing";
constexpr absl::string_view kHeadTitle = "HeadTitle (name)";
constexpr absl::string_view kHeadFirstName = "HeadFirstName";
constexpr absl::string_view kHeadLastName = "HeadLastName";

constexpr absl::string_view kRequired[] = {kUrn, kName, kLaCode, kStatus};
constexpr absl::string_view kServedTypeGroups[] = {
    "Local authority maintained schools", "Academies", "Free Schools", "Special schools",
    "Independent schools"};

// Where each column the extract reads sits in the file.
class ColumnIndex {
 public:
  // Returns the index for `header`, or INVALID_ARGUMENT naming the first required column it
  // lacks.
  static absl::StatusOr<ColumnIndex> FromHeader(const std::vector<std::string>& header) {
    ColumnIndex index;
    for (size_t i = 0; i < header.size(); ++i) {
      // The first of two same-named columns wins, as a spreadsheet's lookup would.
      index.positions_.try_emplace(header[i], i);
    }
    for (absl::string_view name : kRequired) {
      if (!index.positions_.contains(name)) {
        return absl::InvalidArgumentError(
            absl::StrCat("row 1: missing required column \"", name, "\""));
      }
    }
    return index;
  }

  // The field of `row` under column `name`, blanks trimmed; empty if the file lacks the column.
  absl::string_view Get(const std::vector<absl::string_view>& row,
                        absl::string_view name) const {
    auto it = positions_.find(name);
    if (it == positions_.end()) return {};
    return absl::StripAsciiWhitespace(row[it->second]);
  }

 private:
  absl::flat_hash_map<std::string, size_t> positions_;
};

bool IsOpen(absl::string_view status) {
  return status == "Open" || status == "Open, but proposed to close";
}

bool IsServedTypeGroup(absl::string_view group) {
  for (absl::string_view served : kServedTypeGroups) {
    if (group == served) return true;
  }
  return false;
}

// abseil 20220623 predates absl::StrContainsIgnoreCase.
bool ContainsIgnoringCase(absl::string_view text, absl::string_view lower_case_word) {
  return absl::StrContains(absl::AsciiStrToLower(text), lower_case_word);
}

// The type decides before PhaseOfEducation does: special schools and pupil referral units
// carry a phase ("Primary", "Not applicable") that says little about whom they serve.
Phase PhaseOf(absl::string_view type, absl::string_view group, absl::string_view phase) {
  if (ContainsIgnoringCase(type, "special") || group == "Special schools") {
    return Phase::kSpecial;
  }
  if (type == "Pupil referral unit" || ContainsIgnoringCase(type, "alternative provision")) {
    return Phase::kAlternativeProvision;
  }
  if (phase == "Nursery") return Phase::kNursery;
  if (phase == "Primary") return Phase::kPrimary;
  if (phase == "Middle deemed primary" || phase == "Middle deemed secondary") {
    return Phase::kMiddle;
  }
  if (phase == "Secondary") return Phase::kSecondary;
  if (phase == "All-through") return Phase::kAllThrough;
  if (phase == "16 plus") return Phase::kPost16;
  return Phase::kOther;
}

// GIAS writes these where a field does not apply; the register stores nothing instead.
bool MeansNothing(absl::string_view value) {
  return value.empty() || value == "Not applicable" || value == "Does not apply" ||
         value == "None";
}

std::string UnlessNothing(absl::string_view value) {
  return MeansNothing(value) ? std::string() : std::string(value);
}

std::string HeadName(absl::string_view title, absl::string_view first, absl::string_view last) {
  std::string name;
  for (absl::string_view part : {title, first, last}) {
    if (part.empty() || part == "Not applicable") continue;
    if (!name.empty()) name.push_back(' ');
    name.append(part.data(), part.size());
  }
  return name;
}

std::string Where(int row, absl::string_view column) {
  return absl::StrCat("row ", row, ", column \"", column, "\": ");
}

// An optional whole number between `min` and `max`: nullopt when `value` is empty.
absl::StatusOr<std::optional<int>> OptionalWholeNumber(absl::string_view value, int min,
                                                       int max, int row,
                                                       absl::string_view column) {
  if (value.empty()) return std::optional<int>();
  absl::string_view digits = value;
  const bool negative = absl::ConsumePrefix(&digits, "-");
  // Nine digits cannot overflow an int, and nothing GIAS counts or measures needs more.
  bool whole = !digits.empty() && digits.size() <= 9;
  long long number = 0;
  for (char c : digits) {
    if (!absl::ascii_isdigit(c)) whole = false;
    number = number * 10 + (c - '0');
  }
  if (!whole) {
    return absl::InvalidArgumentError(
        absl::StrCat(Where(row, column), "\"", value, "\" is not a whole number"));
  }
  if (negative) number = -number;
  if (number < min || number > max) {
    return absl::InvalidArgumentError(absl::StrCat(Where(row, column), value,
                                                   " is out of range (", min, " to ", max, ")"));
  }
  return std::optional<int>(static_cast<int>(number));
}

// Converts a row already known to be kept; INVALID_ARGUMENT names the first bad value.
absl::StatusOr<School> ToSchool(const ColumnIndex& col, const std::vector<absl::string_view>& f,
                                int row) {
  School s;
  const absl::string_view urn = col.Get(f, kUrn);
  if (!registry::IsValidUrn(urn)) {
    return absl::InvalidArgumentError(
        absl::StrCat(Where(row, kUrn), "\"", urn, "\" is not a URN (1 to 8 digits)"));
  }
  s.urn = std::string(urn);
  s.name = std::string(col.Get(f, kName));
  if (s.name.empty()) {
    return absl::InvalidArgumentError(
        absl::StrCat(Where(row, kName), "empty for URN ", s.urn));
  }
  s.la_code = std::string(col.Get(f, kLaCode));
  s.la_name = std::string(col.Get(f, kLaName));
  const absl::string_view type = col.Get(f, kType);
  const absl::string_view group = col.Get(f, kTypeGroup);
  s.establishment_type = std::string(type);
  s.establishment_type_group = std::string(group);
  s.phase = PhaseOf(type, group, col.Get(f, kPhase));
  s.status = registry::SchoolStatus::kOpen;
  s.trust = UnlessNothing(col.Get(f, kTrust));
  s.diocese = UnlessNothing(col.Get(f, kDiocese));
  s.religious_character = UnlessNothing(col.Get(f, kReligiousCharacter));
  s.postcode = std::string(col.Get(f, kPostcode));
  s.town = std::string(col.Get(f, kTown));
  s.district = std::string(col.Get(f, kDistrict));
  s.head_name =
      HeadName(col.Get(f, kHeadTitle), col.Get(f, kHeadFirstName), col.Get(f, kHeadLastName));

  ASSIGN_OR_RETURN(s.pupils,
                   OptionalWholeNumber(col.Get(f, kPupils), 0, 999999999, row, kPupils));
  ASSIGN_OR_RETURN(s.easting,
                   OptionalWholeNumber(col.Get(f, kEasting), 0, 700000, row, kEasting));
  ASSIGN_OR_RETURN(s.northing,
                   OptionalWholeNumber(col.Get(f, kNorthing), 0, 1300000, row, kNorthing));
  if (s.easting.has_value() && s.northing.has_value()) {
    const LatLon position = GridToWgs84(*s.easting, *s.northing);
    s.latitude = position.latitude;
    s.longitude = position.longitude;
  }
  return s;
}

}  // namespace

absl::StatusOr<Extract> ParseEstablishmentExport(absl::string_view file_bytes,
                                                 const ExtractOptions& options) {
  absl::ConsumePrefix(&file_bytes, "\xEF\xBB\xBF");
  // Converting costs one copy of the file; a file already in UTF-8 is read where it lies.
  std::string converted;
  absl::string_view text = file_bytes;
  if (!IsValidUtf8(text)) {
    converted = Latin1ToUtf8(text);
    text = converted;
  }

  CsvReader reader(text);
  std::vector<absl::string_view> fields;
  ASSIGN_OR_RETURN(const bool has_header, reader.Next(&fields));
  if (!has_header) {
    return absl::InvalidArgumentError("row 1: the file is empty (expected the GIAS header row)");
  }
  std::vector<std::string> header;
  header.reserve(fields.size());
  for (absl::string_view name : fields) header.emplace_back(absl::StripAsciiWhitespace(name));
  ASSIGN_OR_RETURN(const ColumnIndex col, ColumnIndex::FromHeader(header));
  reader.SetColumnNames(&header);

  Extract extract;
  absl::flat_hash_map<std::string, int> first_row_of_urn;
  const absl::string_view la_code = absl::StripAsciiWhitespace(options.la_code);
  while (true) {
    ASSIGN_OR_RETURN(const bool more, reader.Next(&fields));
    if (!more) break;
    const int row = reader.row();
    // Blank lines (a spreadsheet's trailing ones, typically) are not establishments.
    if (fields.size() == 1 && fields[0].empty()) continue;
    ++extract.rows_read;
    if (fields.size() != header.size()) {
      return absl::InvalidArgumentError(absl::StrCat("row ", row, ": ", fields.size(),
                                                     " fields, header has ", header.size()));
    }
    if (col.Get(fields, kLaCode) != la_code || !IsOpen(col.Get(fields, kStatus)) ||
        !IsServedTypeGroup(col.Get(fields, kTypeGroup))) {
      ++extract.skipped;
      continue;
    }
    ASSIGN_OR_RETURN(School school, ToSchool(col, fields, row));
    const auto [it, inserted] = first_row_of_urn.try_emplace(school.urn, row);
    if (!inserted) {
      return absl::InvalidArgumentError(absl::StrCat(Where(row, kUrn), "URN ", school.urn,
                                                     " appears twice (first on row ",
                                                     it->second, ")"));
    }
    extract.schools.push_back(std::move(school));
  }
  return extract;
}

}  // namespace partnership::gias
