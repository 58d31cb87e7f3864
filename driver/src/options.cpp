#include "options.h"

#include <cstring>
#include <vector>

namespace dartc::driver {

std::string usageText() {
  return "A compiler for Dart programs to native executables.\n"
         "\n"
         "Usage: dartc <command> [arguments]\n"
         "\n"
         "Global options:\n"
         "  -h, --help       Print this usage information.\n"
         "  -v, --verbose    Print the time and statistics of every compilation stage.\n"
         "      --version    Print the dartc version.\n"
         "\n"
         "Available commands:\n"
         "  compile exe      Compile a Dart program to a self-contained native executable.\n"
         "  run              Compile a Dart program and run it.\n"
         "  analyze-size     Compare two size reports of `compile exe --analyze-size`.\n"
         "\n"
         "Run \"dartc compile exe --help\" or \"dartc run --help\" for the options of a command.\n";
}

static const char* kSharedOptions =
    "  -O0, -O1, -O2, -O3        Optimization level (default: -O2).\n"
    "      --target-arch=<arch>  The architecture to compile for: x64 (default) or arm64.\n"
    "      --packages=<file>     The package config to resolve package: imports with\n"
    "                            (default: the nearest .dart_tool/package_config.json).\n"
    "      --enable-asserts      Check assert statements.\n"
    "      --no-tfa              Find what to compile with Rapid Type Analysis instead of\n"
    "                            type-flow analysis (no unboxing by flow, fewer direct calls).\n"
    "      --why=<library>::<Class>.<member>\n"
    "                            Print why the member is kept: the chain of reasons back to\n"
    "                            main, one per line.\n"
    "  -D, --define=<key=value>  Define an environment declaration for\n"
    "                            `const String.fromEnvironment` and friends; separate several\n"
    "                            with commas or repeat the option (-Da=1,b=2).\n"
    "  -v, --verbose             Print the time of every stage and the executable's size.\n";

std::string compileUsageText() {
  return std::string("Compile a Dart program to a self-contained native executable.\n"
                     "\n"
                     "Usage: dartc compile exe [options] <dart entry point>\n"
                     "\n"
                     "Options:\n"
                     "  -o, --output=<path>       Write the executable to <path> (default: the entry\n"
                     "                            point's name without .dart).\n"
                     "      --emit-llvm           Also write the optimized LLVM IR to <output>.ll.\n"
                     "      --static              Link statically (default: dynamically against libc).\n"
                     "      --analyze-size        Print where the executable's bytes go and what tree\n"
                     "                            shaking removed; write <output>.size.json and a\n"
                     "                            treemap page, <output>.size.html.\n") +
         kSharedOptions;
}

std::string analyzeSizeUsageText() {
  return "Compare two size reports (the <output>.size.json files of `dartc compile exe --analyze-size`):\n"
         "print what grew and what shrank, per library, class and function.\n"
         "\n"
         "Usage: dartc analyze-size --compare <old.json> <new.json>\n";
}

std::string runUsageText() {
  return std::string("Compile a Dart program and run it, passing it the remaining arguments.\n"
                     "\n"
                     "Usage: dartc run [options] <dart entry point> [program arguments]\n"
                     "\n"
                     "Options:\n") +
         kSharedOptions;
}

namespace {

// `--name=value` or `--name value`; returns true when `arg` is that option.
bool takeValue(const std::string& arg, const char* name, int& i, int argc, char** argv, std::string& value, std::string& error) {
  std::string prefix = std::string(name) + "=";
  if (arg.rfind(prefix, 0) == 0) {
    value = arg.substr(prefix.size());
    return true;
  }
  if (arg != name) return false;
  if (i + 1 >= argc) {
    error = "Missing value for option '" + arg + "'.";
    value.clear();
    return true;
  }
  value = argv[++i];
  return true;
}

// A -D/--define value: comma-separated `key=value` declarations, like `dart compile exe` (whose
// front end ignores an entry without '=' and rejects one with an empty key).
bool addDefines(const std::string& value, std::map<std::string, std::string>& environment, std::string& error) {
  size_t start = 0;
  while (true) {
    size_t comma = value.find(',', start);
    std::string entry = value.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    size_t eq = entry.find('=');
    if (eq == 0) {
      error = "The environment constant options must have a key (was: \"" + entry + "\")";
      return false;
    }
    if (eq != std::string::npos) environment[entry.substr(0, eq)] = entry.substr(eq + 1);
    if (comma == std::string::npos) return true;
    start = comma + 1;
  }
}

// `dartc analyze-size --compare <before> <after>` (also `--compare=<before> <after>`).
bool parseAnalyzeSize(int argc, char** argv, int i, CommandLine& out, std::string& error) {
  out.command = Command::AnalyzeSize;
  std::vector<std::string> files;
  bool compare = false;
  for (; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "-h" || arg == "--help") {
      out.helpForCommand = true;
      return true;
    }
    if (arg == "--compare") {
      compare = true;
    } else if (arg.rfind("--compare=", 0) == 0) {
      compare = true;
      files.push_back(arg.substr(10));
    } else if (arg.size() > 1 && arg[0] == '-') {
      error = "Could not find an option named \"" + arg + "\".";
      return false;
    } else {
      files.push_back(arg);
    }
  }
  if (!compare || files.size() != 2) {
    error = "The analyze-size command expects --compare <old.json> <new.json>.";
    return false;
  }
  out.compareBefore = files[0];
  out.compareAfter = files[1];
  return true;
}

}  // namespace

