#include "audit/audit_entry.h"

#include "absl/strings/str_cat.h"
#include "common/digest.h"

namespace partnership::audit {
namespace {

void AppendField(std::string& out, const std::string& field) {
  absl::StrAppend(&out, field.size(), ":", field, ";");
}

}  // namespace

std::string EntryHash(const AuditEntry& e) {
  std::string text;
  AppendField(text, e.previous_hash);
  AppendField(text, e.time);
  AppendField(text, e.actor);
  AppendField(text, e.action);
  AppendField(text, e.record);
  AppendField(text, e.detail);
  return Sha256Hex(text);
}

}  // namespace partnership::audit
