// One entry of the audit trail and the hash that chains it to the entry before.
#ifndef PARTNERSHIP_AUDIT_AUDIT_ENTRY_H_
#define PARTNERSHIP_AUDIT_AUDIT_ENTRY_H_

#include <cstdint>
#include <string>

namespace partnership::audit {

struct AuditEntry {
  int64_t sequence = 0;   // 1, 2, 3, ... with no gaps
  std::string time;       // RFC 3339 UTC
  std::string actor;      // Principal::Describe()
  std::string action;     // "school.import", "person.update", ...
  std::string record;     // "school/115481", "person/17", "token/tok_..."
  std::string detail;     // a short human account
  std::string previous_hash;  // hash of entry sequence-1; the genesis value for the first
  std::string hash;           // EntryHash(*this)
};

// What the first entry's previous_hash holds.
inline constexpr char kGenesisHash[] =
    "0000000000000000000000000000000000000000000000000000000000000000";

// SHA-256 (hex) over previous_hash, time, actor, action, record and detail, each
// length-prefixed so that no two different entries share an encoding. The sequence number is
// left out on purpose: an entry moved to another position keeps a valid hash of its own, so
// verification can tell a moved entry (REORDERED) from an altered one (EDITED).
std::string EntryHash(const AuditEntry& entry);

}  // namespace partnership::audit

#endif  // PARTNERSHIP_AUDIT_AUDIT_ENTRY_H_
