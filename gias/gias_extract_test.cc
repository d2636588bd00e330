#include "gias/gias_extract.h"

#include <algorithm>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "gias/csv_reader.h"
#include "gias/latin1.h"
#include "gias/national_grid.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace partnership::gias {
namespace {

using registry::Phase;
using registry::School;
using ::testing::ElementsAre;

constexpr char kSamplePath[] = "tests/data/edubasealldata_sample.csv";

std::string ReadSample() {
  std::ifstream in(kSamplePath, std::ios::binary);
  EXPECT_TRUE(in.good()) << "cannot open " << kSamplePath << " (run from the repository root)";
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

Extract MustParse(absl::string_view bytes, const std::string& la = "916") {
  absl::StatusOr<Extract> extract = ParseEstablishmentExport(bytes, {la});
  EXPECT_TRUE(extract.ok()) << extract.status();
  return extract.ok() ? *std::move(extract) : Extract{};
}

// The error message, after checking the parse failed with INVALID_ARGUMENT.
std::string ErrorOf(absl::string_view bytes) {
  absl::StatusOr<Extract> extract = ParseEstablishmentExport(bytes, {"916"});
  if (extract.ok()) return "(parsed without error)";
  EXPECT_EQ(extract.status().code(), absl::StatusCode::kInvalidArgument);
  return std::string(extract.status().message());
}

const School* Find(const Extract& extract, absl::string_view urn) {
  for (const School& s : extract.schools) {
    if (s.urn == urn) return &s;
  }
  return nullptr;
}

std::vector<std::string> Urns(const Extract& extract) {
  std::vector<std::string> urns;
  for (const School& s : extract.schools) urns.push_back(s.urn);
  return urns;
}

// A small export with the columns most tests need, in GIAS's own order.
constexpr char kSmallHeader[] =
    "URN,LA (code),EstablishmentName,TypeOfEstablishment (name),"
    "EstablishmentTypeGroup (name),EstablishmentStatus (name),NumberOfPupils,Easting,Northing";

std::string SmallRow(absl::string_view urn, absl::string_view name = "Hillview Primary School",
                     absl::string_view pupils = "412", absl::string_view easting = "384210",
                     absl::string_view northing = "217650") {
  return absl::StrCat(urn, ",916,\"", name,
                      "\",Community school,Local authority maintained schools,Open,", pupils, ",",
                      easting, ",", northing);
}

std::string Small(const std::vector<std::string>& rows) {
  return absl::StrCat(kSmallHeader, "\r\n", absl::StrJoin(rows, "\r\n"), "\r\n");
}

TEST(GiasExtractTest, SampleKeepsOpenGloucestershireSchoolsInFileOrder) {
  const Extract extract = MustParse(ReadSample());
  EXPECT_THAT(Urns(extract),
              ElementsAre("115481", "115502", "115620", "137045", "141230", "115734", "131556",
                          "115590", "115811", "101562", "145678", "115999", "148112", "115650",
                          "142875", "143901", "147320", "115655"));
  EXPECT_EQ(extract.rows_read, 25);
  // Closed (2), proposed to open, another county (2), a children's centre and a college.
  EXPECT_EQ(extract.skipped, 7);
}

TEST(GiasExtractTest, SampleSchoolsCarryPhaseTrustFaithAndHead) {
  const Extract extract = MustParse(ReadSample());
  const School* hillview = Find(extract, "115481");
  ASSERT_NE(hillview, nullptr);
  EXPECT_EQ(hillview->name, "Hillview Primary School");
  EXPECT_EQ(hillview->phase, Phase::kPrimary);
  EXPECT_EQ(hillview->la_code, "916");
  EXPECT_EQ(hillview->la_name, "Gloucestershire");
  EXPECT_EQ(hillview->establishment_type, "Community school");
  EXPECT_EQ(hillview->establishment_type_group, "Local authority maintained schools");
  EXPECT_EQ(hillview->status, registry::SchoolStatus::kOpen);
  EXPECT_EQ(hillview->pupils, 412);
  EXPECT_EQ(hillview->postcode, "GL3 3LF");
  EXPECT_EQ(hillview->town, "Gloucester");
  EXPECT_EQ(hillview->district, "Gloucester");
  EXPECT_EQ(hillview->head_name, "Mrs Anne Clarke");
  EXPECT_EQ(hillview->religious_character, "");  // "Does not apply"
  EXPECT_EQ(hillview->diocese, "");
  EXPECT_EQ(hillview->trust, "");
  EXPECT_TRUE(hillview->review_group.empty());

  const School* severn_vale = Find(extract, "137045");
  ASSERT_NE(severn_vale, nullptr);
  EXPECT_EQ(severn_vale->phase, Phase::kSecondary);
  EXPECT_EQ(severn_vale->trust, "Vale of Severn Learning Trust");
  EXPECT_EQ(severn_vale->diocese, "");  // "Not applicable"

  const School* st_marys = Find(extract, "115502");
  ASSERT_NE(st_marys, nullptr);
  EXPECT_EQ(st_marys->religious_character, "Church of England");
  EXPECT_EQ(st_marys->diocese, "Diocese of Gloucester");
  const School* st_peters = Find(extract, "115620");
  ASSERT_NE(st_peters, nullptr);
  EXPECT_EQ(st_peters->religious_character, "Roman Catholic");
  EXPECT_EQ(st_peters->head_name, "Mrs Siobhan O'Neill");
  EXPECT_EQ(Find(extract, "141230")->religious_character, "");  // "None"

  EXPECT_EQ(Find(extract, "115734")->phase, Phase::kSpecial);  // community special school
  EXPECT_EQ(Find(extract, "142875")->phase, Phase::kSpecial);  // academy special converter
  EXPECT_EQ(Find(extract, "131556")->phase, Phase::kAlternativeProvision);  // PRU
  EXPECT_EQ(Find(extract, "131556")->head_name, "");  // title "Not applicable", no names
  EXPECT_EQ(Find(extract, "143901")->phase, Phase::kAlternativeProvision);
  EXPECT_EQ(Find(extract, "101562")->phase, Phase::kNursery);
  EXPECT_EQ(Find(extract, "145678")->phase, Phase::kAllThrough);
  EXPECT_EQ(Find(extract, "147320")->phase, Phase::kPost16);
  EXPECT_EQ(Find(extract, "115999")->phase, Phase::kOther);  // independent, "Not applicable"
  EXPECT_EQ(Find(extract, "115590")->status, registry::SchoolStatus::kOpen);
}

TEST(GiasExtractTest, SampleLatin1NamesArriveAsUtf8) {
  const Extract extract = MustParse(ReadSample());
  const School* ecole = Find(extract, "148112");
  ASSERT_NE(ecole, nullptr);
  EXPECT_EQ(ecole->name, "\xC3\x89\x63ole Jeanne d'Arc Cheltenham");  // É as UTF-8
  EXPECT_EQ(ecole->head_name, "Mme H\xC3\xA9l\xC3\xA8ne Dubois");
}

TEST(GiasExtractTest, SampleNamesWithCommasAndQuotesSurvive) {
  const Extract extract = MustParse(ReadSample());
  EXPECT_EQ(Find(extract, "115650")->name, "Forest View Primary School, Cinderford");
  EXPECT_EQ(Find(extract, "142875")->name, "Coleford \"Five Acres\" Special Academy");
}

TEST(GiasExtractTest, SamplePositionsAreConvertedToWgs84) {
  const Extract extract = MustParse(ReadSample());
  const School* hillview = Find(extract, "115481");
  ASSERT_TRUE(hillview->easting.has_value() && hillview->northing.has_value());
  EXPECT_EQ(*hillview->easting, 384210);
  EXPECT_EQ(*hillview->northing, 217650);
  ASSERT_TRUE(hillview->latitude.has_value() && hillview->longitude.has_value());
  const LatLon expected = GridToWgs84(384210, 217650);
  EXPECT_DOUBLE_EQ(*hillview->latitude, expected.latitude);
  EXPECT_DOUBLE_EQ(*hillview->longitude, expected.longitude);
  // East Gloucester, west of Greenwich.
  EXPECT_NEAR(*hillview->latitude, 51.86, 0.01);
  EXPECT_NEAR(*hillview->longitude, -2.23, 0.01);

  const School* ashchurch = Find(extract, "115655");  // no Easting/Northing, no pupil count
  ASSERT_NE(ashchurch, nullptr);
  EXPECT_FALSE(ashchurch->easting.has_value());
  EXPECT_FALSE(ashchurch->latitude.has_value());
  EXPECT_FALSE(ashchurch->longitude.has_value());
  EXPECT_FALSE(ashchurch->pupils.has_value());
}

TEST(GiasExtractTest, OtherLocalAuthorityIsChosenByOption) {
  const Extract extract = MustParse(ReadSample(), "884");
  EXPECT_THAT(Urns(extract), ElementsAre("116789"));
  EXPECT_EQ(Find(extract, "116789")->la_name, "Herefordshire, County of");
  EXPECT_EQ(extract.skipped, 24);
}

// Rewrites the sample with its columns in reverse order, as a later year's export might be.
TEST(GiasExtractTest, ColumnOrderDoesNotMatter) {
  const std::string sample = Latin1ToUtf8(ReadSample());
  CsvReader reader(sample);
  std::vector<absl::string_view> fields;
  std::string shuffled;
  while (*reader.Next(&fields)) {
    std::vector<std::string> quoted;
    for (auto it = fields.rbegin(); it != fields.rend(); ++it) {
      quoted.push_back(absl::StrCat("\"", absl::StrReplaceAll(*it, {{"\"", "\"\""}}), "\""));
    }
    absl::StrAppend(&shuffled, absl::StrJoin(quoted, ","), "\n");
  }
  const Extract original = MustParse(ReadSample());
  const Extract reversed = MustParse(shuffled);
  ASSERT_EQ(reversed.schools.size(), original.schools.size());
  for (size_t i = 0; i < original.schools.size(); ++i) {
    EXPECT_TRUE(reversed.schools[i].SameImportedFieldsAs(original.schools[i]))
        << original.schools[i].urn;
  }
  EXPECT_EQ(reversed.skipped, original.skipped);
}

TEST(GiasExtractTest, OnlyTheFourRequiredColumnsAreNeeded) {
  const Extract extract = MustParse(
      "EstablishmentStatus (name),EstablishmentName,URN,LA (code),"
      "EstablishmentTypeGroup (name)\n"
      "Open,Hillview Primary School,115481,916,Academies\n");
  ASSERT_EQ(extract.schools.size(), 1u);
  EXPECT_EQ(extract.schools[0].urn, "115481");
  EXPECT_EQ(extract.schools[0].phase, Phase::kOther);
  EXPECT_FALSE(extract.schools[0].latitude.has_value());
}

TEST(GiasExtractTest, MissingRequiredColumnIsNamed) {
  EXPECT_EQ(ErrorOf("URN,EstablishmentName,EstablishmentStatus (name)\n1,A,Open\n"),
            "row 1: missing required column \"LA (code)\"");
  EXPECT_EQ(ErrorOf(""), "row 1: the file is empty (expected the GIAS header row)");
}

TEST(GiasExtractTest, BadUrnNamesRowAndColumn) {
  EXPECT_EQ(ErrorOf(Small({SmallRow("115481"), SmallRow("11548x")})),
            "row 3, column \"URN\": \"11548x\" is not a URN (1 to 8 digits)");
  EXPECT_EQ(ErrorOf(Small({SmallRow("123456789")})),
            "row 2, column \"URN\": \"123456789\" is not a URN (1 to 8 digits)");
}

TEST(GiasExtractTest, BadValuesInSkippedRowsAreNotErrors) {
  // Another county's broken row is its problem, not ours.
  const std::string text =
      Small({SmallRow("115481"),
             "11548x,803,\"\",Community school,Local authority maintained schools,Open,lots,x,y"});
  const Extract extract = MustParse(text);
  EXPECT_EQ(extract.schools.size(), 1u);
  EXPECT_EQ(extract.skipped, 1);
}

TEST(GiasExtractTest, DuplicateUrnNamesBothRows) {
  EXPECT_EQ(ErrorOf(Small({SmallRow("115481"), SmallRow("115502"), SmallRow("115481")})),
            "row 4, column \"URN\": URN 115481 appears twice (first on row 2)");
}

TEST(GiasExtractTest, WrongFieldCountIsAnErrorEvenInRowsThatWouldBeSkipped) {
  EXPECT_EQ(ErrorOf(Small({SmallRow("115481"), "115502,803,Elsewhere School,Open"})),
            "row 3: 4 fields, header has 9");
}

TEST(GiasExtractTest, UnterminatedQuoteIsReportedWithItsRow) {
  EXPECT_EQ(ErrorOf(Small({SmallRow("115481"), "115502,916,\"Unclosed School"})),
            "row 3: unterminated quoted field in column \"EstablishmentName\"");
}

TEST(GiasExtractTest, RowNumbersCountRecordsNotLines) {
  // Row 2's name spans two lines; the bad URN is still on row 3.
  EXPECT_EQ(ErrorOf(Small({SmallRow("115481", "Hillview\r\nPrimary"), SmallRow("x")})),
            "row 3, column \"URN\": \"x\" is not a URN (1 to 8 digits)");
}

TEST(GiasExtractTest, NonNumericOrOutOfRangeNumbersAreErrors) {
  EXPECT_EQ(ErrorOf(Small({SmallRow("115481", "Hillview", "412", "38421O")})),
            "row 2, column \"Easting\": \"38421O\" is not a whole number");
  EXPECT_EQ(ErrorOf(Small({SmallRow("115481", "Hillview", "412", "384210", "217650.5")})),
            "row 2, column \"Northing\": \"217650.5\" is not a whole number");
  EXPECT_EQ(ErrorOf(Small({SmallRow("115481", "Hillview", "412", "7000000")})),
            "row 2, column \"Easting\": 7000000 is out of range (0 to 700000)");
  EXPECT_EQ(ErrorOf(Small({SmallRow("115481", "Hillview", "-3")})),
            "row 2, column \"NumberOfPupils\": -3 is out of range (0 to 999999999)");
}

TEST(GiasExtractTest, EmptyNameIsAnError) {
  EXPECT_EQ(ErrorOf(Small({SmallRow("115481", "")})),
            "row 2, column \"EstablishmentName\": empty for URN 115481");
}

TEST(GiasExtractTest, SkippedRowsAreCounted) {
  const std::string text = Small({
      SmallRow("115481"),
      "1,803,Yate,Community school,Local authority maintained schools,Open,1,,",
      "2,916,Old Town,Community school,Local authority maintained schools,Closed,1,,",
      "3,916,Tuffley Children's Centre,Children's centre,Children's centres,Open,,,",
      "4,916,Gloucestershire College,Further education,Colleges,Open,,,",
      "5,916,New Academy,Academy sponsor led,Academies,Proposed to open,,,",
  });
  const Extract extract = MustParse(text);
  EXPECT_THAT(Urns(extract), ElementsAre("115481"));
  EXPECT_EQ(extract.rows_read, 6);
  EXPECT_EQ(extract.skipped, 5);
}

TEST(GiasExtractTest, Utf8InputIsAcceptedUnchanged) {
  // Characters outside Latin-1 prove the text was not converted a second time.
  const std::string text = absl::StrCat(
      "\xEF\xBB\xBF",  // a byte-order mark, as Excel writes before UTF-8 CSV
      Small({SmallRow("115481", "Ysgol y Dre\xE2\x80\x99s \xC3\x89\x63ole")}));
  const Extract extract = MustParse(text);
  ASSERT_EQ(extract.schools.size(), 1u);
  EXPECT_EQ(extract.schools[0].name, "Ysgol y Dre\xE2\x80\x99s \xC3\x89\x63ole");
}

TEST(GiasExtractTest, LfLineEndsAndTrailingBlankLinesAreFine) {
  std::string text = absl::StrReplaceAll(Small({SmallRow("115481"), SmallRow("115502")}),
                                         {{"\r\n", "\n"}});
  text += "\n\n";
  const Extract extract = MustParse(text);
  EXPECT_THAT(Urns(extract), ElementsAre("115481", "115502"));
  EXPECT_EQ(extract.rows_read, 2);
}

// The national file is ~50,000 rows of ~130 quoted columns: every row must come through.
// (Its speed is measured in bench/, not here.)
TEST(GiasExtractTest, NationalSizedFileParsesCompletely) {
  const std::string sample = ReadSample();
  std::vector<absl::string_view> lines = absl::StrSplit(sample, "\r\n", absl::SkipEmpty());
  std::string big(lines[0]);
  big += "\r\n";
  const int kRows = 50000;
  big.reserve(sample.size() / lines.size() * (kRows + 1));
  for (int i = 0; i < kRows; ++i) {
    absl::string_view line = lines[1 + i % (lines.size() - 1)];
    // Give every row its own URN: replace the first quoted field.
    line.remove_prefix(line.find(',', 1));
    absl::StrAppend(&big, "\"", 200000 + i, "\"", line, "\r\n");
  }
  const Extract extract = MustParse(big);
  EXPECT_EQ(extract.rows_read, kRows);
  EXPECT_EQ(extract.schools.size() + extract.skipped, static_cast<size_t>(kRows));
  EXPECT_EQ(extract.schools.size(), 18u * kRows / 25);
}

}  // namespace
}  // namespace partnership::gias
