// The quick check: which code units can stand at each of a match's first few offsets, and the
// fewest code units a match consumes. The search (regexp_matcher.cpp) tests a start position
// against them before entering the interpreter, so that in regex-redux's `agggtaaa|tttaccct`
// over DNA a position whose first unit is `a` but whose second is not `g` or `t` costs two
// table lookups, not an interpreter run (Irregexp's quick check does the same with masks).
//
// The analysis over-approximates: it follows every path through the tree from offset 0,
// recording for each consuming node the units it may read at the offsets it may stand at.
// Whatever is not provably fixed counts as "any unit": back-references, and the second half of
// an astral character in unicode mode. Lookarounds and assertions consume nothing and are
// ignored (they only narrow the matches further), so the check is a necessary condition: a
// position it rejects cannot start a match.
#include "regexp_internal.h"

namespace dartrt {
namespace regexp {

namespace {

// Offsets as a bit set: bit k stands for offset k < kQuickDepth; larger offsets are dropped
// (nothing is checked there).
using Offsets = uint32_t;
constexpr Offsets kAllOffsets = (1u << kQuickDepth) - 1;
// A cap for min_length (a{1000}{1000} must not overflow).
constexpr uint32_t kLengthCap = 1u << 24;

struct QuickCheck {
  const Tree* tree;
  Program* program;
  bool ignore_case;
  bool unicode;

  void allow(Offsets at, uint32_t from, uint32_t to) {
    uint8_t bits = (uint8_t)(at & kAllOffsets);
    if (bits == 0) return;
    if (to >= 256) program->quick_high |= bits;
    if (from >= 256) return;
    if (to > 255) to = 255;
    for (uint32_t c = from; c <= to; ++c) program->quick_units[c] |= bits;
  }

  // Any unit at `at`: the halves of an astral character in unicode mode, back-references.
  void allow_any(Offsets at) { allow(at, 0, 0xFFFF); }

  // Reads one character (code point `from`..`to`) at `at`; returns the offsets after it.
  Offsets character(Offsets at, uint32_t from, uint32_t to) {
    Offsets after = 0;
    if (from <= 0xFFFF) {
      allow(at, from, to > 0xFFFF ? 0xFFFF : to);
      after |= at << 1;
    }
    // Outside unicode mode the matcher reads code units, never above 0xFFFF.
    if (unicode && to > 0xFFFF) {
      allow_any(at | at << 1);
      after |= at << 2;
    }
    return after & kAllOffsets;
  }

  Offsets walk(uint32_t index, Offsets at) {
    if (at == 0) return 0;
    const Node& n = tree->nodes[index];
    switch (n.kind) {
      case NodeKind::Char: {
        uint32_t eq[kMaxCaseEquivalents];
        size_t count = 1;
        eq[0] = n.value;
        if (ignore_case) count = case_equivalents(n.value, unicode, eq);
        Offsets after = 0;
        for (size_t i = 0; i < count; ++i) after |= character(at, eq[i], eq[i]);
        return after;
      }
      case NodeKind::Class: {
        const CharClass& cls = program->classes[n.value];
        Offsets after = 0;
        for (size_t i = 0; i < cls.ranges.count; ++i) after |= character(at, cls.ranges[i].from, cls.ranges[i].to);
        return after;
      }
      case NodeKind::Seq:
        for (uint32_t i = 0; i < n.kid_count && at; ++i) at = walk(tree->kids[n.first_kid + i], at);
        return at;
      case NodeKind::Alt: {
        Offsets after = 0;
        for (uint32_t i = 0; i < n.kid_count; ++i) after |= walk(tree->kids[n.first_kid + i], at);
        return after;
      }
      case NodeKind::Capture:
      case NodeKind::Group:
        return walk(tree->kids[n.first_kid], at);
      case NodeKind::Quant: {
        uint32_t body = tree->kids[n.first_kid];
        // kQuickDepth + 1 iterations reach a fixed point: a body that cannot be empty moves
        // every offset past the depth by then, one that can only adds offsets (at most
        // kQuickDepth of them), and the units recorded depend on the offsets alone.
        int32_t bound = kQuickDepth + 1;
        for (int32_t i = 0; i < n.min && i < bound && at; ++i) at = walk(body, at);
        int32_t optional = n.max < 0 ? bound : n.max - n.min;
        for (int32_t i = 0; i < optional && i < bound; ++i) {
          Offsets more = at | walk(body, at);
          if (more == at) break;
          at = more;
        }
        return at;
      }
      case NodeKind::BackRef: {
        // Any length of any units from the first offset on.
        Offsets from_first = kAllOffsets & ~((at & -at) - 1);
        allow_any(from_first);
        return from_first;
      }
      default:  // Empty, assertions and lookarounds consume nothing
        return at;
    }
  }

  uint32_t min_length(uint32_t index) const {
    const Node& n = tree->nodes[index];
    switch (n.kind) {
      case NodeKind::Char:
      case NodeKind::Class:
        return 1;
      case NodeKind::Seq: {
        uint32_t sum = 0;
        for (uint32_t i = 0; i < n.kid_count; ++i) {
          sum += min_length(tree->kids[n.first_kid + i]);
          if (sum > kLengthCap) sum = kLengthCap;
        }
        return sum;
      }
      case NodeKind::Alt: {
        uint32_t least = kLengthCap;
        for (uint32_t i = 0; i < n.kid_count; ++i) {
          uint32_t m = min_length(tree->kids[n.first_kid + i]);
          if (m < least) least = m;
        }
        return n.kid_count ? least : 0;
      }
      case NodeKind::Capture:
      case NodeKind::Group:
        return min_length(tree->kids[n.first_kid]);
      case NodeKind::Quant: {
        if (n.min <= 0) return 0;
        uint64_t total = (uint64_t)n.min * min_length(tree->kids[n.first_kid]);
        return total > kLengthCap ? kLengthCap : (uint32_t)total;
      }
      default:  // Empty, back-references (to an unset group they match empty), assertions, lookarounds
        return 0;
    }
  }
};

}  // namespace

void compute_quick_check(const Tree* tree, Program* program) {
  QuickCheck q = {tree, program, (program->flags & kIgnoreCase) != 0, (program->flags & kUnicode) != 0};
  program->min_length = q.min_length(tree->root);
  q.walk(tree->root, 1);
  uint32_t depth = program->min_length < (uint32_t)kQuickDepth ? program->min_length : (uint32_t)kQuickDepth;
  // An offset where every unit passes rejects nothing: the check ends before the trailing ones
  // (`ab.` checks two offsets).
  while (depth > 0) {
    uint32_t k = depth - 1;
    bool every = (program->quick_high >> k) & 1;
    for (uint32_t c = 0; c < 256 && every; ++c) every = (program->quick_units[c] >> k) & 1;
    if (!every) break;
    depth = k;
  }
  program->quick_depth = depth;
}

}  // namespace regexp
}  // namespace dartrt
