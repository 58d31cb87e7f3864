// The dartc driver: parses flags, runs the stages (timing each for --verbose), links, and for
// `dartc run` executes the result.
#include "driver/driver.h"

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <llvm/Config/llvm-config.h>

#include "codegen/codegen.h"
#include "dispatch_table/program_layout.h"
#include "frontend/frontend.h"
#include "frontend/kernel_printer.h"
#include "linker.h"
#include "options.h"
#include "size_report/analyze_size.h"
#include "size_report/text_summary.h"
#include "tfa/flow_facts.h"
#include "toolchain.h"
#include "why.h"

namespace dartc::driver {

namespace fs = std::filesystem;

namespace {

constexpr int kExitUsage = 64;        // like `dart` for usage errors
constexpr int kExitCompileError = 1;  // errors in the program

using Clock = std::chrono::steady_clock;
using size_report::withThousands;  // "64,776", as the size report writes sizes

double since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

// A private temporary directory, removed when this object goes.
class TempDir {
 public:
  TempDir() {
    const char* base = std::getenv("TMPDIR");
    std::string tmpl = std::string(base && *base ? base : "/tmp") + "/dartc-XXXXXX";
    std::vector<char> buf(tmpl.begin(), tmpl.end());
    buf.push_back('\0');
    if (mkdtemp(buf.data())) path_ = buf.data();
  }
  ~TempDir() {
    std::error_code ec;
    if (!path_.empty()) fs::remove_all(path_, ec);
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

void verbose(const CommandLine& cl, const std::string& line) {
  if (cl.verbose) std::fprintf(stderr, "dartc: %s\n", line.c_str());
}

std::string seconds(double s) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3fs", s);
  return buf;
}

// Compiles cl.input into `outputPath`. Returns a process exit code.
int compile(const CommandLine& cl, const std::string& outputPath) {
  auto totalStart = Clock::now();
  SourceManager sources;
  Diagnostics diags(sources);
  std::error_code ec;
  if (!fs::exists(cl.input, ec)) {
    diags.error({}, "Couldn't find the file '" + cl.input + "'.");
    return kExitCompileError;
  }
  if (!fs::is_regular_file(cl.input, ec)) {
    diags.error({}, "'" + cl.input + "' is not a file.");
    return kExitCompileError;
  }
  Toolchain tc;
  std::string error;
  if (!findDartcFiles(cl.arch, tc, error)) {
    diags.error({}, error);
    return kExitCompileError;
  }

  // 1. Frontend.
  auto start = Clock::now();
  frontend::Options fo;
  fo.mainPath = cl.input;
  fo.sdkDir = tc.sdkDir;
  fo.packagesFile = cl.packages;
  fo.enableAsserts = cl.enableAsserts;
  fo.environment = cl.environment;
  frontend::PhaseTimes phases;
  std::unique_ptr<kernel::Program> program = frontend::compileToKernel(fo, sources, diags, &phases);
  if (!program || diags.hasErrors()) {
    if (diags.errorCount() > 1) std::fprintf(stderr, "%zu errors found.\n", diags.errorCount());
    return kExitCompileError;
  }
  verbose(cl, "frontend " + seconds(since(start)) + " (parse " + seconds(phases.parseSeconds) + ", declarations " +
                  seconds(phases.declarationsSeconds) + ", bodies " + seconds(phases.bodiesSeconds) + "; " +
                  std::to_string(sources.fileCount()) + " files)");
  if (cl.dumpKernel) {
    std::string text = kernel::printProgram(*program);
    std::fwrite(text.data(), 1, text.size(), stdout);
    return 0;
  }

  // 2. Type-flow analysis.
  tfa::AnalysisOptions ao;
  ao.typeFlow = cl.typeFlow;
  ao.enableAsserts = cl.enableAsserts;
  ao.stackChecks = cl.stackChecks;
  std::unique_ptr<tfa::FlowFacts> facts = tfa::analyze(*program, ao);
  if (cl.verbose) {
    const tfa::AnalysisStats& s = facts->stats();
    std::string line = std::string(s.typeFlow ? "type-flow analysis " : "rapid type analysis ") + seconds(s.seconds) + " (" +
                       std::to_string(s.keptMembers) + " of " + std::to_string(s.totalMembers) + " members reachable, " +
                       std::to_string(s.keptClasses) + " of " + std::to_string(s.totalClasses) + " classes used";
    if (s.typeFlow) {
      line += "; " + std::to_string(s.summaries) + " summaries, " + std::to_string(s.invocations) + " invocations, " +
              std::to_string(s.iterations) + " iterations, " + std::to_string(s.invalidations) + " invalidations, " +
              std::to_string(s.approximated) + " approximated; " + std::to_string(s.devirtualizedSites) + " of " +
              std::to_string(s.instanceCallSites) + " call sites devirtualized, " + std::to_string(s.unreachableSites) +
              " unreachable; " + std::to_string(s.unboxedSlots) + " slots unboxed; " +
              std::to_string(s.recordReturns) + " records returned in registers, " + std::to_string(s.recordLocals) +
              " record locals unpacked; " +
              std::to_string(s.totalMembers - s.keptMembers) + " members and " + std::to_string(s.totalClasses - s.keptClasses) +
              " classes removed, " + std::to_string(s.removedFields) + " fields never read";
    }
    verbose(cl, line + ")");
  }
  if (!cl.why.empty()) {
    std::string error;
    std::string text = explainWhyKept(*program, *facts, cl.why, error);
    if (!error.empty()) {
      std::fprintf(stderr, "%s\n", error.c_str());
      return kExitUsage;
    }
    std::fwrite(text.data(), 1, text.size(), stdout);
  }

  // 3. Class ids, layouts, dispatch table.
  start = Clock::now();
  dispatch::ProgramLayout layout = dispatch::buildProgramLayout(*program, *facts);
  char fill[32];
  if (layout.table().size() == 0) std::snprintf(fill, sizeof fill, "empty");  // nothing is dispatched
  else std::snprintf(fill, sizeof fill, "%.1f%% filled", 100.0 * layout.table().fillRatio());
  size_t selectors = layout.selectorCount();
  verbose(cl, "dispatch table " + seconds(since(start)) + " (" + std::to_string(layout.cidCount()) + " class ids, " +
                  std::to_string(selectors) + (selectors == 1 ? " selector, " : " selectors, ") +
                  std::to_string(layout.table().size()) + " entries, " + fill + ")");

  // 4. Codegen.
  codegen::Options co;
  co.optLevel = cl.optLevel;
  co.arch = cl.arch;
  co.wantLLVMIR = cl.emitLLVM;
  co.enableAsserts = cl.enableAsserts;
  co.stackChecks = cl.stackChecks;
  co.sources = &sources;
  codegen::Output out;
  bool generated = codegen::generate(*program, *facts, layout, co, out, diags);
  if (cl.emitLLVM && !out.llvmIR.empty()) {
    std::ofstream ll(outputPath + ".ll", std::ios::binary);
    ll << out.llvmIR;
  }
  if (!generated) return kExitCompileError;
  verbose(cl, "codegen " + seconds(out.lowerSeconds + out.optimizeSeconds + out.emitSeconds + out.lineTableSeconds) + " (lower " +
                  seconds(out.lowerSeconds) + ", optimize -O" + std::to_string(cl.optLevel) + " " +
                  seconds(out.optimizeSeconds) + ", emit " + seconds(out.emitSeconds) + ", line table " +
                  seconds(out.lineTableSeconds) + "; " +
                  std::to_string(out.functionCount) + " functions, object " + withThousands(out.object.size()) + " bytes)");

  // 5. Link.
  start = Clock::now();
  if (!findSystemFiles(cl.arch, cl.staticLink, tc, error)) {
    diags.error({}, error);
    return kExitCompileError;
  }
  TempDir tmp;
  if (tmp.path().empty()) {
    diags.error({}, "Couldn't create a temporary directory.");
    return kExitCompileError;
  }
  std::vector<std::string> objectPaths;
  for (const auto& [name, bytes] : {std::pair{"main.o", &out.object}, std::pair{"line_table.o", &out.lineTable}}) {
    if (bytes->empty()) continue;
    std::string objectPath = tmp.path() + "/" + name;
    std::ofstream obj(objectPath, std::ios::binary);
    obj.write(bytes->data(), static_cast<std::streamsize>(bytes->size()));
    if (!obj) {
      diags.error({}, "Couldn't write the object file '" + objectPath + "'.");
      return kExitCompileError;
    }
    objectPaths.push_back(objectPath);
  }
  fs::path outDir = fs::path(outputPath).parent_path();
  if (!outDir.empty() && !fs::exists(outDir, ec)) {
    diags.error({}, "The output directory '" + outDir.string() + "' doesn't exist.");
    return kExitCompileError;
  }
  if (!linkExecutable(tc, objectPaths, outputPath, cl.staticLink, error)) {
    diags.error({}, "Linking failed:\n" + error);
    return kExitCompileError;
  }
  verbose(cl, "link " + seconds(since(start)));
  size_t size = fs::file_size(outputPath, ec);
  verbose(cl, "wrote " + outputPath + " (" + withThousands(size) + " bytes) in " + seconds(since(totalStart)));
  if (cl.analyzeSize) {
    size_report::SizeReportInputs in{program.get(), facts.get(), &layout, &out, cl.arch, tc.runtimeArchive, outputPath};
    if (!size_report::writeSizeReport(in, error)) {
      diags.error({}, error);
      return kExitCompileError;
    }
  }
  return 0;
}

int runProgram(const std::string& path, const std::vector<std::string>& args) {
  std::fflush(stdout);
  std::fflush(stderr);
  pid_t pid = fork();
  if (pid < 0) {
    std::fprintf(stderr, "error: couldn't start '%s'.\n", path.c_str());
    return 70;
  }
  if (pid == 0) {
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(path.c_str()));
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(path.c_str(), argv.data());
    _exit(127);
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {
  }
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return 1;
}

}  // namespace

int runCommandLine(int argc, char** argv) {
  CommandLine cl;
  std::string error;
  if (!parseCommandLine(argc, argv, cl, error)) {
    std::fprintf(stderr, "error: %s\n\n", error.c_str());
    std::string usage = cl.command == Command::CompileExe    ? compileUsageText()
                        : cl.command == Command::Run         ? runUsageText()
                        : cl.command == Command::AnalyzeSize ? analyzeSizeUsageText()
                                                             : usageText();
    std::fputs(usage.c_str(), stderr);
    return kExitUsage;
  }
  switch (cl.command) {
    case Command::None:
    case Command::Help:
      std::fputs(usageText().c_str(), stdout);
      return 0;
    case Command::Version:
      std::printf("dartc version %s (LLVM %s)\n", DARTC_VERSION, LLVM_VERSION_STRING);
      return 0;
    case Command::CompileExe: {
      if (cl.helpForCommand) {
        std::fputs(compileUsageText().c_str(), stdout);
        return 0;
      }
      std::string output = cl.output;
      if (output.empty()) {
        // Like `dart compile exe`: next to the source, named after it.
        fs::path in(cl.input);
        output = (in.parent_path() / in.stem()).string();
        if (output == cl.input) output += ".exe";
      }
      return compile(cl, output);
    }
    case Command::AnalyzeSize:
      if (cl.helpForCommand) {
        std::fputs(analyzeSizeUsageText().c_str(), stdout);
        return 0;
      }
      return size_report::compareReportFiles(cl.compareBefore, cl.compareAfter);
    case Command::Run: {
      if (cl.helpForCommand) {
        std::fputs(runUsageText().c_str(), stdout);
        return 0;
      }
      TempDir tmp;
      if (tmp.path().empty()) {
        std::fprintf(stderr, "error: couldn't create a temporary directory.\n");
        return kExitCompileError;
      }
      std::string exe = tmp.path() + "/" + fs::path(cl.input).stem().string();
      int rc = compile(cl, exe);
      if (rc != 0) return rc;
      return runProgram(exe, cl.programArgs);
    }
  }
  return 0;
}

}  // namespace dartc::driver
