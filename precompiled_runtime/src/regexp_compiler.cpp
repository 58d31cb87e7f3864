// The RegExp compiler: the parser's tree to the matcher's bytecode (regexp_internal.h), once per
// pattern. Quantifiers follow ECMAScript's RepeatMatcher: each iteration resets the captures
// inside its atom, and an optional iteration that matches the empty string fails. Lookbehind
// bodies are compiled to run right to left, as the specification matches them.
#include "regexp_internal.h"

namespace dartrt {
namespace regexp {

namespace {

bool can_be_empty(const Tree* tree, uint32_t index) {
  const Node& n = tree->nodes[index];
  switch (n.kind) {
    case NodeKind::Char:
    case NodeKind::Class:
      return false;
    case NodeKind::Seq:
      for (uint32_t i = 0; i < n.kid_count; ++i) {
        if (!can_be_empty(tree, tree->kids[n.first_kid + i])) return false;
      }
      return true;
    case NodeKind::Alt:
      for (uint32_t i = 0; i < n.kid_count; ++i) {
        if (can_be_empty(tree, tree->kids[n.first_kid + i])) return true;
      }
      return false;
    case NodeKind::Capture:
    case NodeKind::Group:
      return can_be_empty(tree, tree->kids[n.first_kid]);
    case NodeKind::Quant:
      return n.min == 0 || can_be_empty(tree, tree->kids[n.first_kid]);
    default:
      return true;
  }
}

struct Compiler {
  const Tree* tree;
  Program* program;
  bool ignore_case, unicode;

  void emit(int32_t v) { program->code.push(v); }
  int32_t here() const { return (int32_t)program->code.count; }
  void patch(int32_t at, int32_t target) { program->code[(size_t)at] = target; }
  int32_t new_register() { return (int32_t)program->register_count++; }

  int32_t add_class(CharClass cls) {
    program->classes.push(cls);
    return (int32_t)program->classes.count - 1;
  }

  // The class a single-character node matches, or -1 when it matches any character.
  int32_t class_of(const Node& n) {
    if (n.kind == NodeKind::Class) {
      const CharClass& cls = program->classes[n.value];
      if (cls.ranges.count == 1 && cls.ranges[0].from == 0 && cls.ranges[0].to == kMaxCodePoint) return -1;
      return (int32_t)n.value;
    }
    CharClass cls = {};
    if (ignore_case) {
      uint32_t eq[kMaxCaseEquivalents];
      size_t count = case_equivalents(n.value, unicode, eq);
      for (size_t i = 0; i < count; ++i) class_add(&cls, eq[i], eq[i]);
      class_normalize(&cls);
    } else {
      class_add(&cls, n.value, n.value);
    }
    return add_class(cls);
  }

  void single_char(const Node& n, int32_t direction) {
    if (n.kind == NodeKind::Char) {
      uint32_t eq[kMaxCaseEquivalents];
      if (!ignore_case || case_equivalents(n.value, unicode, eq) == 1) {
        emit(kOpChar + direction);
        emit((int32_t)n.value);
        return;
      }
    }
    int32_t cls = class_of(n);
    if (cls < 0) {
      emit(kOpAny + direction);
    } else {
      emit(kOpClass + direction);
      emit(cls);
    }
  }

  void quantifier(const Node& n, bool backward) {
    int32_t direction = backward ? kBackward : 0;
    uint32_t atom_index = tree->kids[n.first_kid];
    const Node& atom = tree->nodes[atom_index];
    if (n.max == 0) return;
    if (n.greedy && (atom.kind == NodeKind::Char || atom.kind == NodeKind::Class)) {
      emit(kOpStar + direction);
      emit(class_of(atom));
      emit(n.min);
      emit(n.max);
      return;
    }
    bool nullable = can_be_empty(tree, atom_index);
    int32_t pos_reg = nullable ? new_register() : -1;
    auto body = [&](int32_t counter) {
      if (n.capture_count > 0) {
        emit(kOpResetSlots);
        emit((int32_t)(2 * n.capture_from));
        emit((int32_t)(2 * (n.capture_from + n.capture_count)));
      }
      node(atom_index, backward);
      if (nullable) {
        emit(kOpCheckProgress);
        emit(pos_reg);
        emit(counter);
        emit(n.min);
      }
    };
    // An optional iteration: the split to the exit (patched later, at the returned slot), then
    // the position the empty check compares with.
    auto optional_iteration = [&]() {
      emit(n.greedy ? kOpSplitNextFirst : kOpSplitJumpFirst);
      int32_t exit_slot = here();
      emit(0);
      if (nullable) {
        emit(kOpSetRegPos);
        emit(pos_reg);
      }
      return exit_slot;
    };
    if (n.min == 0 && (n.max == -1 || n.max == 1)) {
      int32_t top = here();
      int32_t exit_slot = optional_iteration();
      body(-1);
      if (n.max == -1) {
        emit(kOpJump);
        emit(top);
      }
      patch(exit_slot, here());
      return;
    }
    if (n.min == 1 && n.max == -1) {
      // The first iteration is mandatory: it skips the split and its empty check (the
      // position register starts at -1, which no position equals).
      if (nullable) {
        emit(kOpSetReg);
        emit(pos_reg);
        emit(-1);
      }
      emit(kOpJump);
      int32_t to_body = here();
      emit(0);
      int32_t top = here();
      int32_t exit_slot = optional_iteration();
      patch(to_body, here());
      body(-1);
      emit(kOpJump);
      emit(top);
      patch(exit_slot, here());
      return;
    }
    int32_t counter = new_register();
    emit(kOpSetReg);
    emit(counter);
    emit(0);
    int32_t top = here();
    emit(kOpLoop);
    emit(counter);
    emit(n.min);
    emit(n.max);
    emit(n.greedy ? 1 : 0);
    int32_t exit_slot = here();
    emit(0);
    if (nullable) {
      emit(kOpSetRegPos);
      emit(pos_reg);
    }
    body(counter);
    emit(kOpIncReg);
    emit(counter);
    emit(kOpJump);
    emit(top);
    patch(exit_slot, here());
  }

