// libFuzzer target over the whole frontend: the input is the text of main.dart, compiled with the
// real core library through lexer, parser and checker (compileToKernel). Any crash, sanitizer
// report, leak or hang is a bug: every input must end in a program or in diagnostics.
#include <cstddef>
#include <cstdint>
#include <string>

#include "frontend/diagnostics.h"
#include "frontend/frontend.h"

#ifndef DARTC_SDK_SOURCE_DIR
#error "DARTC_SDK_SOURCE_DIR must name precompiled_runtime/lib"
#endif

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  dartc::SourceManager sources;
  dartc::Diagnostics diags(sources);
  diags.setEcho(false);
  sources.add("/fuzz/main.dart", std::string(reinterpret_cast<const char*>(data), size));
  dartc::frontend::Options options;
  options.mainPath = "/fuzz/main.dart";
  options.sdkDir = DARTC_SDK_SOURCE_DIR;
  auto program = dartc::frontend::compileToKernel(options, sources, diags);
  // Formatting every diagnostic exercises the caret rendering on arbitrary text too.
  for (const dartc::Diagnostic& d : diags.all()) (void)diags.format(d);
  return 0;
}
