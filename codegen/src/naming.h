// Names of generated functions: deterministic LLVM symbol names, and the Dart-level names that
// stack traces and size reports show.
#pragma once

#include <string>

#include "frontend/kernel.h"

namespace dartc::codegen {

// "dart:core::int.toString", "main::Point.get:x" (unique per member within the module).
std::string symbolName(const kernel::Member* member);
// The part of symbolName before the member's own name: "dart:core::int.", "main::".
std::string symbolPrefix(const kernel::Member* member);
// "int.toString", "Point.x", "Point.x=", "new Point", "List.add", "main" — what the Dart VM
// prints in a stack trace frame.
std::string dartName(const kernel::Member* member);

}  // namespace dartc::codegen
