#include "analyze_size.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "compare_reports.h"
#include "measure_executable.h"
#include "program_names.h"
#include "report_json.h"
#include "runtime_archive.h"
#include "text_summary.h"
#include "tree_shaking_summary.h"
#include "treemap_html.h"

namespace dartc::driver::size_report {

namespace {

constexpr uint64_t kDispatchEntryBytes = 8;  // a code pointer, on both targets

bool writeFile(const std::string& path, const std::string& text, std::string& error) {
  std::ofstream file(path, std::ios::binary);
  file << text;
  file.close();
  if (!file) {
    error = "Couldn't write the size report '" + path + "'.";
    return false;
  }
  return true;
}

bool readReport(const std::string& path, SizeReport& report) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    std::fprintf(stderr, "error: Couldn't find the size report '%s'.\n", path.c_str());
    return false;
  }
  std::ifstream file(path, std::ios::binary);
  std::stringstream text;
  text << file.rdbuf();
  if (!file) {
    std::fprintf(stderr, "error: Couldn't read the size report '%s'.\n", path.c_str());
    return false;
  }
  std::string error;
  if (!reportFromJson(text.str(), report, error)) {
    std::fprintf(stderr, "error: '%s' is not a valid size report: %s.\n", path.c_str(), error.c_str());
    return false;
  }
  return true;
}

}  // namespace

bool writeSizeReport(const SizeReportInputs& in, std::string& error) {
  ProgramNames names(*in.program);
  DartSymbols dart(in.generated->symbolOrigins, names);
  RuntimeArchiveIndex runtime = indexRuntimeArchive(in.runtimeArchive);
  Measurement measured;
  if (!measureExecutable(in.executable, {&in.generated->object, &in.generated->lineTable}, dart, runtime, measured, error)) {
    return false;
  }
  SizeReport report;
  report.executable = std::filesystem::path(in.executable).filename().string();
  report.target = codegen::targetTriple(in.arch);
  report.fileSize = measured.fileSize;
  report.sections = std::move(measured.sections);
  report.root = buildSizeTree(measured.entries);
  report.treeShaking = summarizeTreeShaking(*in.program, *in.facts, names);
  const dispatch::DispatchTable& table = in.layout->table();
  report.dispatchTable = {in.layout->cidCount(), in.layout->selectorCount(), table.size(), table.liveEntries(),
                          table.size() * kDispatchEntryBytes};
  std::string jsonPath = in.executable + ".size.json";
  std::string htmlPath = in.executable + ".size.html";
  if (!writeFile(jsonPath, reportToJson(report), error) || !writeFile(htmlPath, treemapHtml(report), error)) return false;
  std::string text = textSummary(report) + "\nWrote " + jsonPath + " and " + htmlPath + "\n";
  std::fwrite(text.data(), 1, text.size(), stdout);
  return true;
}

int compareReportFiles(const std::string& beforePath, const std::string& afterPath) {
  SizeReport before, after;
  if (!readReport(beforePath, before) || !readReport(afterPath, after)) return 1;
  std::string text = compareReports(before, after);
  std::fwrite(text.data(), 1, text.size(), stdout);
  return 0;
}

}  // namespace dartc::driver::size_report
