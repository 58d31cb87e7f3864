// Compiles small in-memory Dart programs with the real core library, for the checker's unit
// tests. The core library sources are found in the source tree (precompiled_runtime/lib under
// DARTC_SOURCE_ROOT, which tests/CMakeLists.txt defines), or where DARTC_SDK_DIR points.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "frontend/diagnostics.h"
#include "frontend/frontend.h"
#include "frontend/kernel.h"
#include "frontend/program.h"

namespace dartc::testing {

inline std::string sdkDir() {
  if (const char* env = std::getenv("DARTC_SDK_DIR")) return env;
  // Not derived from __FILE__: compiler caches (ccache's base_dir) make it relative to the build
  // directory, while tests run elsewhere.
  namespace fs = std::filesystem;
  return (fs::path(DARTC_SOURCE_ROOT) / "precompiled_runtime" / "lib").lexically_normal().string();
}

// One compilation of `source` as /memory/main.dart (plus optional extra in-memory files).
struct Compiled {
  explicit Compiled(const std::string& source, std::vector<std::pair<std::string, std::string>> extra = {})
      : diags(sources) {
    diags.setEcho(false);
    sources.add("/memory/main.dart", source);
    for (auto& [path, text] : extra) sources.add("/memory/" + path, text);
    options.mainPath = "/memory/main.dart";
    options.sdkDir = sdkDir();
    program = frontend::compileToKernel(options, sources, diags);
  }

  bool ok() const { return program != nullptr && !diags.hasErrors(); }

  // "line:col: message" for every error in /memory/main.dart (and just the message elsewhere).
  std::vector<std::string> errors() const {
    std::vector<std::string> out;
    for (const Diagnostic& d : diags.all()) {
      if (d.severity != Severity::Error) continue;
      if (!d.loc.valid()) {
        out.push_back(d.message);
        continue;
      }
      LineCol lc = sources.file(d.loc.file).lineCol(d.loc.offset);
      out.push_back(std::to_string(lc.line) + ":" + std::to_string(lc.column) + ": " + d.message);
    }
    return out;
  }
  std::string firstError() const {
    auto all = errors();
    return all.empty() ? "" : all[0];
  }

  const kernel::Library* mainLibrary() const { return program ? program->mainLibrary : nullptr; }
  kernel::Field* field(std::string_view name) const {
    for (kernel::Field* f : mainLibrary()->fields) {
      if (f->name == name) return f;
    }
    return nullptr;
  }
  kernel::Procedure* procedure(std::string_view name) const {
    for (kernel::Procedure* p : mainLibrary()->procedures) {
      if (p->name == name) return p;
    }
    return nullptr;
  }
  kernel::Class* cls(std::string_view name) const {
    for (kernel::Library* lib : program->libraries) {
      for (kernel::Class* c : lib->classes) {
        if (c->name == name) return c;
      }
    }
    return nullptr;
  }
  // The static type of a top-level variable, as Dart spells it.
  std::string typeOf(std::string_view name) const {
    kernel::Field* f = field(name);
    return f && f->type ? f->type->toString() : "<no field>";
  }

  SourceManager sources;
  Diagnostics diags;
  frontend::Options options;
  std::unique_ptr<kernel::Program> program;
};

}  // namespace dartc::testing
