// Telling UTF-8 from Latin-1, and converting Latin-1 to UTF-8. GIAS publishes its exports in
// a single-byte Windows encoding; files that someone has re-saved are usually UTF-8.
#ifndef PARTNERSHIP_GIAS_LATIN1_H_
#define PARTNERSHIP_GIAS_LATIN1_H_

#include <string>

#include "absl/strings/string_view.h"

namespace partnership::gias {

// True if `bytes` is well-formed UTF-8: no stray continuation bytes, no truncated sequence,
// no overlong form, no UTF-16 surrogate and nothing above U+10FFFF. Text in a single-byte
// encoding that uses any byte above 0x7F almost never passes, which is what makes this a
// reliable test of which encoding a file is in.
bool IsValidUtf8(absl::string_view bytes);

// Returns `bytes`, read as Latin-1 (ISO 8859-1), encoded as UTF-8. Bytes 0x80..0x9F, which are
// invisible control codes in Latin-1 but curly quotes, dashes and the euro sign in Windows-1252
// (what Excel and GIAS actually write), are read as Windows-1252; the five bytes that
// Windows-1252 leaves undefined keep their Latin-1 meaning. Never fails.
std::string Latin1ToUtf8(absl::string_view bytes);

}  // namespace partnership::gias

#endif  // PARTNERSHIP_GIAS_LATIN1_H_
