// Lookups in the generated runs of unicode_case_runs.h: a binary search for the last run that
// starts at or below the code point. Text is mostly ASCII and one-byte, which the callers map
// without coming here (ASCII inline, one-byte strings through latin1_case_table).

#include "case_mapping.h"

#include "unicode_case_runs.h"

namespace dartrt {

namespace {

template <size_t N>
constexpr uint32_t map_by_runs(const CaseRun (&runs)[N], uint32_t c) {
  size_t lo = 0, hi = N;  // the answer is the last run with first <= c, in [lo, hi)
  while (hi - lo > 1) {
    size_t mid = lo + (hi - lo) / 2;
    if (runs[mid].first <= c) lo = mid; else hi = mid;
  }
  const CaseRun& run = runs[lo];
  if (c < run.first) return c;
  uint32_t offset = c - run.first;
  if (offset % run.stride != 0 || offset / run.stride >= run.count) return c;
  return (uint32_t)((int32_t)c + run.delta);
}

struct Latin1CaseTable {
  uint16_t map[256];
  constexpr explicit Latin1CaseTable(bool upper) : map{} {
    for (uint32_t c = 0; c < 256; ++c) map[c] = (uint16_t)(upper ? map_by_runs(kUpperRuns, c) : map_by_runs(kLowerRuns, c));
  }
};

// Built at compile time from the same runs.
constexpr Latin1CaseTable kUpperLatin1(true), kLowerLatin1(false);

template <size_t N>
size_t preimages(const CaseRun (&runs)[N], uint32_t c, uint32_t* out, size_t capacity) {
  size_t count = 0;
  for (const CaseRun& run : runs) {
    uint32_t x = (uint32_t)((int32_t)c - run.delta);
    if (x == c || x < run.first) continue;
    uint32_t offset = x - run.first;
    if (offset % run.stride != 0 || offset / run.stride >= run.count) continue;
    if (count < capacity) out[count] = x;
    ++count;
  }
  return count;
}

}  // namespace

uint32_t to_upper_code_point(uint32_t c) { return c < 256 ? kUpperLatin1.map[c] : map_by_runs(kUpperRuns, c); }

uint32_t to_lower_code_point(uint32_t c) { return c < 256 ? kLowerLatin1.map[c] : map_by_runs(kLowerRuns, c); }

const uint16_t* latin1_case_table(bool upper) { return upper ? kUpperLatin1.map : kLowerLatin1.map; }

size_t case_preimages(uint32_t c, bool upper, uint32_t* out, size_t capacity) {
  return upper ? preimages(kUpperRuns, c, out, capacity) : preimages(kLowerRuns, c, out, capacity);
}

namespace {

template <size_t N>
void visit_runs(const CaseRun (&runs)[N], void (*visit)(uint32_t, uint32_t, void*), void* context) {
  for (const CaseRun& run : runs) visit(run.first, run.first + (run.count - 1u) * run.stride, context);
}

}  // namespace

void for_each_cased_span(void (*visit)(uint32_t from, uint32_t to, void* context), void* context) {
  visit_runs(kUpperRuns, visit, context);
  visit_runs(kLowerRuns, visit, context);
}

}  // namespace dartrt
