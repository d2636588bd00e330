#include "gias/csv_reader.h"

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace partnership::gias {
namespace {

using ::testing::ElementsAre;

// Reads every record of `text`; fails the test on a reader error.
std::vector<std::vector<std::string>> ReadAll(absl::string_view text) {
  CsvReader reader(text);
  std::vector<std::vector<std::string>> records;
  std::vector<absl::string_view> fields;
  while (true) {
    absl::StatusOr<bool> more = reader.Next(&fields);
    EXPECT_TRUE(more.ok()) << more.status();
    if (!more.ok() || !*more) break;
    records.emplace_back(fields.begin(), fields.end());
  }
  return records;
}

TEST(CsvReaderTest, QuotedFieldsKeepCommasQuotesAndLineBreaks) {
  const auto records = ReadAll(
      "\"URN\",\"Name\"\r\n"
      "\"1\",\"Herefordshire, County of\"\r\n"
      "\"2\",\"Coleford \"\"Five Acres\"\" School\"\r\n"
      "\"3\",\"Line one\r\nline two\"\r\n");
  ASSERT_EQ(records.size(), 4u);
  EXPECT_THAT(records[1], ElementsAre("1", "Herefordshire, County of"));
  EXPECT_THAT(records[2], ElementsAre("2", "Coleford \"Five Acres\" School"));
  EXPECT_THAT(records[3], ElementsAre("3", "Line one\r\nline two"));
}

TEST(CsvReaderTest, UnquotedFieldsAndLfLineEndsWork) {
  const auto records = ReadAll("a,b,c\n1,,3\n");
  ASSERT_EQ(records.size(), 2u);
  EXPECT_THAT(records[1], ElementsAre("1", "", "3"));
}

TEST(CsvReaderTest, CrlfIsNotPartOfTheLastField) {
  const auto records = ReadAll("a,b\r\n1,2\r\n");
  ASSERT_EQ(records.size(), 2u);
  EXPECT_THAT(records[1], ElementsAre("1", "2"));
}

TEST(CsvReaderTest, FinalLineEndDoesNotStartAnotherRecordButTextWithoutOneIsRead) {
  EXPECT_EQ(ReadAll("a,b\r\n1,2\r\n").size(), 2u);
  const auto records = ReadAll("a,b\r\n1,2");
  ASSERT_EQ(records.size(), 2u);
  EXPECT_THAT(records[1], ElementsAre("1", "2"));
}

TEST(CsvReaderTest, TrailingCommaMeansATrailingEmptyField) {
  const auto records = ReadAll("\"a\",\n");
  ASSERT_EQ(records.size(), 1u);
  EXPECT_THAT(records[0], ElementsAre("a", ""));
}

TEST(CsvReaderTest, RowCountsRecordsNotLines) {
  CsvReader reader("h\n\"two\nlines\"\nthird\n");
  std::vector<absl::string_view> fields;
  ASSERT_TRUE(*reader.Next(&fields));
  ASSERT_TRUE(*reader.Next(&fields));
  EXPECT_EQ(reader.row(), 2);
  ASSERT_TRUE(*reader.Next(&fields));
  EXPECT_EQ(reader.row(), 3);
  EXPECT_THAT(fields, ElementsAre("third"));
}

TEST(CsvReaderTest, UnterminatedQuoteNamesTheRowWhereTheFieldStarts) {
  const std::vector<std::string> names = {"URN", "Town"};
  CsvReader reader("\"URN\",\"Town\"\n\"1\",\"Stroud\n\"2\",\"Cheltenham\n");
  reader.SetColumnNames(&names);
  std::vector<absl::string_view> fields;
  ASSERT_TRUE(*reader.Next(&fields));
  // The quote opened in row 2 swallows the rest of the file except the "2" pair; the quote
  // after Cheltenham never closes.
  absl::StatusOr<bool> result = reader.Next(&fields);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(result.status().message(),
            "row 2: text after the closing quote in column \"Town\" (a quote inside a quoted "
            "field must be doubled)");

  CsvReader simple("\"1\",\"Stroud\n");
  simple.SetColumnNames(&names);
  result = simple.Next(&fields);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().message(), "row 1: unterminated quoted field in column \"Town\"");
  // After an error the reader stops rather than resynchronising on garbage.
  EXPECT_FALSE(*simple.Next(&fields));
}

TEST(CsvReaderTest, WithoutColumnNamesErrorsGiveTheFieldNumber) {
  CsvReader reader("a,b,\"c");
  std::vector<absl::string_view> fields;
  absl::StatusOr<bool> result = reader.Next(&fields);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().message(), "row 1: unterminated quoted field in field 3");
}

}  // namespace
}  // namespace partnership::gias
