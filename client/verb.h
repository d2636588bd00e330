// Declaring a verb whose flags fill a struct and whose work runs once the line has parsed.
#ifndef PARTNERSHIP_CLIENT_VERB_H_
#define PARTNERSHIP_CLIENT_VERB_H_

#include <memory>
#include <type_traits>

#include "CLI/CLI.hpp"
#include "absl/status/status.h"
#include "client/cli_context.h"

namespace partnership::cli {

// Adds verb `name` to `noun`. `args` is set to a fresh Args for the caller to bind flags to;
// `run` is handed to ctx.SetAction() when the verb is chosen. `ctx` must outlive `noun`.
template <typename Args>
CLI::App* AddVerb(CLI::App* noun, CliContext& ctx, const char* name, const char* help,
                  std::shared_ptr<Args>& args,
                  // Args is deduced from `args` alone, so a captureless lambda converts here.
                  absl::Status (*run)(CliContext&, const std::common_type_t<Args>&)) {
  args = std::make_shared<Args>();
  CLI::App* verb = noun->add_subcommand(name, help);
  verb->callback([&ctx, args, run] {
    ctx.SetAction([&ctx, args, run] { return run(ctx, *args); });
  });
  return verb;
}

}  // namespace partnership::cli

#endif  // PARTNERSHIP_CLIENT_VERB_H_
