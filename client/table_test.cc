#include "client/table.h"

#include "gtest/gtest.h"

namespace partnership::cli {
namespace {

TEST(TableTest, ColumnsAreAsWideAsTheirWidestCellAndTrailingSpacesAreTrimmed) {
  Table table({"URN", "NAME"});
  table.AddRow({"115481", "Coney Hill"});
  table.AddRow({"1", "X"});
  EXPECT_EQ(table.Render(),
            "URN     NAME\n"
            "------  ----------\n"
            "115481  Coney Hill\n"
            "1       X\n");
}

TEST(TableTest, RightAlignedColumnsLineUpNumbers) {
  Table table({"N", "PUPILS"});
  table.AlignRight(1);
  table.AddRow({"a", "7"});
  table.AddRow({"b", "1200"});
  EXPECT_EQ(table.Render(),
            "N  PUPILS\n"
            "-  ------\n"
            "a       7\n"
            "b    1200\n");
}

TEST(TableTest, AccentedNamesLineUpBecauseWidthCountsCharactersNotBytes) {
  Table table({"NAME", "TOWN"});
  table.AddRow({"Chlo\u00eb", "Stroud"});
  table.AddRow({"Chloe", "Cam"});
  const std::string out = table.Render();
  EXPECT_NE(out.find("Chlo\u00eb  Stroud\n"), std::string::npos) << out;
  EXPECT_NE(out.find("Chloe  Cam\n"), std::string::npos) << out;
  EXPECT_EQ(DisplayWidth("Chlo\u00eb"), 5u);
}

TEST(TableTest, NewlinesInACellDoNotBreakTheRow) {
  Table table({"DETAIL"});
  table.AddRow({"two\nlines\tand a tab"});
  EXPECT_EQ(table.Render(), "DETAIL\n-------------------\ntwo lines and a tab\n");
}

TEST(TableTest, LongCellsAreCutWithAnEllipsisWithoutSplittingACharacter) {
  Table table({"NAME"});
  table.SetMaxWidth(0, 5);
  table.AddRow({"\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9"});
  EXPECT_EQ(table.Render(), "NAME\n-----\n\u00e9\u00e9\u00e9\u00e9\u2026\n");
}

TEST(TableTest, MissingCellsAreBlankAndExtraCellsDropped) {
  Table table({"A", "B"});
  table.AddRow({"1"});
  table.AddRow({"2", "3", "4"});
  EXPECT_EQ(table.Render(), "A  B\n-  -\n1\n2  3\n");
  EXPECT_EQ(table.row_count(), 2u);
}

TEST(TableTest, EmptyTableStillShowsTheHeader) {
  Table table({"ID", "NAME"});
  EXPECT_EQ(table.Render(), "ID  NAME\n--  ----\n");
}

}  // namespace
}  // namespace partnership::cli
