// SHA-256 and secure random bytes (OpenSSL's libcrypto).
#ifndef PARTNERSHIP_COMMON_DIGEST_H_
#define PARTNERSHIP_COMMON_DIGEST_H_

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace partnership {

// Lower-case hex SHA-256 of `data` (64 characters).
std::string Sha256Hex(absl::string_view data);

// `n` bytes from the operating system's secure generator, lower-case hex (2n characters).
// INTERNAL if the generator fails.
absl::StatusOr<std::string> RandomHex(int n);

}  // namespace partnership

#endif  // PARTNERSHIP_COMMON_DIGEST_H_
