// The RegExp matcher: a backtracking interpreter of the compiler's bytecode.
//
// Backtracking state lives on an explicit stack of entries on malloc'd memory (never the native
// stack, so `(a|b)*` over a million characters needs memory, not recursion): choice points
// (where to resume and at which position), undo records (a capture slot's or register's previous
// value, restored when backtracking passes them), lookaround barriers, and the resume points of
// greedy single-character loops. Lookarounds are atomic, as in ECMAScript: when a lookaround's
// body matches, the choice points it left are dropped but its undo records stay, so that
// backtracking past the lookaround still restores the captures it set.
#include "regexp_internal.h"

namespace dartrt {
namespace regexp {

namespace {

enum EntryKind : int32_t {
  kChoice,        // a: pc, b: position
  kUndoSlot,      // a: slot, b: previous value
  kUndoReg,       // a: register, b: previous value
  kLookPositive,  // a: continuation pc, b: position at the lookaround
  kLookNegative,
  kStarForward,   // a: pc after the loop, b: current end; the kData entry below holds the end
  kStarBackward,  //   of the last mandatory iteration
  kData,
};

struct Entry {
  int32_t kind;
  int32_t a;
  int64_t b;
};

// Working memory, reused from match to match on the same thread (POD: no TLS destructor).
struct State {
  Vec<Entry> stack;
  Vec<int64_t> slots;
  Vec<int64_t> regs;
};
thread_local State tls_state;

inline bool is_lead(uint32_t c) { return c >= 0xD800 && c <= 0xDBFF; }
inline bool is_trail(uint32_t c) { return c >= 0xDC00 && c <= 0xDFFF; }

template <typename Ch>
struct Matcher {
  const Program* program;
  const Ch* s;
  int64_t length;
  bool unicode;
  bool ignore_case;
  Vec<Entry>* stack;
  int64_t* slots;
  int64_t* regs;

  // The character at `pos` (a code point in unicode mode), and the position after it. In unicode
  // mode the halves of a surrogate pair are no characters of their own: reading from the middle
  // of a pair, in either direction, finds nothing (as Irregexp does).
  inline bool read_forward(int64_t pos, uint32_t* c, int64_t* next) const {
    if (pos >= length) return false;
    uint32_t u = s[pos];
    if (sizeof(Ch) == 2 && unicode && is_lead(u) && pos + 1 < length && is_trail(s[pos + 1])) {
      *c = 0x10000 + ((u - 0xD800) << 10) + (s[pos + 1] - 0xDC00u);
      *next = pos + 2;
      return true;
    }
    if (sizeof(Ch) == 2 && unicode && is_trail(u) && pos > 0 && is_lead(s[pos - 1])) return false;
    *c = u;
    *next = pos + 1;
    return true;
  }
  // The character before `pos`, and the position before it.
  inline bool read_backward(int64_t pos, uint32_t* c, int64_t* next) const {
    if (pos <= 0) return false;
    uint32_t u = s[pos - 1];
    if (sizeof(Ch) == 2 && unicode && is_trail(u) && pos >= 2 && is_lead(s[pos - 2])) {
      *c = 0x10000 + ((s[pos - 2] - 0xD800u) << 10) + (u - 0xDC00);
      *next = pos - 2;
      return true;
    }
    if (sizeof(Ch) == 2 && unicode && is_lead(u) && pos < length && is_trail(s[pos])) return false;
    *c = u;
    *next = pos - 1;
    return true;
  }

  inline void push(int32_t kind, int32_t a, int64_t b) { stack->push(Entry{kind, a, b}); }
  inline void set_slot(int32_t slot, int64_t value) {
    if (slots[slot] == value) return;
    push(kUndoSlot, slot, slots[slot]);
    slots[slot] = value;
  }
  inline void set_reg(int32_t reg, int64_t value) {
    if (regs[reg] == value) return;
    push(kUndoReg, reg, regs[reg]);
    regs[reg] = value;
  }

