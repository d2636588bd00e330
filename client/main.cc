// partnership: the command-line client of partnershipd. See client/README.md.

#include <iostream>

#include "client/cli.h"

int main(int argc, char** argv) {
  return partnership::cli::RunCli(argc, argv, std::cout, std::cerr);
}
