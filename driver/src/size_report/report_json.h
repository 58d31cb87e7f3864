// The size report as JSON (<output>.size.json; the schema is in docs/size_report.md): written
// with a fixed key order and sorted arrays, so the same program gives byte-identical files, and
// read back by `dartc analyze-size --compare`.
#pragma once

#include <string>

#include "size_report.h"

namespace dartc::driver::size_report {

inline constexpr const char* kSchemaName = "dartc-size-report";
inline constexpr int kSchemaVersion = 1;

std::string reportToJson(const SizeReport& report);

// Parses a report; false with `error` (a sentence saying what is wrong) for text that is not JSON
// or not a size report of this version.
bool reportFromJson(const std::string& text, SizeReport& report, std::string& error);

}  // namespace dartc::driver::size_report
