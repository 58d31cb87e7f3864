// The stack traces' line table (docs/stack-traces.md): for a code offset inside a generated
// function, the Dart frames at that point (inlined ones included) with their file, line and
// column. Codegen emits it next to the function table as plain read-only data.
#ifndef DARTRT_LINE_TABLE_H
#define DARTRT_LINE_TABLE_H

#include "runtime.h"

namespace dartrt {

struct SourceFrame {
  uint32_t function;  // index in dartrt_function_table as the compiler emitted it (unsorted)
  const char* file;   // "file:///home/me/main.dart", "dart:core/list.dart"
  uint32_t line;      // 1-based
  uint32_t column;    // 1-based
};

// Fills `out` (room for `max` frames) with the frames at `offset` bytes into function
// `function`, innermost first, and returns how many; 0 when the table has no position there (no
// table, or code the compiler could not place). Frames of a nameless function (a stub, see
// abi.h) are those of Dart code inlined into it.
size_t line_table_lookup(uint32_t function, uint64_t offset, SourceFrame* out, size_t max);

// Replaces the emitted table (unit tests); null pointers mean "no table".
void set_line_table_for_testing(const uint32_t* index, const uint8_t* data, const char* const* files);

}  // namespace dartrt

#endif  // DARTRT_LINE_TABLE_H
