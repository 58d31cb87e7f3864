// Times the frontend alone (compileToKernel: load and parse, declarations, bodies) on a Dart
// program, with no codegen noise. Runs it several times and reports the best and the median.
//
//   frontend_bench [--runs=N] [--sdk=DIR] program.dart
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "frontend/diagnostics.h"
#include "frontend/frontend.h"

int main(int argc, char** argv) {
  int runs = 5;
  std::string sdk = DARTC_SDK_SOURCE_DIR;
  std::string path;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a.rfind("--runs=", 0) == 0) runs = std::max(1, std::atoi(a.c_str() + 7));
    else if (a.rfind("--sdk=", 0) == 0) sdk = a.substr(6);
    else path = a;
  }
  if (path.empty()) {
    std::fprintf(stderr, "usage: frontend_bench [--runs=N] [--sdk=DIR] program.dart\n");
    return 64;
  }
  std::vector<double> total;
  dartc::frontend::PhaseTimes best{1e9, 1e9, 1e9};
  size_t lines = 0;
  for (int r = 0; r < runs; ++r) {
    dartc::SourceManager sources;
    dartc::Diagnostics diags(sources);
    dartc::frontend::Options options;
    options.mainPath = path;
    options.sdkDir = sdk;
    dartc::frontend::PhaseTimes times;
    auto start = std::chrono::steady_clock::now();
    auto program = dartc::frontend::compileToKernel(options, sources, diags, &times);
    total.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    if (!program) {
      std::fprintf(stderr, "frontend_bench: the program has errors\n");
      return 1;
    }
    best.parseSeconds = std::min(best.parseSeconds, times.parseSeconds);
    best.declarationsSeconds = std::min(best.declarationsSeconds, times.declarationsSeconds);
    best.bodiesSeconds = std::min(best.bodiesSeconds, times.bodiesSeconds);
    if (r == 0) {
      for (size_t f = 0; f < sources.fileCount(); ++f) {
        auto text = sources.file(static_cast<dartc::FileId>(f)).text();
        lines += static_cast<size_t>(std::count(text.begin(), text.end(), '\n'));
      }
    }
  }
  std::sort(total.begin(), total.end());
  std::printf("frontend: %zu lines (core library included), %d runs\n", lines, runs);
  std::printf("  best %.3fs, median %.3fs (%.0f lines/s)\n", total.front(), total[total.size() / 2],
              static_cast<double>(lines) / total.front());
  std::printf("  best phases: parse %.3fs, declarations %.3fs, bodies %.3fs\n", best.parseSeconds,
              best.declarationsSeconds, best.bodiesSeconds);
  return 0;
}
