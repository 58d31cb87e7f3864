// Declarations shared by the RegExp engine's source files only (regexp_*.cpp).
#ifndef DARTRT_REGEXP_INTERNAL_H
#define DARTRT_REGEXP_INTERNAL_H

#include "case_mapping.h"
#include "regexp.h"

namespace dartrt {
namespace regexp {

constexpr uint32_t kMaxCodePoint = 0x10FFFF;

// Character sets (regexp_classes.cpp).
void class_add(CharClass* cls, uint32_t from, uint32_t to);
void class_normalize(CharClass* cls);
void class_complement(CharClass* cls);
// Adds \d \D \s \S \w \W (`letter` is the escape's letter).
void class_add_escape(CharClass* cls, uint32_t letter, bool unicode_ignore_case);
// Adds the code points of a Unicode property (\p{name} or \p{name=value}; value null for the
// first form), complemented when `negate` (\P). False, adding nothing, for an unknown name
// (regexp_properties.cpp).
bool class_add_property(CharClass* cls, const char* name, const char* value, bool negate);
// Adds every character case-equivalent to a member (ignoreCase).
void class_close_over_case(CharClass* cls, bool unicode);
// The characters equivalent to `c` under ignoreCase, `c` included; `out` holds
// kMaxCaseEquivalents (the largest class in the tables has 4: K k and the Kelvin sign in unicode
// mode, ß ẞ, Σ σ ς, Θ θ ϑ ϴ).
constexpr size_t kMaxCaseEquivalents = 8;
size_t case_equivalents(uint32_t c, bool unicode, uint32_t* out);

// Fills the program's quick check from the tree (regexp_quick_check.cpp).
void compute_quick_check(const Tree* tree, Program* program);

inline bool is_line_terminator(uint32_t c) { return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029; }
inline bool is_word_char(uint32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// The bytecode. Operands follow the opcode in the code array; jump targets are absolute.
// Opcodes that read input come in a forward form and a backward form (lookbehind bodies run
// right to left), the backward one being the forward one plus kBackward.
enum Op : int32_t {
  kOpMatch,
  kOpChar,            // c
  kOpClass,           // class index
  kOpAny,             // any character
  kOpBackRef,         // group
  kOpStar,            // class index (-1: any), min, max (-1: unbounded): greedy single-character loop
  kOpReadOpsEnd,
  kOpAssert = 16,     // AssertKind
  kOpJump,            // target
  kOpSplitNextFirst,  // target: try what follows first, then target
  kOpSplitJumpFirst,  // target: try target first, then what follows
  kOpSave,            // slot
  kOpResetSlots,      // from slot, to slot (exclusive)
  kOpSetReg,          // register, value
  kOpSetRegPos,       // register
  kOpCheckProgress,   // position register, counter register (-1: always), min
  kOpIncReg,          // register
  kOpLoop,            // counter register, min, max (-1: unbounded), greedy, exit target
  kOpLook,            // negative, barrier register, continuation target
  kOpLookEnd,         // barrier register
  kBackward = 64,
};

}  // namespace regexp
}  // namespace dartrt

#endif  // DARTRT_REGEXP_INTERNAL_H
