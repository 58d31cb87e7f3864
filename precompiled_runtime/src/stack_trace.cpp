// Stack traces: _Unwind_Backtrace walks the frames; a frame is a Dart frame when the unwinder's
// region start (the function's first instruction, from its FDE) is an entry of the compiler's
// dartrt_function_table. That filter drops runtime, libc and C main frames without knowing where
// they are, and the same table names the frames when printing. The line table (line_table.h)
// gives each return address its file:line:col and the frames of functions inlined there.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unwind.h>

#include "heap.h"
#include "line_table.h"
#include "output.h"
#include "stack_trace.h"
#include "dart_string.h"

namespace dartrt {

namespace {

// More frames than this are dropped from the far (outer) end: deep recursion that overflowed
// the stack would otherwise make a trace of hundreds of thousands of identical lines.
constexpr size_t kMaxFrames = 100000;

const DartFunctionEntry* g_table = dartrt_function_table;
const uint32_t* g_count = &dartrt_function_count;
uint32_t g_override_count;
const char* const* g_locations = dartrt_function_locations;
// The table in the compiler's order (the line table's function numbers) and, once sorted, each
// sorted entry's number in it (null while the order is the compiler's).
const DartFunctionEntry* g_emitted = dartrt_function_table;
const char* const* g_emitted_locations = dartrt_function_locations;
const uint32_t* g_emitted_index = nullptr;

uint32_t function_count() { return g_count ? *g_count : g_override_count; }

// The compiler cannot know where the linker puts each function, so the table arrives in
// program order; it is sorted by address once, on first use (with its locations alongside).
bool g_sorted = false;  // atomic: isolates symbolize traces on their own threads
pthread_mutex_t g_sort_lock = PTHREAD_MUTEX_INITIALIZER;

struct IndexedEntry {
  DartFunctionEntry entry;
  const char* location;
  uint32_t emitted;
};

int compare_entries(const void* a, const void* b) {
  uintptr_t x = reinterpret_cast<uintptr_t>(static_cast<const IndexedEntry*>(a)->entry.start);
  uintptr_t y = reinterpret_cast<uintptr_t>(static_cast<const IndexedEntry*>(b)->entry.start);
  return x < y ? -1 : (x > y ? 1 : 0);
}

void sort_table();

// Printing traces is cold: these are compiled for size (hello world's budget).
__attribute__((minsize)) void ensure_sorted() {
  if (__atomic_load_n(&g_sorted, __ATOMIC_ACQUIRE)) return;
  pthread_mutex_lock(&g_sort_lock);
  if (!g_sorted) sort_table();
  __atomic_store_n(&g_sorted, true, __ATOMIC_RELEASE);
  pthread_mutex_unlock(&g_sort_lock);
}

void sort_table() {
  uint32_t n = function_count();
  if (n < 2) return;
  IndexedEntry* items = static_cast<IndexedEntry*>(malloc(n * sizeof(IndexedEntry)));
  DartFunctionEntry* table = static_cast<DartFunctionEntry*>(malloc(n * sizeof(DartFunctionEntry)));
  const char** locations = g_locations ? static_cast<const char**>(malloc(n * sizeof(const char*))) : nullptr;
  uint32_t* emitted = static_cast<uint32_t*>(malloc(n * sizeof(uint32_t)));
  if (!items || !table || !emitted || (g_locations && !locations)) return;  // unsorted lookups just find less
  for (uint32_t i = 0; i < n; ++i) items[i] = {g_table[i], g_locations ? g_locations[i] : nullptr, i};
  qsort(items, n, sizeof(IndexedEntry), compare_entries);
  for (uint32_t i = 0; i < n; ++i) {
    table[i] = items[i].entry;
    if (locations) locations[i] = items[i].location;
    emitted[i] = items[i].emitted;
  }
  free(items);
  g_table = table;
  if (locations) g_locations = locations;
  g_emitted_index = emitted;
}

// Index of the entry whose start equals `start`, or -1.
int64_t find_exact(uintptr_t start) {
  uint32_t n = function_count();
  uint32_t lo = 0, hi = n;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    uintptr_t s = reinterpret_cast<uintptr_t>(g_table[mid].start);
    if (s == start) return mid;
    if (s < start) lo = mid + 1; else hi = mid;
  }
  return -1;
}

// Index of the last entry starting at or before `pc`, or -1.
int64_t find_containing(uintptr_t pc) {
  uint32_t n = function_count();
  uint32_t lo = 0, hi = n;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (reinterpret_cast<uintptr_t>(g_table[mid].start) <= pc) lo = mid + 1; else hi = mid;
  }
  // Entries without code (functions the optimizer inlined everywhere and deleted: only inlined
  // frames name them) sort first and contain nothing.
  if (lo == 0 || !g_table[lo - 1].start) return -1;
  return (int64_t)lo - 1;
}

struct Collector {
  Vec<uintptr_t> pcs;
};

_Unwind_Reason_Code collect_frame(struct _Unwind_Context* context, void* arg) {
  Collector* c = static_cast<Collector*>(arg);
  uintptr_t start = (uintptr_t)_Unwind_GetRegionStart(context);
  if (start == 0 || find_exact(start) < 0) return _URC_NO_REASON;
  int before_instruction = 0;
  uintptr_t ip = (uintptr_t)_Unwind_GetIPInfo(context, &before_instruction);
  // A return address points after the call; step back into it so the frame maps to the caller
  // even when the call is its last instruction.
  c->pcs.push(before_instruction ? ip : ip - 1);
  return c->pcs.size() >= kMaxFrames ? _URC_END_OF_STACK : _URC_NO_REASON;
}

