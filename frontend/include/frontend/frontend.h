// The frontend's public entry point: a Dart entry file in, a kernel Program out.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "frontend/diagnostics.h"
#include "frontend/program.h"
#include "frontend/source.h"

namespace dartc::frontend {

struct Options {
  std::string mainPath;       // the entry file
  std::string sdkDir;         // directory of the core library sources (dart:core, ...)
  std::string packagesFile;   // --packages; empty: search .dart_tool/package_config.json upwards
  bool enableAsserts = false;
  // -D<name>=<value> declarations: what `const String.fromEnvironment(name)` and friends read.
  std::map<std::string, std::string> environment;
};

// Time spent in each frontend phase, for --verbose.
struct PhaseTimes {
  double parseSeconds = 0;
  double declarationsSeconds = 0;
  double bodiesSeconds = 0;
};

// Loads the entry file and everything it imports, resolves and type-checks it with sound null
// safety, and lowers it to kernel. Returns null when errors were reported (they are in `diags`).
std::unique_ptr<kernel::Program> compileToKernel(const Options& options, SourceManager& sources,
                                                 Diagnostics& diags, PhaseTimes* times = nullptr);

}  // namespace dartc::frontend