  bool same_unit(uint32_t a, uint32_t b) const {
    return a == b || (ignore_case && canonicalize(a, unicode) == canonicalize(b, unicode));
  }

  bool back_reference(int32_t group, bool backward, int64_t* pos) const {
    int64_t from = slots[2 * group], to = slots[2 * group + 1];
    if (from < 0 || to < 0) return true;
    int64_t n = to - from;
    int64_t at = backward ? *pos - n : *pos;
    if (at < 0 || at + n > length) return false;
    for (int64_t i = 0; i < n; ++i) {
      if (!same_unit(s[from + i], s[at + i])) return false;
    }
    *pos = backward ? at : at + n;
    return true;
  }

  // ECMAScript's WordCharacters: under /iu also the characters that fold into \w (long s and
  // the Kelvin sign).
  bool is_word_at(int64_t pos) const {
    if (pos < 0 || pos >= length) return false;
    uint32_t c = s[pos];
    return is_word_char(c) || (unicode && ignore_case && (c == 0x17F || c == 0x212A));
  }

  bool assertion(int32_t kind, int64_t pos) const {
    switch (kind) {
      case kStart: return pos == 0;
      case kEnd: return pos == length;
      case kLineStart: return pos == 0 || is_line_terminator(s[pos - 1]);
      case kLineEnd: return pos == length || is_line_terminator(s[pos]);
      case kWordBoundary: return is_word_at(pos - 1) != is_word_at(pos);
      default: return is_word_at(pos - 1) == is_word_at(pos);
    }
  }

  inline bool char_matches(int32_t cls, uint32_t c) const {
    return cls < 0 || program->classes[(size_t)cls].matches(c);
  }

