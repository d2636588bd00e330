// Calendar dates as the partnership writes them: ISO 8601 "YYYY-MM-DD".
#ifndef PARTNERSHIP_COMMON_ISO_DATE_H_
#define PARTNERSHIP_COMMON_ISO_DATE_H_

#include <string>

#include "absl/strings/string_view.h"
#include "absl/time/time.h"

namespace partnership {

// True if `text` is exactly YYYY-MM-DD and names a real day (2027-02-29 is not one).
bool IsIsoDate(absl::string_view text);

// RFC 3339 UTC with seconds, for example "2026-11-22T06:39:12Z".
std::string FormatUtc(absl::Time t);

}  // namespace partnership

#endif  // PARTNERSHIP_COMMON_ISO_DATE_H_
