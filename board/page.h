// Pages of a short list held in memory (seats, holdings): the page token is the offset of the
// next item, as text.
#ifndef PARTNERSHIP_BOARD_PAGE_H_
#define PARTNERSHIP_BOARD_PAGE_H_

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"

namespace partnership::board {

// Keeps in `items` only the page that `page_size` and `page_token` select; sets
// `next_page_token` ("" on the last page). INVALID_ARGUMENT for a negative page size or a
// token that is not an offset within the list.
template <typename T>
absl::Status TakePage(std::vector<T>& items, int page_size, const std::string& page_token,
                      std::string& next_page_token) {
  if (page_size < 0) {
    return absl::InvalidArgumentError(absl::StrCat("page_size: ", page_size, " is negative"));
  }
  const size_t size = page_size == 0 ? 100 : page_size > 1000 ? 1000 : page_size;
  size_t offset = 0;
  if (!page_token.empty() && (!absl::SimpleAtoi(page_token, &offset) || offset > items.size())) {
    return absl::InvalidArgumentError(
        absl::StrCat("page_token: \"", page_token, "\" is not a token from an earlier page"));
  }
  const size_t end = offset + size < items.size() ? offset + size : items.size();
  next_page_token = end < items.size() ? absl::StrCat(end) : "";
  items = std::vector<T>(items.begin() + offset, items.begin() + end);
  return absl::OkStatus();
}

}  // namespace partnership::board

#endif  // PARTNERSHIP_BOARD_PAGE_H_
