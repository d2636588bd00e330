#include "common/digest.h"

#include <openssl/rand.h>
#include <openssl/sha.h>

#include <vector>

#include "absl/strings/escaping.h"

namespace partnership {

std::string Sha256Hex(absl::string_view data) {
  unsigned char out[SHA256_DIGEST_LENGTH];
  SHA256(reinterpret_cast<const unsigned char*>(data.data()), data.size(), out);
  return absl::BytesToHexString(
      absl::string_view(reinterpret_cast<const char*>(out), sizeof(out)));
}

absl::StatusOr<std::string> RandomHex(int n) {
  std::vector<unsigned char> buf(n);
  if (RAND_bytes(buf.data(), n) != 1) {
    return absl::InternalError("secure random generator failed");
  }
  return absl::BytesToHexString(
      absl::string_view(reinterpret_cast<const char*>(buf.data()), buf.size()));
}

}  // namespace partnership
