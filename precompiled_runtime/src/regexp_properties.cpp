// Unicode property escapes of unicode-mode patterns (\p{Name}, \p{Property=Value}, \P{...}): the
// set of code points a property names, built from the generated tables
// (unicode_property_tables.h, tools/unicode/property_tables.py). Names follow the Dart VM
// (runtime/vm/regexp_parser.cc, AddPropertyClassRange): without '=', a General_Category value,
// then Any, ASCII or Assigned, then a binary property; with '=', General_Category, Script or
// Script_Extensions (short or long name) and one of its values. Every name is exact, and a
// value whose set is empty (Script=Katakana_Or_Hiragana) is as invalid as an unknown one.
//
// The tables are byte streams decoded on every use: a pattern compiles once (its program is
// cached), so decoding a few kilobytes then costs little, and nothing is kept.
#include "regexp_internal.h"
#include "unicode_property_tables.h"

namespace dartrt {
namespace regexp {

namespace {

using namespace unicode_properties;

uint32_t read_varint(const uint8_t*& p) {
  uint32_t value = 0;
  int shift = 0;
  while (*p & 0x80) {
    value |= (uint32_t)(*p++ & 0x7F) << shift;
    shift += 7;
  }
  return value | (uint32_t)*p++ << shift;
}

bool same_name(const char* a, const char* b) {
  while (*a && *a == *b) ++a, ++b;
  return *a == *b;
}

// The value of `name` in a names table (entries: value + 1 as a byte, the name, NUL), or -1.
// Not inlined: the runtime's size counts in every program that uses RegExp.
[[gnu::noinline]] int lookup(const char* table, size_t size, const char* name) {
  const char* p = table;
  const char* end = table + size - 1;  // the literal's own NUL
  while (p < end) {
    int value = (uint8_t)*p++ - 1;
    if (same_name(p, name)) return value;
    while (*p) ++p;
    ++p;
  }
  return -1;
}
#define LOOKUP(table, name) lookup(table, sizeof(table), name)

void add_range(CharClass* set, uint32_t from, uint32_t to) {
  Vec<Range>& r = set->ranges;
  if (r.count > 0 && r.back().to + 1 == from) {
    r.back().to = to;
  } else {
    r.push(Range{from, to});
  }
}

// The code points of the runs (varint((length - 1) << bits | value)) whose value is `key`, or,
// when `is_mask`, whose value's bit is set in `key`: kGcRuns with a category mask, kScriptRuns
// with a script.
[[gnu::noinline]] void add_runs(CharClass* set, const uint8_t* p, int bits, uint32_t key, bool is_mask) {
  for (uint32_t next = 0; next <= kMaxCodePoint;) {
    uint32_t run = read_varint(p);
    uint32_t value = run & ((1u << bits) - 1);
    uint32_t last = next + (run >> bits);
    if (is_mask ? (key >> value) & 1 : value == key) add_range(set, next, last);
    next = last + 1;
  }
}

void add_categories(CharClass* set, uint32_t mask) { add_runs(set, kGcRuns, 5, mask, true); }
void add_script(CharClass* set, uint32_t script) { add_runs(set, kScriptRuns, 8, script, false); }

// Diff `index` of a stream of diffs (each a varint count, then that many varints).
const uint8_t* find_diff(const uint8_t* p, uint32_t index) {
  for (; index > 0; --index) {
    for (uint32_t n = read_varint(p); n > 0; --n) read_varint(p);
  }
  return p;
}

// Toggles `set`'s membership between successive boundaries of the diff at `p`: both lists of
// boundaries (the set's are its ranges' starts and ends + 1) merged, shared ones cancelling.
[[gnu::noinline]] void apply_diff(CharClass* set, const uint8_t* p) {
  uint32_t diff_left = read_varint(p);
  if (diff_left == 0) return;
  uint32_t diff_at = read_varint(p);
  Vec<Range> base = set->ranges;
  set->ranges = {};
  size_t base_index = 0;  // boundary k of base: base[k / 2].from, or .to + 1 for odd k
  size_t base_total = base.count * 2;
  uint32_t start = 0;
  bool inside = false;
  while (diff_left > 0 || base_index < base_total) {
    uint32_t base_at = 0;
    if (base_index < base_total) {
      const Range& r = base[base_index / 2];
      base_at = base_index % 2 == 0 ? r.from : r.to + 1;
    }
    bool from_diff = diff_left > 0 && (base_index == base_total || diff_at <= base_at);
    bool from_base = base_index < base_total && (diff_left == 0 || base_at <= diff_at);
    uint32_t at = from_diff ? diff_at : base_at;
    if (from_diff && --diff_left > 0) diff_at += read_varint(p);
    if (from_base) ++base_index;
    if (from_diff && from_base) continue;  // toggled twice
    if (inside) {
      set->ranges.push(Range{start, at - 1});
    } else {
      start = at;
    }
    inside = !inside;
  }
  base.release();
}

}  // namespace

bool class_add_property(CharClass* cls, const char* name, const char* value, bool negate) {
  CharClass set = {};
  if (value == nullptr) {
    int index = LOOKUP(kGcNames, name);
    if (index >= 0) {
      add_categories(&set, kGcMasks[index]);
    } else {
      index = LOOKUP(kBinaryNames, name);
      if (index < 0) return false;
      add_categories(&set, kBinaryMasks[index]);
      apply_diff(&set, find_diff(kBinaryDiffs, (uint32_t)index));
    }
  } else if (same_name(name, "General_Category") || same_name(name, "gc")) {
    int index = LOOKUP(kGcNames, value);
    if (index < 0) return false;
    add_categories(&set, kGcMasks[index]);
  } else {
    bool extensions = same_name(name, "Script_Extensions") || same_name(name, "scx");
    if (!extensions && !same_name(name, "Script") && !same_name(name, "sc")) return false;
    int index = LOOKUP(kScriptNames, value);
    if (index < 0) return false;
    add_script(&set, (uint32_t)index);
    if (extensions) apply_diff(&set, find_diff(kScriptExtensionDiffs, (uint32_t)index));
  }
  if (set.ranges.count == 0) return false;  // no binary property is empty (\P{Any} is, after this)
  if (negate) class_complement(&set);
  for (size_t i = 0; i < set.ranges.count; ++i) cls->ranges.push(set.ranges[i]);
  set.ranges.release();
  return true;
}

}  // namespace regexp
}  // namespace dartrt
