// Dart exceptions on the Itanium unwinder (DESIGN.md §5): the exception object the unwinder
// carries, and the personality routine's LSDA reader (lsda.cpp), kept apart for unit tests.
#ifndef DARTRT_EXCEPTIONS_H
#define DARTRT_EXCEPTIONS_H

#include <unwind.h>

#include "isolate.h"

namespace dartrt {

// "DRTCDART": vendor and language, as the Itanium ABI suggests for exception_class.
constexpr uint64_t kDartExceptionClass = 0x4452544344415254ull;

// Allocated with malloc at throw; the unwinder's header must come first (landing pads receive a
// pointer to it). Registered with its isolate as a GC root from throw until dartrt_end_catch,
// because the collector cannot see malloc memory.
struct InFlightException {
  _Unwind_Exception unwind;
  dart_word value;
  dart_word stack_trace;
  Isolate* isolate;
  InFlightException* next;
  InFlightException* prev;
};

// What the personality routine should do in one frame.
struct LsdaAction {
  enum Kind { kNone, kCleanup, kHandler, kError } kind;
  uintptr_t landing_pad;  // absolute address, when kind is kCleanup or kHandler
  int64_t selector;       // the catch clause's type index (kHandler) or 0 (kCleanup)
};

// Looks `ip` (an address inside the call instruction, i.e. return address - 1) up in the call-site
// table of `lsda` (the .gcc_except_table record of the function starting at `function_start`).
// Catch clauses of any type count as handlers (generated code only emits catch-alls) unless
// `cleanups_only`, used for foreign exceptions and forced unwinding.
LsdaAction lsda_find_action(const uint8_t* lsda, uintptr_t function_start, uintptr_t ip, bool cleanups_only);

}  // namespace dartrt

#endif  // DARTRT_EXCEPTIONS_H