  void node(uint32_t index, bool backward) {
    const Node& n = tree->nodes[index];
    int32_t direction = backward ? kBackward : 0;
    switch (n.kind) {
      case NodeKind::Empty:
        return;
      case NodeKind::Char:
      case NodeKind::Class:
        single_char(n, direction);
        return;
      case NodeKind::Seq:
        for (uint32_t i = 0; i < n.kid_count; ++i) {
          uint32_t k = backward ? n.kid_count - 1 - i : i;
          node(tree->kids[n.first_kid + k], backward);
        }
        return;
      case NodeKind::Alt: {
        // Each alternative but the last: split to the next one, then jump to the end.
        Vec<int32_t> ends = {};
        for (uint32_t i = 0; i < n.kid_count; ++i) {
          int32_t next_slot = -1;
          if (i + 1 < n.kid_count) {
            emit(kOpSplitNextFirst);
            next_slot = here();
            emit(0);
          }
          node(tree->kids[n.first_kid + i], backward);
          if (i + 1 < n.kid_count) {
            emit(kOpJump);
            ends.push(here());
            emit(0);
            patch(next_slot, here());
          }
        }
        for (size_t i = 0; i < ends.count; ++i) patch(ends[i], here());
        ends.release();
        return;
      }
      case NodeKind::Capture: {
        int32_t open = (int32_t)(2 * n.value), close = open + 1;
        emit(kOpSave);
        emit(backward ? close : open);
        node(tree->kids[n.first_kid], backward);
        emit(kOpSave);
        emit(backward ? open : close);
        return;
      }
      case NodeKind::Group:
        node(tree->kids[n.first_kid], backward);
        return;
      case NodeKind::Quant:
        quantifier(n, backward);
        return;
      case NodeKind::BackRef:
        emit(kOpBackRef + direction);
        emit((int32_t)n.value);
        return;
      case NodeKind::Assert:
        emit(kOpAssert);
        emit((int32_t)n.value);
        return;
      case NodeKind::Look: {
        int32_t barrier = new_register();
        emit(kOpLook);
        emit(n.negative ? 1 : 0);
        emit(barrier);
        int32_t continuation = here();
        emit(0);
        node(tree->kids[n.first_kid], n.behind);
        emit(kOpLookEnd);
        emit(barrier);
        patch(continuation, here());
        return;
      }
    }
  }
};

bool starts_with_start_assertion(const Tree* tree, uint32_t index) {
  const Node& n = tree->nodes[index];
  if (n.kind == NodeKind::Assert) return n.value == kStart;
  if (n.kind == NodeKind::Seq) return starts_with_start_assertion(tree, tree->kids[n.first_kid]);
  if (n.kind == NodeKind::Capture || n.kind == NodeKind::Group) {
    return starts_with_start_assertion(tree, tree->kids[n.first_kid]);
  }
  return false;
}

}  // namespace

Program* compile(Tree* tree, uint32_t flags) {
  Program* program = static_cast<Program*>(xcalloc(1, sizeof(Program)));
  program->flags = flags;
  program->capture_count = tree->capture_count;
  program->classes = tree->classes;
  tree->classes = Vec<CharClass>{};
  program->name_groups = tree->name_groups;
  program->name_starts = tree->name_starts;
  program->name_units = tree->name_units;
  tree->name_groups = Vec<uint32_t>{};
  tree->name_starts = Vec<uint32_t>{};
  tree->name_units = Vec<uint16_t>{};
  program->name_order = tree->name_order;
  tree->name_order = Vec<uint32_t>{};
  Compiler c = {tree, program, (flags & kIgnoreCase) != 0, (flags & kUnicode) != 0};
  c.node(tree->root, false);
  c.emit(kOpMatch);
  for (size_t i = 0; i < program->classes.count; ++i) {
    CharClass& cls = program->classes[i];
    for (uint32_t ch = 0; ch < 256; ++ch) {
      if (cls.contains(ch)) cls.latin1[ch >> 6] |= 1ull << (ch & 63);
    }
  }
  compute_quick_check(tree, program);
  program->anchored_start = starts_with_start_assertion(tree, tree->root);
  return program;
}

}  // namespace regexp
}  // namespace dartrt
