// Command-line options of `dartc compile exe` and `dartc run`.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "codegen/codegen.h"

namespace dartc::driver {

enum class Command { None, CompileExe, Run, AnalyzeSize, Help, Version };

struct CommandLine {
  Command command = Command::None;
  bool helpForCommand = false;  // `dartc compile exe --help`, `dartc run --help`
  std::string input;
  std::string output;           // -o; empty: the input's stem (compile exe) or a temp file (run)
  int optLevel = 2;
  bool emitLLVM = false;
  bool verbose = false;
  bool enableAsserts = false;
  bool staticLink = false;
  bool dumpKernel = false;      // debugging: print the user libraries' kernel and stop
  bool stackChecks = true;      // --no-stack-checks (hidden): measure the checks' cost
  bool typeFlow = true;         // --no-tfa: Rapid Type Analysis instead of type-flow analysis
  std::string why;              // --why=<library>::<Class>.<member>: print why it is kept
  bool analyzeSize = false;     // --analyze-size: print a size report, write <output>.size.json/.html
  // `dartc analyze-size --compare <before> <after>`
  std::string compareBefore;
  std::string compareAfter;
  codegen::TargetArch arch = codegen::TargetArch::X64;
  std::string packages;
  // -D<name>=<value>, --define=<name>=<value> (later ones win), for `const String.fromEnvironment`.
  std::map<std::string, std::string> environment;
  std::vector<std::string> programArgs;  // `dartc run main.dart args...`
};

// Parses argv; on a usage error fills `error` and returns false.
bool parseCommandLine(int argc, char** argv, CommandLine& out, std::string& error);
std::string usageText();
std::string compileUsageText();
std::string runUsageText();
std::string analyzeSizeUsageText();

}  // namespace dartc::driver
