#include "access/token_authority.h"

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "access/policy.h"
#include "audit/audit_trail.h"
#include "common/digest.h"
#include "common/iso_date.h"
#include "common/status_macros.h"
#include "registry/school.h"
#include "storage/person_table.h"
#include "storage/school_table.h"
#include "storage/token_table.h"

namespace partnership::access {
namespace {

constexpr char kSecretPrefix[] = "gsp_";
constexpr size_t kMaxLabel = 200;

std::string Now() { return FormatUtc(absl::Now()); }

absl::Status ValidateSpec(storage::Transaction& txn, const Token& spec) {
  if (spec.role == AccessRole::kUnspecified) {
    return absl::InvalidArgumentError("token.role: required");
  }
  if (spec.label.empty()) {
    return absl::InvalidArgumentError("token.label: required (say who holds the token)");
  }
  if (spec.label.size() > kMaxLabel) {
    return absl::InvalidArgumentError(
        absl::StrCat("token.label: longer than ", kMaxLabel, " characters"));
  }
  if (!spec.school_urn.empty() && !registry::IsValidUrn(spec.school_urn)) {
    return absl::InvalidArgumentError(
        absl::StrCat("token.school_urn: \"", spec.school_urn, "\" is not a URN (1 to 8 digits)"));
  }
  if (spec.role == AccessRole::kSchool && spec.school_urn.empty()) {
    return absl::InvalidArgumentError("token.school_urn: required for a SCHOOL token");
  }
  if (spec.role != AccessRole::kSchool && spec.role != AccessRole::kReviewer &&
      !spec.school_urn.empty()) {
    return absl::InvalidArgumentError(absl::StrCat(
        "token.school_urn: a ", AccessRoleName(spec.role), " token acts for no school"));
  }
  if (spec.role == AccessRole::kReviewer && spec.person_id == 0) {
    return absl::InvalidArgumentError("token.person_id: required for a REVIEWER token");
  }
  if (spec.person_id < 0) {
    return absl::InvalidArgumentError("token.person_id: must be a positive id");
  }
  if (!spec.school_urn.empty()) {
    storage::SchoolTable schools(txn);
    ASSIGN_OR_RETURN(bool exists, schools.Exists(spec.school_urn));
    if (!exists) {
      return absl::NotFoundError(
          absl::StrCat("token.school_urn: school ", spec.school_urn, " not found"));
    }
  }
  if (spec.person_id != 0) {
    storage::PersonTable people(txn);
    auto person = people.Get(spec.person_id);
    if (absl::IsNotFound(person.status())) {
      return absl::NotFoundError(
          absl::StrCat("token.person_id: person ", spec.person_id, " not found"));
    }
    RETURN_IF_ERROR(person.status());
    if (spec.role == AccessRole::kReviewer && !registry::IsLeader(person->role)) {
      return absl::InvalidArgumentError(absl::StrCat(
          "token.person_id: person ", spec.person_id,
          " is not a headteacher or deputy, so cannot hold a REVIEWER token"));
    }
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<Principal> TokenAuthority::Authenticate(absl::string_view secret) {
  if (secret.empty()) {
    return absl::UnauthenticatedError(
        "no token: send \"authorization: Bearer <token>\" (partnership --token-file FILE)");
  }
  const std::string hash = Sha256Hex(secret);
  Token token;
  absl::Status read = db_.Read([&](storage::Transaction& txn) -> absl::Status {
    storage::TokenTable tokens(txn);
    ASSIGN_OR_RETURN(token, tokens.FindBySecretHash(hash));
    return absl::OkStatus();
  });
  if (absl::IsNotFound(read)) return absl::UnauthenticatedError("unknown token");
  RETURN_IF_ERROR(read);
  if (!token.revoke_time.empty()) {
    return absl::UnauthenticatedError(
        absl::StrCat("token ", token.id, " was revoked at ", token.revoke_time));
  }
  return Principal{token.id, token.role, token.school_urn, token.person_id};
}

absl::StatusOr<IssuedToken> TokenAuthority::Insert(storage::Transaction& txn,
                                                   const Principal& caller, Token token) {
  ASSIGN_OR_RETURN(std::string id_hex, RandomHex(6));
  ASSIGN_OR_RETURN(std::string secret_hex, RandomHex(32));
  token.id = absl::StrCat("tok_", id_hex);
  token.create_time = Now();
  token.created_by = caller.Describe();
  token.revoke_time.clear();
  IssuedToken issued{token, absl::StrCat(kSecretPrefix, secret_hex)};
  storage::TokenTable tokens(txn);
  RETURN_IF_ERROR(tokens.Insert(token, Sha256Hex(issued.secret)));
  RETURN_IF_ERROR(audit::Record(
      txn, caller, token.create_time, "token.create", absl::StrCat("token/", token.id),
      absl::StrCat("created ", AccessRoleName(token.role), " token \"", token.label, "\"",
                   token.school_urn.empty() ? "" : absl::StrCat(" for school ", token.school_urn),
                   token.person_id ? absl::StrCat(" for person ", token.person_id) : "")));
  return issued;
}

absl::StatusOr<IssuedToken> TokenAuthority::Create(const Principal& caller, const Token& spec) {
  RETURN_IF_ERROR(RequireRole(caller, {AccessRole::kCoordinator}, "create tokens"));
  IssuedToken issued;
  RETURN_IF_ERROR(db_.Write([&](storage::Transaction& txn) -> absl::Status {
    RETURN_IF_ERROR(ValidateSpec(txn, spec));
    Token token = spec;
    if (token.role == AccessRole::kReviewer && token.school_urn.empty()) {
      storage::PersonTable people(txn);
      ASSIGN_OR_RETURN(auto person, people.Get(token.person_id));
      token.school_urn = person.school_urn;
    }
    ASSIGN_OR_RETURN(issued, Insert(txn, caller, token));
    return absl::OkStatus();
  }));
  return issued;
}

absl::StatusOr<std::vector<Token>> TokenAuthority::List(const Principal& caller,
                                                        bool include_revoked,
                                                        const std::string& after_id, int limit) {
  RETURN_IF_ERROR(RequireRole(caller, {AccessRole::kCoordinator}, "list tokens"));
  std::vector<Token> out;
  RETURN_IF_ERROR(db_.Read([&](storage::Transaction& txn) -> absl::Status {
    storage::TokenTable tokens(txn);
    ASSIGN_OR_RETURN(out, tokens.List(include_revoked, after_id, limit));
    return absl::OkStatus();
  }));
  return out;
}

absl::StatusOr<Token> TokenAuthority::Revoke(const Principal& caller, const std::string& id) {
  RETURN_IF_ERROR(RequireRole(caller, {AccessRole::kCoordinator}, "revoke tokens"));
  if (!absl::StartsWith(id, "tok_")) {
    return absl::InvalidArgumentError(absl::StrCat("id: \"", id, "\" is not a token id (tok_...)"));
  }
  Token revoked;
  RETURN_IF_ERROR(db_.Write([&](storage::Transaction& txn) -> absl::Status {
    storage::TokenTable tokens(txn);
    ASSIGN_OR_RETURN(Token token, tokens.Get(id));
    if (token.role == AccessRole::kCoordinator && token.revoke_time.empty()) {
      ASSIGN_OR_RETURN(auto active, tokens.List(false, "", 0));
      int coordinators = 0;
      for (const Token& t : active) coordinators += t.role == AccessRole::kCoordinator;
      if (coordinators <= 1) {
        return absl::FailedPreconditionError(absl::StrCat(
            "token ", id, " is the last valid coordinator token; create another first"));
      }
    }
    const std::string now = Now();
    RETURN_IF_ERROR(tokens.Revoke(id, now));
    RETURN_IF_ERROR(audit::Record(txn, caller, now, "token.revoke", absl::StrCat("token/", id),
                                  absl::StrCat("revoked token \"", token.label, "\"")));
    ASSIGN_OR_RETURN(revoked, tokens.Get(id));
    return absl::OkStatus();
  }));
  return revoked;
}

absl::StatusOr<Token> TokenAuthority::Describe(const Principal& caller) {
  Token token;
  RETURN_IF_ERROR(db_.Read([&](storage::Transaction& txn) -> absl::Status {
    storage::TokenTable tokens(txn);
    ASSIGN_OR_RETURN(token, tokens.Get(caller.token_id));
    return absl::OkStatus();
  }));
  return token;
}

absl::StatusOr<std::optional<IssuedToken>> TokenAuthority::BootstrapCoordinator() {
  std::optional<IssuedToken> issued;
  RETURN_IF_ERROR(db_.Write([&](storage::Transaction& txn) -> absl::Status {
    storage::TokenTable tokens(txn);
    ASSIGN_OR_RETURN(auto all, tokens.List(/*include_revoked=*/true, "", 1));
    if (!all.empty()) return absl::OkStatus();
    Token spec;
    spec.role = AccessRole::kCoordinator;
    spec.label = "first coordinator (created on first start)";
    ASSIGN_OR_RETURN(issued, Insert(txn, ServerPrincipal(), spec));
    return absl::OkStatus();
  }));
  return issued;
}

}  // namespace partnership::access
