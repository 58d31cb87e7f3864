// <output>.size.html: a self-contained page that draws the size report as a treemap (library ->
// class -> function, area = bytes; click to zoom in, the path above to zoom out) with a table of
// the shown node's parts. Inline CSS and JavaScript only: it loads nothing, so it works offline.
#pragma once

#include <string>

#include "size_report.h"

namespace dartc::driver::size_report {

std::string treemapHtml(const SizeReport& report);

}  // namespace dartc::driver::size_report