void collect(Collector* c) {
  ensure_sorted();
  c->pcs = {};
  _Unwind_Backtrace(collect_frame, c);
}

// Inlining rarely nests deeper; deeper frames beyond this are dropped from the inner end.
constexpr size_t kMaxInlinedFrames = 32;

// Writes the lines of the Dart frames at `pc` ("#0      name (file:line:col)\n", the VM's
// format; more than one when functions were inlined there) to `sink`, numbering them from
// *number on. Without a position the location is the function's own (or "<unknown>").
template <typename Sink>
void format_frames(uintptr_t pc, size_t* number, Sink&& sink) {
  ensure_sorted();
  char line[512];
  int64_t f = find_containing(pc);
  SourceFrame frames[kMaxInlinedFrames];
  size_t n = 0;
  if (f >= 0) {
    uint32_t emitted = g_emitted_index ? g_emitted_index[f] : (uint32_t)f;
    n = line_table_lookup(emitted, pc - reinterpret_cast<uintptr_t>(g_table[f].start), frames, kMaxInlinedFrames);
  }
  for (size_t k = 0; k < n; ++k) {
    const DartFunctionEntry& entry = g_emitted[frames[k].function];
    const char* name = entry.name ? entry.name : "<unknown>";
    int length;
    if (frames[k].line != 0) {
      length = snprintf(line, sizeof line, "#%-6zu %s (%s:%u:%u)\n", (*number)++, name, frames[k].file, frames[k].line,
                        frames[k].column);
    } else {
      // A frame the compiler could not place (code it made up): the function's own location.
      const char* location = g_emitted_locations && g_emitted_locations[frames[k].function]
                                 ? g_emitted_locations[frames[k].function] : "<unknown>";
      length = snprintf(line, sizeof line, "#%-6zu %s (%s)\n", (*number)++, name, location);
    }
    if (length > 0) sink(line, (size_t)length < sizeof line ? (size_t)length : sizeof line - 1);
  }
  if (n > 0) return;
  // A nameless entry is a stub: a frame of its own only through Dart code inlined into it.
  if (f >= 0 && !g_table[f].name) return;
  const char* name = f >= 0 && g_table[f].name ? g_table[f].name : "<unknown>";
  const char* location = f >= 0 && g_locations && g_locations[f] ? g_locations[f] : "<unknown>";
  int length = snprintf(line, sizeof line, "#%-6zu %s (%s)\n", (*number)++, name, location);
  if (length > 0) sink(line, (size_t)length < sizeof line ? (size_t)length : sizeof line - 1);
}

}  // namespace

dart_word capture_stack_trace() {
  Collector c;
  collect(&c);
  size_t n = c.pcs.size();
  DartStackTrace* trace = reinterpret_cast<DartStackTrace*>(
      allocate_object(sizeof(DartStackTrace) + n * sizeof(uintptr_t), dartrt_builtin_cids.stack_trace_cid));
  trace->length = (int64_t)n;
  if (n) memcpy(dart_stack_trace_frames(trace), c.pcs.items, n * sizeof(uintptr_t));
  c.pcs.release();
  return reinterpret_cast<dart_word>(trace);
}

__attribute__((minsize)) void write_current_stack_trace_to_stderr() {
  Collector c;
  collect(&c);
  size_t number = 0;
  for (size_t i = 0; i < c.pcs.size(); ++i) {
    format_frames(c.pcs[i], &number, [](const char* text, size_t length) {
      stderr_write(reinterpret_cast<const uint8_t*>(text), length);
    });
  }
  c.pcs.release();
}

void set_function_table_for_testing(const DartFunctionEntry* table, uint32_t count, const char* const* locations) {
  g_table = g_emitted = table;
  g_count = nullptr;
  g_override_count = count;
  g_locations = g_emitted_locations = locations;
  g_emitted_index = nullptr;
  g_sorted = false;
}

}  // namespace dartrt

using namespace dartrt;

extern "C" {

__attribute__((minsize)) dart_word dartrt_stack_trace_to_string(dart_word stack_trace) {
  if (stack_trace == DART_NULL) return string_from_latin1("", 0);
  DartStackTrace* trace = reinterpret_cast<DartStackTrace*>(stack_trace);
  if (dart_header_cid(trace->header) != dartrt_builtin_cids.stack_trace_cid) {
    fatal("dartrt_stack_trace_to_string: not a stack trace (class id %u)", dart_header_cid(trace->header));
  }
  Vec<char> text = {};
  size_t number = 0;
  for (int64_t i = 0; i < trace->length; ++i) {
    format_frames(dart_stack_trace_frames(trace)[i], &number, [&](const char* line, size_t length) {
      text.reserve(text.size() + length);
      memcpy(text.items + text.count, line, length);
      text.count += length;
    });
  }
  // Names and locations are UTF-8 (identifiers are ASCII; paths need not be).
  dart_word result = utf8_decode(reinterpret_cast<const uint8_t*>(text.items), text.size());
  text.release();
  return result;
}

dart_word dartrt_current_stack_trace(void) { return capture_stack_trace(); }

}  // extern "C"
