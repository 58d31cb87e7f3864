// `--analyze-size` and `dartc analyze-size`: the size report's entry points for the driver.
#pragma once

#include <string>

#include "codegen/codegen.h"
#include "dispatch_table/program_layout.h"
#include "frontend/program.h"
#include "tfa/flow_facts.h"

namespace dartc::driver::size_report {

struct SizeReportInputs {
  const kernel::Program* program = nullptr;
  const tfa::FlowFacts* facts = nullptr;
  const dispatch::ProgramLayout* layout = nullptr;
  const codegen::Output* generated = nullptr;  // the objects and the symbols' origins
  codegen::TargetArch arch = codegen::TargetArch::X64;
  std::string runtimeArchive;  // libdartrt.a, to group the runtime's code by source file
  std::string executable;      // the linked executable
};

// Measures the executable, prints the text summary on stdout and writes <executable>.size.json
// and <executable>.size.html. False (with `error`) when the executable can't be read or a report
// file can't be written.
bool writeSizeReport(const SizeReportInputs& inputs, std::string& error);

// `dartc analyze-size --compare <before.json> <after.json>`: prints what grew and what shrank.
// Returns the exit code: 0, or 1 (with a message on stderr) for a missing or malformed file.
int compareReportFiles(const std::string& beforePath, const std::string& afterPath);

}  // namespace dartc::driver::size_report
