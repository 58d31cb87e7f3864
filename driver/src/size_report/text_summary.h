// The text summary `--analyze-size` prints on stdout: the total, code and data by library, the
// biggest classes and functions, what tree shaking kept and removed, and the dispatch table.
#pragma once

#include <string>

#include "size_report.h"

namespace dartc::driver::size_report {

inline constexpr size_t kBiggestCount = 20;  // classes and functions listed

std::string textSummary(const SizeReport& report);

// "64,776"
std::string withThousands(uint64_t n);
// "12.3%" of `total` (0 when total is 0).
std::string percentOf(uint64_t part, uint64_t total);
// "+1,024", "-12", "0"
std::string signedBytes(int64_t delta);
std::string padLeft(const std::string& s, size_t width);

}  // namespace dartc::driver::size_report
