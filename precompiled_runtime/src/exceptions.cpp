// Throwing and catching Dart exceptions with the Itanium ABI's two-phase unwinder (libgcc_s):
// zero cost until something throws (DESIGN.md §5).
#include <stdio.h>
#include <unwind.h>

#include "exceptions.h"
#include "heap.h"
#include "stack_trace.h"
#include "dart_string.h"

extern "C" {
__attribute__((weak)) dart_word dartrt_int_to_string(int64_t value);
__attribute__((weak)) dart_word dartrt_double_to_string(double value);
}

namespace dartrt {

namespace {

void link_in_flight(InFlightException* e) {
  Isolate* isolate = e->isolate;
  e->prev = nullptr;
  e->next = isolate->in_flight;
  if (isolate->in_flight) isolate->in_flight->prev = e;
  isolate->in_flight = e;
}

void release(InFlightException* e) {
  if (e->prev) e->prev->next = e->next; else e->isolate->in_flight = e->next;
  if (e->next) e->next->prev = e->prev;
  free(e);
}

// Called by the unwinder (or a foreign runtime) when it deletes our exception object.
void cleanup_exception(_Unwind_Reason_Code, _Unwind_Exception* exception) {
  release(reinterpret_cast<InFlightException*>(exception));
}

InFlightException* as_dart_exception(void* unwind_exception) {
  _Unwind_Exception* e = static_cast<_Unwind_Exception*>(unwind_exception);
  if (!e || e->exception_class != kDartExceptionClass) fatal("landing pad received a foreign exception");
  return reinterpret_cast<InFlightException*>(e);
}

// What the VM would print for the exception if generated code could not call its toString():
// used only when the unwinder finds no handler at all (generated code wraps main in one, so a
// Dart program does not get here).
//
// The number printers are referenced weakly so that this last-resort path does not link them
// (about 10 KB: the shortest-double printer and its bignums) into programs that never print a
// number. A program that can throw a number has the matching toString() reachable, which
// references the printer strongly; otherwise libc's formatting stands in (exact for ints,
// round-trip precise but not necessarily the shortest digits for doubles).
dart_word fallback_exception_text(dart_word value) {
  if (value == DART_NULL) return string_from_cstring("Throw of null.");
  char text[300];
  int n = 0;
  int64_t int_value = 0;
  uint32_t cid = value & DART_SMI_TAG ? dartrt_builtin_cids.int_cid : dart_header_cid(reinterpret_cast<DartObject*>(value)->header);
  if (is_string_cid(cid)) return value;
  if (cid == dartrt_builtin_cids.int_cid) {
    int_value = value & DART_SMI_TAG ? dart_smi_value(value) : reinterpret_cast<DartBoxedInt*>(value)->value;
    if (dartrt_int_to_string) return dartrt_int_to_string(int_value);
    n = snprintf(text, sizeof text, "%lld", static_cast<long long>(int_value));
  } else if (cid == dartrt_builtin_cids.double_cid) {
    double double_value = reinterpret_cast<DartBoxedDouble*>(value)->value;
    if (dartrt_double_to_string) return dartrt_double_to_string(double_value);
    n = snprintf(text, sizeof text, "%.17g", double_value);
  } else {
    const char* name = cid < dartrt_class_count && dartrt_class_table[cid].name ? dartrt_class_table[cid].name : "?";
    n = snprintf(text, sizeof text, "Instance of '%s'", name);
  }
  return string_from_latin1(text, n > 0 && (size_t)n < sizeof text ? (size_t)n : 0);
}

[[noreturn]] void raise(dart_word value, dart_word stack_trace) {
  Isolate* isolate = current_isolate();
  if (!isolate) fatal("throw on a thread without an isolate");
  InFlightException* e = static_cast<InFlightException*>(xcalloc(1, sizeof(InFlightException)));
  e->unwind.exception_class = kDartExceptionClass;
  e->unwind.exception_cleanup = cleanup_exception;
  e->value = value;
  e->stack_trace = stack_trace;
  e->isolate = isolate;
  link_in_flight(e);
  _Unwind_RaiseException(&e->unwind);
  // Only returns when no frame wants the exception (_URC_END_OF_STACK) or unwinding failed.
  value = e->value;
  stack_trace = e->stack_trace;
  release(e);
  dartrt_unhandled_exception(fallback_exception_text(value), stack_trace);
}

}  // namespace

}  // namespace dartrt

using namespace dartrt;

extern "C" {

void dartrt_throw(dart_word exception) {
  // `exception` stays in this frame (a conservative root) while the trace is allocated.
  dart_word trace = capture_stack_trace();
  raise(exception, trace);
}

void dartrt_rethrow(dart_word exception, dart_word stack_trace) { raise(exception, stack_trace); }

dart_word dartrt_exception_value(void* unwind_exception) { return as_dart_exception(unwind_exception)->value; }

dart_word dartrt_exception_stack_trace(void* unwind_exception) {
  return as_dart_exception(unwind_exception)->stack_trace;
}

void dartrt_end_catch(void* unwind_exception) { release(as_dart_exception(unwind_exception)); }

int dartrt_personality(int version, int actions, uint64_t exception_class, void* unwind_exception, void* context_arg) {
  if (version != 1) return _URC_FATAL_PHASE1_ERROR;
  _Unwind_Context* context = static_cast<_Unwind_Context*>(context_arg);
  const uint8_t* lsda = static_cast<const uint8_t*>(_Unwind_GetLanguageSpecificData(context));
  if (!lsda) return _URC_CONTINUE_UNWIND;
  int before_instruction = 0;
  uintptr_t ip = (uintptr_t)_Unwind_GetIPInfo(context, &before_instruction);
  if (!before_instruction) --ip;  // inside the call, not after it
  uintptr_t function_start = (uintptr_t)_Unwind_GetRegionStart(context);
  // Foreign exceptions (C++) and forced unwinding (thread cancellation) must not land in a Dart
  // catch, which would read them as Dart exceptions; they only run cleanups.
  bool cleanups_only = exception_class != kDartExceptionClass || (actions & _UA_FORCE_UNWIND);
  LsdaAction action = lsda_find_action(lsda, function_start, ip, cleanups_only);
  if (action.kind == LsdaAction::kError) {
    return (actions & _UA_SEARCH_PHASE) ? _URC_FATAL_PHASE1_ERROR : _URC_FATAL_PHASE2_ERROR;
  }
  if (actions & _UA_SEARCH_PHASE) {
    return action.kind == LsdaAction::kHandler ? _URC_HANDLER_FOUND : _URC_CONTINUE_UNWIND;
  }
  if (action.kind == LsdaAction::kNone) return _URC_CONTINUE_UNWIND;
  // Cleanup phase: enter the landing pad like __gxx_personality_v0 does, the exception object in
  // the first EH data register and the selector in the second.
  _Unwind_SetGR(context, __builtin_eh_return_data_regno(0), (uintptr_t)unwind_exception);
  _Unwind_SetGR(context, __builtin_eh_return_data_regno(1), (uintptr_t)action.selector);
  _Unwind_SetIP(context, action.landing_pad);
  return _URC_INSTALL_CONTEXT;
}

}  // extern "C"
