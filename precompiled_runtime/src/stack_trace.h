// Capturing and symbolizing stack traces against dartrt_function_table (DESIGN.md §5): the
// compiler's own table, so traces work in stripped binaries.
#ifndef DARTRT_STACK_TRACE_H
#define DARTRT_STACK_TRACE_H

#include "runtime.h"

namespace dartrt {

// The Dart frames of the current stack (innermost first) as a DartStackTrace.
dart_word capture_stack_trace();
// Writes the current Dart frames to stderr without allocating on the heap (out-of-memory path).
void write_current_stack_trace_to_stderr();
// Replaces the function table the runtime symbolizes with (unit tests; must be address-sorted).
void set_function_table_for_testing(const DartFunctionEntry* table, uint32_t count, const char* const* locations);

}  // namespace dartrt

#endif  // DARTRT_STACK_TRACE_H