bool parseCommandLine(int argc, char** argv, CommandLine& out, std::string& error) {
  int i = 1;
  // Like the `dart` tool, -v/--verbose is also a global option: `dartc --verbose compile exe ...`.
  while (i < argc && (std::strcmp(argv[i], "-v") == 0 || std::strcmp(argv[i], "--verbose") == 0)) {
    out.verbose = true;
    ++i;
  }
  if (i >= argc) {
    error = "Missing a command.";
    return false;
  }
  std::string first = argv[i];
  if (first == "-h" || first == "--help" || first == "help") {
    out.command = Command::Help;
    return true;
  }
  if (first == "--version") {
    out.command = Command::Version;
    return true;
  }
  if (first == "compile") {
    if (i + 1 >= argc) {
      error = "Missing subcommand for 'compile': only 'exe' is supported.";
      return false;
    }
    std::string sub = argv[i + 1];
    if (sub == "-h" || sub == "--help") {
      out.command = Command::CompileExe;
      out.helpForCommand = true;
      return true;
    }
    if (sub != "exe") {
      error = "Unknown subcommand 'compile " + sub + "': only 'compile exe' is supported.";
      return false;
    }
    out.command = Command::CompileExe;
    i += 2;
  } else if (first == "run") {
    out.command = Command::Run;
    i += 1;
  } else if (first == "analyze-size") {
    return parseAnalyzeSize(argc, argv, i + 1, out, error);
  } else {
    error = "Could not find a command named \"" + first + "\".";
    return false;
  }
  for (; i < argc; ++i) {
    std::string arg = argv[i];
    std::string value;
    if (!out.input.empty() && out.command == Command::Run) {
      out.programArgs.push_back(arg);  // everything after the entry point belongs to the program
      continue;
    }
    if (arg == "-h" || arg == "--help") {
      out.helpForCommand = true;
      return true;
    }
    if (arg == "-O0" || arg == "-O1" || arg == "-O2" || arg == "-O3") {
      out.optLevel = arg[2] - '0';
    } else if (arg == "--emit-llvm") {
      out.emitLLVM = true;
    } else if (arg == "-v" || arg == "--verbose") {
      out.verbose = true;
    } else if (arg == "--enable-asserts") {
      out.enableAsserts = true;
    } else if (arg == "--no-stack-checks") {
      out.stackChecks = false;
    } else if (arg == "--no-tfa") {
      out.typeFlow = false;
    } else if (takeValue(arg, "--why", i, argc, argv, value, error)) {
      if (!error.empty()) return false;
      out.why = value;
    } else if (arg == "--analyze-size") {
      if (out.command != Command::CompileExe) {
        error = "The --analyze-size option is only for 'dartc compile exe'.";
        return false;
      }
      out.analyzeSize = true;
    } else if (arg == "--static") {
      out.staticLink = true;
    } else if (arg == "--dump-kernel") {
      out.dumpKernel = true;
    } else if (arg == "-o" || arg.rfind("--output", 0) == 0 || arg.rfind("-o", 0) == 0) {
      if (arg.size() > 2 && arg.rfind("-o", 0) == 0 && arg.rfind("--", 0) != 0) {
        value = arg.substr(2);
      } else if (!takeValue(arg, arg == "-o" ? "-o" : "--output", i, argc, argv, value, error)) {
        error = "Could not find an option named \"" + arg + "\".";
        return false;
      }
      if (!error.empty()) return false;
      if (value.empty()) {
        error = "The output path must not be empty.";
        return false;
      }
      out.output = value;
    } else if (takeValue(arg, "--target-arch", i, argc, argv, value, error)) {
      if (!error.empty()) return false;
      if (value == "x64") out.arch = codegen::TargetArch::X64;
      else if (value == "arm64") out.arch = codegen::TargetArch::Arm64;
      else {
        error = "\"" + value + "\" is not an allowed value for option \"--target-arch\" (allowed: x64, arm64).";
        return false;
      }
    } else if (arg.rfind("-D", 0) == 0 || takeValue(arg, "--define", i, argc, argv, value, error)) {
      if (arg.rfind("-D", 0) == 0) {
        if (arg.size() > 2) {
          value = arg.substr(2);
        } else if (i + 1 < argc) {
          value = argv[++i];
        } else {
          error = "Missing value for option '-D'.";
        }
      }
      if (!error.empty() || !addDefines(value, out.environment, error)) return false;
    } else if (takeValue(arg, "--packages", i, argc, argv, value, error)) {
      if (!error.empty()) return false;
      out.packages = value;
    } else if (arg.size() > 1 && arg[0] == '-') {
      error = "Could not find an option named \"" + arg + "\".";
      return false;
    } else if (out.input.empty()) {
      out.input = arg;
    } else {
      error = "Unexpected argument '" + arg + "': only one Dart entry point can be compiled.";
      return false;
    }
  }
  if (out.input.empty()) {
    error = "Missing the Dart entry point to compile (e.g. main.dart).";
    return false;
  }
  return true;
}

}  // namespace dartc::driver
