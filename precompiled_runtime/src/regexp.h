// dartc's regular expression engine: ECMAScript (JavaScript) semantics, as Dart's RegExp
// specifies them (docs/regexp.md). A pattern is parsed into a small tree (regexp_parser.cpp),
// compiled once into bytecode (regexp_compiler.cpp) and run by a backtracking interpreter whose
// backtrack stack lives on malloc'd memory, never on the native stack (regexp_matcher.cpp).
// Compiled programs are cached by source and flags and never freed (regexp_natives.cpp).
//
// Nothing here touches the Dart heap: the matcher reads a string's code units through a StrView
// and writes capture positions into a caller's buffer, so no GC can happen while it runs.
#ifndef DARTRT_REGEXP_H
#define DARTRT_REGEXP_H

#include "dart_string.h"

namespace dartrt {
namespace regexp {

// Flags, as the Dart side passes them (one bit each).
enum : uint32_t {
  kMultiLine = 1,
  kIgnoreCase = 2,
  kUnicode = 4,
  kDotAll = 8,
};

// ---- The tree the parser builds -------------------------------------------------------------

enum class NodeKind : uint8_t {
  Empty,
  Char,        // value: one code point (a code unit outside unicode mode)
  Class,       // value: index into Tree::classes
  Seq,         // kids
  Alt,         // kids
  Capture,     // value: group number; kids[0]: body
  Group,       // non-capturing; kids[0]
  Quant,       // min, max (-1: unbounded), greedy; kids[0]
  BackRef,     // value: group number
  Assert,      // value: AssertKind
  Look,        // behind, negative; kids[0]; value: first capture inside, count: captures inside
};

enum AssertKind : uint32_t { kStart, kEnd, kLineStart, kLineEnd, kWordBoundary, kNotWordBoundary };

struct Range {
  uint32_t from, to;  // inclusive
};

// A set of code points: sorted, disjoint, non-adjacent ranges.
struct CharClass {
  Vec<Range> ranges;
  uint64_t latin1[4];  // membership of 0..255, filled by the compiler (compile)
  bool contains(uint32_t c) const;
  bool matches(uint32_t c) const { return c < 256 ? (latin1[c >> 6] >> (c & 63)) & 1 : contains(c); }
};

struct Node {
  NodeKind kind;
  bool greedy;
  bool behind;
  bool negative;
  uint32_t value;
  int32_t min, max;
  uint32_t first_kid, kid_count;  // into Tree::kids
  uint32_t capture_from, capture_count;  // captures inside (Quant resets, Look)
};

struct Tree {
  Vec<Node> nodes;
  Vec<uint32_t> kids;
  Vec<CharClass> classes;
  uint32_t root;
  uint32_t capture_count;
  // Named groups: for each, its group number and its name's UTF-16 code units.
  Vec<uint32_t> name_groups;
  Vec<uint32_t> name_starts;  // into name_units; one more entry than names
  Vec<uint16_t> name_units;
  Vec<uint32_t> name_order;  // names in the order their groups close (the VM's groupNames order)
  void release();
};

// Parses `source` with `flags`. On failure returns false with `*error` set to the VM's message
// (without the pattern, which the Dart side appends as the VM does).
bool parse(const StrView& source, uint32_t flags, Tree* tree, const char** error);

// ---- The compiled program -------------------------------------------------------------------

// How many of a match's first code units the quick check looks at (bits of a byte).
constexpr int32_t kQuickDepth = 8;

struct Program {
  uint32_t flags;
  uint32_t capture_count;       // groups, not counting group 0
  uint32_t register_count;      // loop counters, positions and lookaround barriers
  Vec<int32_t> code;
  Vec<CharClass> classes;
  // The quick check (regexp_quick_check.cpp), a cheap filter for where a match can start: a
  // match consumes at least `min_length` code units, and for k < quick_depth its unit at
  // offset k has bit k set in quick_units (units < 256) or in quick_high (the others).
  uint32_t min_length;
  uint32_t quick_depth;         // at most kQuickDepth
  uint8_t quick_units[256];
  uint8_t quick_high;
  bool anchored_start;          // begins with ^ outside multiline mode: only position 0 can match
  // Named groups, as in Tree.
  Vec<uint32_t> name_groups;
  Vec<uint32_t> name_starts;
  Vec<uint16_t> name_units;
  Vec<uint32_t> name_order;
};

// Compiles a parsed tree (whose named-group tables move into the program).
Program* compile(Tree* tree, uint32_t flags);

// Runs `program` on `input`. Searches from `start` forward (every start position up to the end),
// or only at `start` when `sticky`. On success fills captures[0 .. 2*(capture_count+1)) with
// start/end positions (-1 for groups that did not participate) and returns true.
bool match(const Program* program, const StrView& input, size_t start, bool sticky, int64_t* captures);

// Case equivalence: the canonical form ECMAScript compares under ignoreCase (Canonicalize for
// non-unicode patterns, simple case folding for unicode ones), by the runtime's case tables
// (case_mapping.h).
uint32_t canonicalize(uint32_t c, bool unicode);

}  // namespace regexp

}  // namespace dartrt

#endif  // DARTRT_REGEXP_H
