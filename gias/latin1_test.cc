#include "gias/latin1.h"

#include "gtest/gtest.h"

namespace partnership::gias {
namespace {

TEST(Utf8Test, AcceptsAsciiAndWellFormedMultiByteText) {
  EXPECT_TRUE(IsValidUtf8(""));
  EXPECT_TRUE(IsValidUtf8("St Mary's CofE Primary"));
  EXPECT_TRUE(IsValidUtf8("\xC3\x89\x63ole"));            // École
  EXPECT_TRUE(IsValidUtf8("Ysgol \xE2\x80\x99"));          // right single quote, 3 bytes
  EXPECT_TRUE(IsValidUtf8("\xF0\x9F\x8F\xAB school"));     // U+1F3EB, 4 bytes
}

TEST(Utf8Test, RejectsLatin1AndMalformedSequences) {
  EXPECT_FALSE(IsValidUtf8("\xC9\x63ole"));         // Latin-1 É followed by ASCII
  EXPECT_FALSE(IsValidUtf8("caf\xE9"));             // Latin-1 é at the very end
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));            // overlong '/'
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));        // UTF-16 surrogate
  EXPECT_FALSE(IsValidUtf8("\xE2\x82"));            // truncated euro sign
  EXPECT_FALSE(IsValidUtf8("\x80"));                // continuation byte alone
  EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));    // above U+10FFFF
}

TEST(Latin1Test, AccentedLettersBecomeTheirUtf8Form) {
  EXPECT_EQ(Latin1ToUtf8("\xC9\x63ole Jeanne d'Arc"), "\xC3\x89\x63ole Jeanne d'Arc");
  EXPECT_EQ(Latin1ToUtf8("H\xE9l\xE8ne"), "H\xC3\xA9l\xC3\xA8ne");
  EXPECT_EQ(Latin1ToUtf8("\xFF"), "\xC3\xBF");
}

TEST(Latin1Test, WindowsPunctuationBytesBecomeThePunctuationExcelMeant) {
  EXPECT_EQ(Latin1ToUtf8("St Mary\x92s"), "St Mary\xE2\x80\x99s");  // curly apostrophe
  EXPECT_EQ(Latin1ToUtf8("\x80"), "\xE2\x82\xAC");                   // euro sign
  EXPECT_EQ(Latin1ToUtf8("\x81"), "\xC2\x81");  // undefined in Windows-1252: kept as Latin-1
}

TEST(Latin1Test, AsciiIsUnchanged) {
  EXPECT_EQ(Latin1ToUtf8("\"URN\",\"LA (code)\"\r\n"), "\"URN\",\"LA (code)\"\r\n");
}

}  // namespace
}  // namespace partnership::gias
