// Plain-text tables for people reading a terminal. Scripts should use --json instead: the
// layout of a table may change, the JSON field names may not.
#ifndef PARTNERSHIP_CLIENT_TABLE_H_
#define PARTNERSHIP_CLIENT_TABLE_H_

#include <string>
#include <vector>

namespace partnership::cli {

// A table with a header row. Columns are as wide as their widest cell, counted in
// characters (UTF-8 code points), not bytes, so "Saint Chloë" lines up; cells are separated
// by two spaces; trailing spaces are trimmed. Tabs and newlines inside a cell become spaces
// so one record stays on one line. Cells longer than a column's maximum width are cut with
// "…".
//
//   Table t({"URN", "NAME"});
//   t.AlignRight(0);
//   t.AddRow({"115481", "Coney Hill"});
//   std::cout << t.Render();
class Table {
 public:
  explicit Table(std::vector<std::string> headers);

  // Numbers read better right-aligned. `column` out of range is ignored.
  void AlignRight(size_t column);

  // Cells longer than `width` characters are shortened (width >= 2). `column` out of range
  // is ignored.
  void SetMaxWidth(size_t column, size_t width);

  // Missing cells are blank; cells beyond the header count are dropped.
  void AddRow(std::vector<std::string> cells);

  size_t row_count() const { return rows_.size(); }

  // The header, a rule of dashes, then each row; every line ends with '\n'.
  std::string Render() const;

 private:
  std::vector<std::string> headers_;
  std::vector<bool> right_;
  std::vector<size_t> max_width_;  // 0: unlimited
  std::vector<std::vector<std::string>> rows_;
};

// The number of characters (UTF-8 code points) in `text`.
size_t DisplayWidth(const std::string& text);

}  // namespace partnership::cli

#endif  // PARTNERSHIP_CLIENT_TABLE_H_
