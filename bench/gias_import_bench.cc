// How fast the GIAS establishment export is read: the national file is about 60 MB and
// 50,000 rows. Builds a file of that size from the real-format sample (every row given its own
// URN), parses it for LA 916 and for every row, and prints size, rows, seconds and MB/s.
//
//   build/bench/gias_import_bench [ROWS]      (default 50000; run from the repository root)
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "gias/gias_extract.h"

namespace {

std::string BuildNationalSizedFile(const std::string& sample, int rows) {
  std::vector<std::string> lines = absl::StrSplit(sample, "\r\n", absl::SkipEmpty());
  std::string out = lines[0] + "\r\n";
  out.reserve(sample.size() / lines.size() * (rows + 1));
  for (int i = 0; i < rows; ++i) {
    const std::string& line = lines[1 + i % (lines.size() - 1)];
    // Replace the first (URN) field so every row is a school of its own.
    absl::StrAppend(&out, "\"", 200000 + i, "\"", line.substr(line.find(',', 1)), "\r\n");
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  const int rows = argc > 1 ? std::atoi(argv[1]) : 50000;
  std::ifstream in("tests/data/edubasealldata_sample.csv", std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "gias_import_bench: run from the repository root (needs tests/data)\n");
    return 2;
  }
  std::ostringstream sample;
  sample << in.rdbuf();
  const std::string file = BuildNationalSizedFile(sample.str(), rows);

  for (const char* la : {"916", "803"}) {
    const auto start = std::chrono::steady_clock::now();
    auto extract = partnership::gias::ParseEstablishmentExport(file, {la});
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!extract.ok()) {
      std::fprintf(stderr, "gias_import_bench: %s\n", std::string(extract.status().message()).c_str());
      return 1;
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("gias  la %s  file %6.1f MB  rows %6d  kept %6zu  skipped %6d  %6.3f s  %6.1f MB/s  peak %4ld MiB\n",
                la, file.size() / 1e6, extract->rows_read, extract->schools.size(), extract->skipped,
                seconds, file.size() / 1e6 / seconds, usage.ru_maxrss / 1024);
  }
  return 0;
}
