// `partnership people list|get|add|update|remove`: headteachers, deputies, governors and
// the officers the partnership works with.

#include <memory>
#include <string>
#include <vector>

#include "CLI/CLI.hpp"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "client/arguments.h"
#include "client/commands.h"
#include "client/exit_codes.h"
#include "client/table.h"
#include "common/status_macros.h"
#include "partnership/v1/registry.grpc.pb.h"

namespace partnership::cli {
namespace {

// The flags `people add` and `people update` share. The Option pointers tell "not given"
// from "given empty", which update needs for its FieldMask (an empty value clears a field).
struct PersonFlags {
  std::string role, school, given, family, email, organisation, trained_on, unavailable;
  CLI::Option* given_opt = nullptr;
  CLI::Option* family_opt = nullptr;
  CLI::Option* email_opt = nullptr;
  CLI::Option* organisation_opt = nullptr;
  CLI::Option* trained_on_opt = nullptr;
  CLI::Option* unavailable_opt = nullptr;
};

struct UpdateArgs {
  std::string id;
  PersonFlags flags;
};

struct ListArgs {
  std::string school, role;
};

constexpr char kRoleHelp[] =
    "headteacher, deputy-head, governor, la-officer, diocesan-representative or coordinator";

void AddDetailFlags(CLI::App* cmd, PersonFlags& f, bool required) {
  f.given_opt = cmd->add_option("--given", f.given, "Given name");
  f.family_opt = cmd->add_option("--family", f.family, "Family name");
  f.email_opt = cmd->add_option("--email", f.email, "E-mail address");
  if (required) {
    f.given_opt->required();
    f.family_opt->required();
    f.email_opt->required();
  }
  f.organisation_opt = cmd->add_option(
      "--organisation", f.organisation, "e.g. \"Gloucestershire County Council\"");
  f.trained_on_opt = cmd->add_option(
      "--trained-on", f.trained_on,
      "Date peer-review training was completed, YYYY-MM-DD (heads and deputies)");
  f.unavailable_opt = cmd->add_option(
      "--unavailable", f.unavailable,
      "Dates the leader cannot review: DATE[,DATE...] (heads and deputies)");
}

// Copies the detail flags that were given into `person`, naming each in `mask`.
absl::Status ApplyDetails(const PersonFlags& f, bool for_update, v1::Person* person,
                          google::protobuf::FieldMask* mask) {
  if (f.given_opt->count() > 0) {
    ASSIGN_OR_RETURN(std::string given, ParseNonEmpty("--given", f.given));
    person->set_given_name(given);
    mask->add_paths("given_name");
  }
  if (f.family_opt->count() > 0) {
    ASSIGN_OR_RETURN(std::string family, ParseNonEmpty("--family", f.family));
    person->set_family_name(family);
    mask->add_paths("family_name");
  }
  if (f.email_opt->count() > 0) {
    ASSIGN_OR_RETURN(std::string email, ParseEmail("--email", f.email));
    person->set_email(email);
    mask->add_paths("email");
  }
  if (f.organisation_opt->count() > 0) {
    person->set_organisation(f.organisation);
    mask->add_paths("organisation");
  }
  if (f.trained_on_opt->count() > 0) {
    // On update an empty value clears the training date.
    if (!(for_update && f.trained_on.empty())) {
      ASSIGN_OR_RETURN(std::string date, ParseIsoDate("--trained-on", f.trained_on));
      person->set_training_completed_on(date);
    }
    mask->add_paths("training_completed_on");
  }
  if (f.unavailable_opt->count() > 0) {
    ASSIGN_OR_RETURN(auto dates, ParseDateList("--unavailable", f.unavailable));
    for (auto& date : dates) person->add_unavailable_dates(std::move(date));
    mask->add_paths("unavailable_dates");
  }
  return absl::OkStatus();
}

std::string FullName(const v1::Person& p) {
  return absl::StrCat(p.given_name(), p.given_name().empty() ? "" : " ", p.family_name());
}

void PrintPerson(CliContext& ctx, const v1::Person& p) {
  auto line = [&](absl::string_view label, const std::string& value) {
    if (!value.empty()) ctx.out() << label << ": " << value << "\n";
  };
  line("ID", p.id());
  line("Name", FullName(p));
  line("Role", PersonRoleName(p.role()));
  line("School", p.school_urn());
  line("E-mail", p.email());
  line("Organisation", p.organisation());
  line("Trained on", p.training_completed_on());
  line("Unavailable", absl::StrJoin(p.unavailable_dates(), ", "));
  line("Updated", FormatTimestamp(p.update_time()));
}

absl::Status List(CliContext& ctx, const ListArgs& args) {
  v1::ListPeopleRequest request;
  if (!args.school.empty()) {
    ASSIGN_OR_RETURN(std::string urn, ParseUrn("--school", args.school));
    request.set_school_urn(urn);
  }
  if (!args.role.empty()) {
    ASSIGN_OR_RETURN(auto role, ParsePersonRole("--role", args.role));
    request.set_role(role);
  }
  auto stub = v1::RegistryService::NewStub(ctx.channel());
  v1::ListPeopleResponse all;
  request.set_page_size(1000);
  do {
    v1::ListPeopleResponse page;
    auto call = ctx.NewCall();
    RETURN_IF_ERROR(ctx.Check(stub->ListPeople(call.get(), request, &page)));
    for (auto& person : *page.mutable_people()) *all.add_people() = std::move(person);
    all.set_total_size(page.total_size());
    request.set_page_token(page.next_page_token());
  } while (!request.page_token().empty());

  if (ctx.json()) return ctx.PrintJson(all);
  Table table({"ID", "NAME", "ROLE", "SCHOOL", "E-MAIL", "TRAINED", "UNAVAILABLE"});
  table.SetMaxWidth(6, 34);
  for (const auto& p : all.people()) {
    table.AddRow({p.id(), FullName(p), PersonRoleName(p.role()), p.school_urn(), p.email(),
                  p.training_completed_on(), absl::StrJoin(p.unavailable_dates(), ",")});
  }
  ctx.out() << table.Render();
  ctx.err() << all.people_size() << (all.people_size() == 1 ? " person\n" : " people\n");
  return absl::OkStatus();
}

absl::Status Get(CliContext& ctx, const std::string& id) {
  ASSIGN_OR_RETURN(std::string checked, ParseNonEmpty("ID", id));
  auto stub = v1::RegistryService::NewStub(ctx.channel());
  v1::GetPersonRequest request;
  request.set_id(checked);
  v1::Person person;
  auto call = ctx.NewCall();
  RETURN_IF_ERROR(ctx.Check(stub->GetPerson(call.get(), request, &person)));
  if (ctx.json()) return ctx.PrintJson(person);
  PrintPerson(ctx, person);
  return absl::OkStatus();
}

absl::Status Add(CliContext& ctx, const PersonFlags& f) {
  v1::CreatePersonRequest request;
  v1::Person* person = request.mutable_person();
  ASSIGN_OR_RETURN(auto role, ParsePersonRole("--role", f.role));
  person->set_role(role);
  if (!f.school.empty()) {
    ASSIGN_OR_RETURN(std::string urn, ParseUrn("--school", f.school));
    person->set_school_urn(urn);
  }
  google::protobuf::FieldMask unused;
  RETURN_IF_ERROR(ApplyDetails(f, /*for_update=*/false, person, &unused));
  auto stub = v1::RegistryService::NewStub(ctx.channel());
  v1::Person created;
  auto call = ctx.NewCall();
  RETURN_IF_ERROR(ctx.Check(stub->CreatePerson(call.get(), request, &created)));
  if (ctx.json()) return ctx.PrintJson(created);
  PrintPerson(ctx, created);
  ctx.err() << "added person " << created.id() << "\n";
  return absl::OkStatus();
}

absl::Status Update(CliContext& ctx, const UpdateArgs& args) {
  ASSIGN_OR_RETURN(std::string id, ParseNonEmpty("ID", args.id));
  v1::UpdatePersonRequest request;
  request.mutable_person()->set_id(id);
  RETURN_IF_ERROR(ApplyDetails(args.flags, /*for_update=*/true, request.mutable_person(),
                               request.mutable_update_mask()));
  if (request.update_mask().paths().empty()) {
    return UsageError(
        "people update: nothing to change (give --given, --family, --email, --organisation, "
        "--trained-on or --unavailable)");
  }
  auto stub = v1::RegistryService::NewStub(ctx.channel());
  v1::Person updated;
  auto call = ctx.NewCall();
  RETURN_IF_ERROR(ctx.Check(stub->UpdatePerson(call.get(), request, &updated)));
  if (ctx.json()) return ctx.PrintJson(updated);
  PrintPerson(ctx, updated);
  ctx.err() << "updated person " << updated.id() << "\n";
  return absl::OkStatus();
}

absl::Status Remove(CliContext& ctx, const std::string& id) {
  ASSIGN_OR_RETURN(std::string checked, ParseNonEmpty("ID", id));
  auto stub = v1::RegistryService::NewStub(ctx.channel());
  v1::DeletePersonRequest request;
  request.set_id(checked);
  google::protobuf::Empty empty;
  auto call = ctx.NewCall();
  RETURN_IF_ERROR(ctx.Check(stub->DeletePerson(call.get(), request, &empty)));
  if (ctx.json()) return ctx.PrintJson(empty);
  ctx.err() << "removed person " << checked << "\n";
  return absl::OkStatus();
}

}  // namespace

void AddPeopleCommands(CLI::App& app, CliContext& ctx) {
  CLI::App* people = app.add_subcommand(
      "people", "Headteachers, deputies, governors and officers the partnership works with");
  people->require_subcommand(1);
  people->footer(kGlobalOptionsFooter);

  auto list_args = std::make_shared<ListArgs>();
  CLI::App* list = people->add_subcommand("list", "List people; the count goes to stderr");
  list->add_option("--school", list_args->school, "Only people of this school (URN)");
  list->add_option("--role", list_args->role, std::string("Only this role: ") + kRoleHelp);
  list->callback([&ctx, list_args] {
    ctx.SetAction([&ctx, list_args] { return List(ctx, *list_args); });
  });

  auto get_id = std::make_shared<std::string>();
  CLI::App* get = people->add_subcommand("get", "Show one person");
  get->add_option("ID", *get_id, "The person's id")->required();
  get->callback([&ctx, get_id] { ctx.SetAction([&ctx, get_id] { return Get(ctx, *get_id); }); });

  auto add_flags = std::make_shared<PersonFlags>();
  CLI::App* add = people->add_subcommand(
      "add", "Add a person. Heads, deputies and governors need --school.");
  add->add_option("--role", add_flags->role, kRoleHelp)->required();
  add->add_option("--school", add_flags->school, "The person's school (URN)");
  AddDetailFlags(add, *add_flags, /*required=*/true);
  add->callback([&ctx, add_flags] {
    ctx.SetAction([&ctx, add_flags] { return Add(ctx, *add_flags); });
  });

  auto update_args = std::make_shared<UpdateArgs>();
  CLI::App* update = people->add_subcommand(
      "update",
      "Change a person; only the fields given change. An empty --trained-on or "
      "--unavailable clears it.");
  update->add_option("ID", update_args->id, "The person's id")->required();
  AddDetailFlags(update, update_args->flags, /*required=*/false);
  update->callback([&ctx, update_args] {
    ctx.SetAction([&ctx, update_args] { return Update(ctx, *update_args); });
  });

  auto remove_id = std::make_shared<std::string>();
  CLI::App* remove = people->add_subcommand("remove", "Remove a person from the register");
  remove->add_option("ID", *remove_id, "The person's id")->required();
  remove->callback([&ctx, remove_id] {
    ctx.SetAction([&ctx, remove_id] { return Remove(ctx, *remove_id); });
  });
}

}  // namespace partnership::cli
