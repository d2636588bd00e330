// Reader for the DfE "Get Information about Schools" establishment export
// (edubasealldata*.csv).
#ifndef PARTNERSHIP_GIAS_GIAS_EXTRACT_H_
#define PARTNERSHIP_GIAS_GIAS_EXTRACT_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "registry/school.h"

namespace partnership::gias {

struct ExtractOptions {
  // Keep only establishments whose "LA (code)" equals this (for example "916").
  std::string la_code;
};

struct Extract {
  // Open establishments of the chosen local authority, of the types the partnership serves,
  // in file order, converted to the register's School (status kOpen, lat/lon filled when the
  // row has Easting/Northing; review_group left empty: the register assigns it).
  std::vector<registry::School> schools;
  int rows_read = 0;  // data rows in the file (the header excluded)
  int skipped = 0;    // rows of other LAs, not open, or of types the partnership does not serve
};

// Parses `file_bytes`, the whole export as it comes from GIAS: Latin-1 (converted to UTF-8
// here; a file that is already valid UTF-8 is accepted as is), comma-separated, fields quoted
// with "" for a quote inside a field, CRLF or LF line ends, about 130 columns whose order
// varies by year: columns are found by header name.
//
// Returns the kept schools. INVALID_ARGUMENT, with the 1-based file row number (the header is
// row 1) and the column name in the message, when: a required column is missing from the
// header (URN, EstablishmentName, LA (code), EstablishmentStatus (name)); a row has a different
// number of fields from the header or an unterminated quote; and, for rows that would be kept,
// when URN is not 1..8 digits, a URN appears twice, EstablishmentName is empty, or
// NumberOfPupils / Easting / Northing are present but not whole numbers in range.
// Nothing is returned on error.
//
// Details a caller may notice: a UTF-8 byte-order mark is dropped; bytes 0x80..0x9F of a
// non-UTF-8 file are read as Windows-1252 punctuation (curly quotes, dashes), which is what
// GIAS and Excel mean by them; blanks around values are trimmed; blank lines are ignored and
// not counted in rows_read (but do count as rows in messages); a closing quote followed by
// anything but a comma or line end is an error like an unterminated quote; an empty file is
// INVALID_ARGUMENT ("row 1: the file is empty ..."). "Not applicable", "Does not apply" and
// "None" in Trusts, Diocese and ReligiousCharacter become empty strings. Ranges: Easting
// 0..700000, Northing 0..1300000, NumberOfPupils 0 or more.
absl::StatusOr<Extract> ParseEstablishmentExport(absl::string_view file_bytes,
                                                 const ExtractOptions& options);

}  // namespace partnership::gias

#endif  // PARTNERSHIP_GIAS_GIAS_EXTRACT_H_
