#include "gias/csv_reader.h"

#include <cstring>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

namespace partnership::gias {

std::string CsvReader::ColumnLabel(size_t index) const {
  if (column_names_ != nullptr && index < column_names_->size()) {
    return absl::StrCat("column \"", (*column_names_)[index], "\"");
  }
  return absl::StrCat("field ", index + 1);
}

absl::StatusOr<bool> CsvReader::Next(std::vector<absl::string_view>* fields) {
  fields->clear();
  if (pos_ >= text_.size()) return false;
  ++row_;
  spans_.clear();
  unescaped_.clear();
  const char* const data = text_.data();
  const size_t end = text_.size();

  while (true) {
    if (pos_ < end && data[pos_] == '"') {
      const size_t start = pos_ + 1;
      size_t p = start;
      bool copied = false;
      size_t copy_begin = 0;
      while (true) {
        const void* hit = std::memchr(data + p, '"', end - p);
        if (hit == nullptr) {
          const std::string label = ColumnLabel(spans_.size());
          pos_ = end;
          return absl::InvalidArgumentError(
              absl::StrCat("row ", row_, ": unterminated quoted field in ", label));
        }
        const size_t q = static_cast<const char*>(hit) - data;
        if (q + 1 < end && data[q + 1] == '"') {
          // A doubled quote: the field can no longer be a plain view of the text.
          if (!copied) {
            copied = true;
            copy_begin = unescaped_.size();
          }
          unescaped_.append(data + p, q + 1 - p);
          p = q + 2;
          continue;
        }
        if (copied) {
          unescaped_.append(data + p, q - p);
          spans_.push_back({true, copy_begin, unescaped_.size() - copy_begin});
        } else {
          spans_.push_back({false, start, q - start});
        }
        pos_ = q + 1;
        break;
      }
      const bool at_separator = pos_ >= end || data[pos_] == ',' || data[pos_] == '\n' ||
                                (data[pos_] == '\r' && (pos_ + 1 >= end || data[pos_ + 1] == '\n'));
      if (!at_separator) {
        const std::string label = ColumnLabel(spans_.size() - 1);
        pos_ = end;
        return absl::InvalidArgumentError(absl::StrCat(
            "row ", row_, ": text after the closing quote in ", label,
            " (a quote inside a quoted field must be doubled)"));
      }
      if (pos_ < end && data[pos_] == '\r') ++pos_;
    } else {
      size_t q = pos_;
      while (q < end && data[q] != ',' && data[q] != '\n') ++q;
      size_t field_end = q;
      if (field_end > pos_ && data[field_end - 1] == '\r' && (q >= end || data[q] == '\n')) {
        --field_end;
      }
      spans_.push_back({false, pos_, field_end - pos_});
      pos_ = q;
    }

    if (pos_ >= end) break;
    if (data[pos_] == '\n') {
      ++pos_;
      break;
    }
    ++pos_;  // the comma; a comma as the text's last byte still opens one more (empty) field
  }

  fields->reserve(spans_.size());
  for (const Span& s : spans_) {
    fields->push_back(s.unescaped ? absl::string_view(unescaped_).substr(s.begin, s.size)
                                  : text_.substr(s.begin, s.size));
  }
  return true;
}

}  // namespace partnership::gias
