// Splits comma-separated text into records and fields, the dialect GIAS and Excel write:
// fields optionally in double quotes, "" for a quote inside a quoted field, commas and line
// breaks allowed inside quotes, records ended by CRLF or LF.
#ifndef PARTNERSHIP_GIAS_CSV_READER_H_
#define PARTNERSHIP_GIAS_CSV_READER_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace partnership::gias {

class CsvReader {
 public:
  // `text` must outlive the reader; fields are handed out as views into it where possible.
  explicit CsvReader(absl::string_view text) : text_(text) {}

  CsvReader(const CsvReader&) = delete;
  CsvReader& operator=(const CsvReader&) = delete;

  // Names used for field positions in error messages (usually the header row); without them
  // messages say "field 5". The vector must outlive the reader.
  void SetColumnNames(const std::vector<std::string>* names) { column_names_ = names; }

  // Reads the next record into `*fields`, replacing its contents. The views stay valid until
  // the next call. An empty line is one record of one empty field.
  //
  // Returns true when a record was read, false at the end of the text (a final line end does
  // not start another record). INVALID_ARGUMENT naming the record's row when a quoted field has
  // no closing quote before the end of the text ("row 12: unterminated quoted field in column
  // "Town"") or when anything but a comma or line end follows a closing quote. After an error
  // the reader is at the end of the text.
  absl::StatusOr<bool> Next(std::vector<absl::string_view>* fields);

  // 1-based number of the record last read: the row number people see in a spreadsheet
  // (a record with line breaks inside quotes is still one row).
  int row() const { return row_; }

 private:
  // Where a field's text is: in `text_`, or (when it had "" inside) in `unescaped_`.
  struct Span {
    bool unescaped;
    size_t begin;
    size_t size;
  };

  std::string ColumnLabel(size_t index) const;

  absl::string_view text_;
  size_t pos_ = 0;
  int row_ = 0;
  const std::vector<std::string>* column_names_ = nullptr;
  std::vector<Span> spans_;
  std::string unescaped_;
};

}  // namespace partnership::gias

#endif  // PARTNERSHIP_GIAS_CSV_READER_H_
