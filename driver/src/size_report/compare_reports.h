// `dartc analyze-size --compare old.json new.json`: what grew and what shrank between two size
// reports, per library, class and function, with totals, biggest change first.
#pragma once

#include <string>

#include "size_report.h"

namespace dartc::driver::size_report {

inline constexpr size_t kCompareListLimit = 30;  // entries shown per list; the rest are counted

std::string compareReports(const SizeReport& before, const SizeReport& after);

}  // namespace dartc::driver::size_report