  // Runs from `start`; on success slots[1] holds the end.
  bool run(int64_t start) {
    const int32_t* code = program->code.items;
    int32_t pc = 0;
    int64_t pos = start;
    for (;;) {
      uint32_t c;
      int64_t next;
      switch (code[pc]) {
        case kOpMatch:
          slots[1] = pos;
          return true;
        case kOpChar:
          if (!read_forward(pos, &c, &next) || c != (uint32_t)code[pc + 1]) goto fail;
          pos = next;
          pc += 2;
          continue;
        case kOpChar + kBackward:
          if (!read_backward(pos, &c, &next) || c != (uint32_t)code[pc + 1]) goto fail;
          pos = next;
          pc += 2;
          continue;
        case kOpClass:
          if (!read_forward(pos, &c, &next) || !program->classes[(size_t)code[pc + 1]].matches(c)) goto fail;
          pos = next;
          pc += 2;
          continue;
        case kOpClass + kBackward:
          if (!read_backward(pos, &c, &next) || !program->classes[(size_t)code[pc + 1]].matches(c)) goto fail;
          pos = next;
          pc += 2;
          continue;
        case kOpAny:
          if (!read_forward(pos, &c, &next)) goto fail;
          pos = next;
          pc += 1;
          continue;
        case kOpAny + kBackward:
          if (!read_backward(pos, &c, &next)) goto fail;
          pos = next;
          pc += 1;
          continue;
        case kOpBackRef:
        case kOpBackRef + kBackward:
          if (!back_reference(code[pc + 1], code[pc] != kOpBackRef, &pos)) goto fail;
          pc += 2;
          continue;
        case kOpStar:
        case kOpStar + kBackward: {
          bool backward = code[pc] != kOpStar;
          int32_t cls = code[pc + 1], min = code[pc + 2], max = code[pc + 3];
          int64_t p = pos, min_pos = min == 0 ? pos : -1;
          int32_t n = 0;
          while (max < 0 || n < max) {
            bool ok = backward ? read_backward(p, &c, &next) : read_forward(p, &c, &next);
            if (!ok || !char_matches(cls, c)) break;
            p = next;
            if (++n == min) min_pos = p;
          }
          if (n < min) goto fail;
          if (p != min_pos) {
            push(kData, 0, min_pos);
            push(backward ? kStarBackward : kStarForward, pc + 4, p);
          }
          pos = p;
          pc += 4;
          continue;
        }
        case kOpAssert:
          if (!assertion(code[pc + 1], pos)) goto fail;
          pc += 2;
          continue;
        case kOpJump:
          pc = code[pc + 1];
          continue;
        case kOpSplitNextFirst:
          push(kChoice, code[pc + 1], pos);
          pc += 2;
          continue;
        case kOpSplitJumpFirst:
          push(kChoice, pc + 2, pos);
          pc = code[pc + 1];
          continue;
        case kOpSave:
          set_slot(code[pc + 1], pos);
          pc += 2;
          continue;
        case kOpResetSlots:
          for (int32_t i = code[pc + 1]; i < code[pc + 2]; ++i) set_slot(i, -1);
          pc += 3;
          continue;
        case kOpSetReg:
          set_reg(code[pc + 1], code[pc + 2]);
          pc += 3;
          continue;
        case kOpSetRegPos:
          set_reg(code[pc + 1], pos);
          pc += 2;
          continue;
        case kOpCheckProgress: {
          int32_t counter = code[pc + 2];
          bool optional = counter < 0 || regs[counter] >= code[pc + 3];
          if (optional && regs[code[pc + 1]] == pos) goto fail;
          pc += 4;
          continue;
        }
        case kOpIncReg:
          set_reg(code[pc + 1], regs[code[pc + 1]] + 1);
          pc += 2;
          continue;
        case kOpLoop: {
          int64_t n = regs[code[pc + 1]];
          int32_t min = code[pc + 2], max = code[pc + 3], exit = code[pc + 5];
          int32_t body = pc + 6;
          if (n < min) {
            pc = body;
          } else if (max >= 0 && n >= max) {
            pc = exit;
          } else if (code[pc + 4]) {
            push(kChoice, exit, pos);
            pc = body;
          } else {
            push(kChoice, body, pos);
            pc = exit;
          }
          continue;
        }
        case kOpLook:
          // The barrier's register is not undo-logged: a lookaround's body cannot re-enter it.
          regs[code[pc + 2]] = (int64_t)stack->count;
          push(code[pc + 1] ? kLookNegative : kLookPositive, code[pc + 3], pos);
          pc += 4;
          continue;
        case kOpLookEnd: {
          size_t barrier = (size_t)regs[code[pc + 1]];
          Entry look = (*stack)[barrier];
          if (look.kind == kLookPositive) {
            // Keep the undo records, drop the choice points: the body matched once and for all.
            size_t w = barrier;
            for (size_t i = barrier + 1; i < stack->count; ++i) {
              Entry e = (*stack)[i];
              if (e.kind == kUndoSlot || e.kind == kUndoReg) (*stack)[w++] = e;
            }
            stack->count = w;
            pos = look.b;
            pc = look.a;
            continue;
          }
          // A negative lookaround whose body matched fails, with everything its body did undone.
          while (stack->count > barrier + 1) {
            Entry e = stack->pop();
            if (e.kind == kUndoSlot) slots[e.a] = e.b;
            if (e.kind == kUndoReg) regs[e.a] = e.b;
          }
          stack->pop();
          goto fail;
        }
        default:
          fatal("RegExp: bad opcode %d", code[pc]);
      }
    fail:
      for (;;) {
        if (stack->count == 0) return false;
        Entry e = stack->pop();
        switch (e.kind) {
          case kUndoSlot:
            slots[e.a] = e.b;
            continue;
          case kUndoReg:
            regs[e.a] = e.b;
            continue;
          case kChoice:
          case kLookNegative:  // the body failed: the negative lookaround succeeds
            pc = e.a;
            pos = e.b;
            break;
          case kStarForward:
          case kStarBackward: {
            int64_t min_pos = stack->back().b;
            int64_t p = e.b;
            if (e.kind == kStarForward) {
              p -= 1;
              if (sizeof(Ch) == 2 && unicode && p - 1 >= min_pos && is_trail(s[p]) && is_lead(s[p - 1])) p -= 1;
            } else {
              p += 1;
              if (sizeof(Ch) == 2 && unicode && p + 1 <= min_pos && is_lead(s[p - 1]) && is_trail(s[p])) p += 1;
            }
            if (p == min_pos) {
              stack->pop();  // its kData
            } else {
              push(e.kind, e.a, p);
            }
            pc = e.a;
            pos = p;
            break;
          }
          default:  // kLookPositive (the body failed), kData
            continue;
        }
        break;
      }
    }
  }

