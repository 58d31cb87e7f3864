// Times whole-program analysis alone on a Dart program: the frontend runs once, then type-flow
// analysis (and, with --rta, Rapid Type Analysis for comparison) several times. Prints the best
// CPU and wall-clock times, the program's size and the analysis's counts.
//
//   tfa_bench [--runs=N] [--rta] [--sdk=DIR] program.dart
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <vector>

#include "frontend/diagnostics.h"
#include "frontend/frontend.h"
#include "tfa/flow_facts.h"

int main(int argc, char** argv) {
  int runs = 3;
  bool rta = false;
  std::string sdk = DARTC_SDK_SOURCE_DIR;
  std::string path;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a.rfind("--runs=", 0) == 0) runs = std::max(1, std::atoi(a.c_str() + 7));
    else if (a == "--rta") rta = true;
    else if (a.rfind("--sdk=", 0) == 0) sdk = a.substr(6);
    else path = a;
  }
  if (path.empty()) {
    std::fprintf(stderr, "usage: tfa_bench [--runs=N] [--rta] [--sdk=DIR] program.dart\n");
    return 64;
  }
  dartc::SourceManager sources;
  dartc::Diagnostics diags(sources);
  dartc::frontend::Options options;
  options.mainPath = path;
  options.sdkDir = sdk;
  auto program = dartc::frontend::compileToKernel(options, sources, diags);
  if (!program || diags.hasErrors()) {
    std::fprintf(stderr, "tfa_bench: the program has errors\n");
    return 1;
  }
  size_t lines = 0;
  for (size_t f = 0; f < sources.fileCount(); ++f) {
    auto text = sources.file(static_cast<dartc::FileId>(f)).text();
    lines += static_cast<size_t>(std::count(text.begin(), text.end(), '\n'));
  }
  // CPU time of this thread: on a machine shared with other work, wall-clock time mostly measures
  // the load, CPU time the analysis.
  auto cpuNow = [] {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
  };
  struct Timing {
    double wall = 1e9, cpu = 1e9;
  };
  auto measure = [&](bool typeFlow) {
    dartc::tfa::AnalysisOptions ao;
    ao.typeFlow = typeFlow;
    Timing best;
    dartc::tfa::AnalysisStats stats;
    for (int r = 0; r < runs; ++r) {
      auto start = std::chrono::steady_clock::now();
      double cpuStart = cpuNow();
      auto facts = dartc::tfa::analyze(*program, ao);
      best.cpu = std::min(best.cpu, cpuNow() - cpuStart);
      best.wall = std::min(best.wall, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
      stats = facts->stats();
    }
    return std::make_pair(best, stats);
  };
  auto [tfaTime, s] = measure(true);
  std::printf("%zu lines (core library included), best of %d runs\n", lines, runs);
  std::printf("  type-flow analysis %.3fs CPU (%.3fs wall): %zu summaries, %zu invocations, %zu iterations, %zu invalidations, "
              "%zu saturated, %zu approximated; %zu of %zu call sites devirtualized; %zu of %zu members kept\n",
              tfaTime.cpu, tfaTime.wall, s.summaries, s.invocations, s.iterations, s.invalidations, s.saturated, s.approximated,
              s.devirtualizedSites, s.instanceCallSites, s.keptMembers, s.totalMembers);
  if (rta) {
    auto [rtaTime, r] = measure(false);
    std::printf("  rapid type analysis %.3fs CPU (%.3fs wall): %zu of %zu members kept\n", rtaTime.cpu, rtaTime.wall, r.keptMembers, r.totalMembers);
  }
  return 0;
}
