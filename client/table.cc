#include "client/table.h"

#include <algorithm>
#include <utility>

namespace partnership::cli {
namespace {

bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

std::string Clean(std::string cell) {
  for (char& c : cell) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return cell;
}

// The first `chars` characters of `text`, never splitting a UTF-8 sequence.
std::string Prefix(const std::string& text, size_t chars) {
  size_t seen = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (!IsContinuationByte(text[i])) {
      if (seen == chars) return text.substr(0, i);
      ++seen;
    }
  }
  return text;
}

std::string Fit(const std::string& cell, size_t max_width) {
  if (max_width == 0 || DisplayWidth(cell) <= max_width) return cell;
  return Prefix(cell, max_width - 1) + "\u2026";
}

}  // namespace

size_t DisplayWidth(const std::string& text) {
  return static_cast<size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return !IsContinuationByte(c); }));
}

Table::Table(std::vector<std::string> headers)
    : headers_(std::move(headers)),
      right_(headers_.size(), false),
      max_width_(headers_.size(), 0) {}

void Table::AlignRight(size_t column) {
  if (column < right_.size()) right_[column] = true;
}

void Table::SetMaxWidth(size_t column, size_t width) {
  if (column < max_width_.size()) max_width_[column] = std::max<size_t>(width, 2);
}

void Table::AddRow(std::vector<std::string> cells) {
  cells.resize(headers_.size());
  for (size_t i = 0; i < cells.size(); ++i) cells[i] = Fit(Clean(std::move(cells[i])), max_width_[i]);
  rows_.push_back(std::move(cells));
}

std::string Table::Render() const {
  std::vector<size_t> widths(headers_.size(), 0);
  for (size_t i = 0; i < headers_.size(); ++i) widths[i] = DisplayWidth(headers_[i]);
  for (const auto& row : rows_) {
    for (size_t i = 0; i < row.size(); ++i) widths[i] = std::max(widths[i], DisplayWidth(row[i]));
  }
  auto render_line = [&](const std::vector<std::string>& cells) {
    std::string line;
    for (size_t i = 0; i < cells.size(); ++i) {
      if (i > 0) line += "  ";
      const std::string padding(widths[i] - DisplayWidth(cells[i]), ' ');
      line += right_[i] ? padding + cells[i] : cells[i] + padding;
    }
    line.erase(line.find_last_not_of(' ') + 1);
    return line + "\n";
  };
  std::string out = render_line(headers_);
  std::vector<std::string> rule;
  for (size_t w : widths) rule.push_back(std::string(w, '-'));
  out += render_line(rule);
  for (const auto& row : rows_) out += render_line(row);
  return out;
}

}  // namespace partnership::cli