  // The bits of unit `u` in the quick check: bit k when `u` may stand at a match's offset k.
  inline uint32_t quick_bits(uint32_t u) const { return u < 256 ? program->quick_units[u] : program->quick_high; }

  // The first position from `p` on (at most `last`) that passes the quick check, or -1. Shift-And
  // over the units: bit k of `d` says the k + 1 units ending at `i` pass offsets 0..k, so each
  // unit costs a lookup, a shift and an and, without branching on the offsets.
  int64_t next_candidate(int64_t p, int64_t last) const {
    int64_t depth = program->quick_depth;
    uint32_t hit = 1u << (depth - 1);
    uint32_t d = 0;
    // A candidate q <= last ends its checked units at q + depth - 1 <= length - 1 (the depth is
    // at most min_length).
    for (int64_t i = p, end = last + depth - 1; i <= end; ++i) {
      d = ((d << 1) | 1) & quick_bits(s[i]);
      if (d & hit) return i - depth + 1;
    }
    return -1;
  }

  bool search(int64_t start, bool sticky) {
    size_t slot_count = 2 * ((size_t)program->capture_count + 1);
    // The last position a match (of at least min_length units) can start at.
    int64_t last = length - (int64_t)program->min_length;
    for (int64_t p = start; p <= length; ++p) {
      if (p > last) return false;
      if (!sticky) {
        if (program->anchored_start && p != 0) return false;
        if (program->quick_depth > 0) {
          p = next_candidate(p, last);
          if (p < 0) return false;
        }
      }
      for (size_t i = 0; i < slot_count; ++i) slots[i] = -1;
      stack->clear();
      slots[0] = p;
      if (run(p)) return true;
      if (sticky) return false;
      // Every code unit position is tried, in unicode mode too (as Irregexp does: only
      // zero-width patterns can match inside a surrogate pair, where no character is readable).
    }
    return false;
  }
};

}  // namespace

bool match(const Program* program, const StrView& input, size_t start, bool sticky, int64_t* captures) {
  State* st = &tls_state;
  size_t slot_count = 2 * ((size_t)program->capture_count + 1);
  st->slots.reserve(slot_count);
  st->regs.reserve(program->register_count + 1);
  bool unicode = program->flags & kUnicode, ignore_case = program->flags & kIgnoreCase;
  bool found;
  if (input.one) {
    Matcher<uint8_t> m = {program, input.one, (int64_t)input.length, unicode, ignore_case, &st->stack, st->slots.items, st->regs.items};
    found = m.search((int64_t)start, sticky);
  } else {
    Matcher<uint16_t> m = {program, input.two, (int64_t)input.length, unicode, ignore_case, &st->stack, st->slots.items, st->regs.items};
    found = m.search((int64_t)start, sticky);
  }
  st->stack.clear();
  // Keep a small stack between matches; give back what a huge input needed.
  if (st->stack.capacity > (1u << 20)) st->stack.release();
  if (found) memcpy(captures, st->slots.items, slot_count * sizeof(int64_t));
  return found;
}

}  // namespace regexp
}  // namespace dartrt
