// The RegExp parser: ECMAScript's pattern grammar with the web-compatibility extensions of
// Annex B that the Dart VM (Irregexp) accepts outside unicode mode (octal escapes, identity
// escapes, literal braces, \c without a letter), and the VM's error messages.
//
// Errors unwind with longjmp: every allocation of a failed parse belongs to the Parser or the
// Tree, which are released on that path.
#include <setjmp.h>

#include "regexp_internal.h"

namespace dartrt {
namespace regexp {

void Tree::release() {
  for (size_t i = 0; i < classes.count; ++i) classes[i].ranges.release();
  nodes.release();
  kids.release();
  classes.release();
  name_groups.release();
  name_starts.release();
  name_units.release();
  name_order.release();
}

namespace {

constexpr uint32_t kEndMarker = 0xFFFFFFFFu;
constexpr uint32_t kMaxCaptures = 1u << 16;
constexpr int64_t kInfinity = 0x7FFFFFFF;
// Groups nest at most this deep: the parser and the compiler recurse on nesting.
constexpr int kMaxNesting = 1000;

const char kUnicodeIdentity[] = "Invalid identity escape in Unicode pattern";
// Messages starting with '!' are not syntax errors but features dartc does not have; the Dart
// side throws UnsupportedError for them.
const char kTooDeep[] = "!RegExp: groups nested more than 1000 deep are not supported yet";

bool is_syntax_char_or_slash(uint32_t c) {
  switch (c) {
    case '^': case '$': case '\\': case '.': case '*': case '+': case '?': case '(': case ')':
    case '[': case ']': case '{': case '}': case '|': case '/':
      return true;
    default:
      return false;
  }
}

int hex_value(uint32_t c) {
  if (c >= '0' && c <= '9') return (int)(c - '0');
  if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') return (int)((c | 0x20) - 'a' + 10);
  return -1;
}

bool is_decimal_digit(uint32_t c) { return c >= '0' && c <= '9'; }
bool is_octal_digit(uint32_t c) { return c >= '0' && c <= '7'; }

// Whether `c` has a binary property (the property tables, decoded for this one question: group
// names rarely hold non-ASCII characters).
bool has_property(uint32_t c, const char* name) {
  CharClass set = {};
  class_add_property(&set, name, nullptr, false);
  bool result = set.contains(c);
  set.ranges.release();
  return result;
}

// Identifier characters of group names, as the VM's IsIdentifierStart/IsIdentifierPart: ASCII
// letters, '$' and '_' (and digits after the first), beyond ASCII Unicode's ID_Start and
// ID_Continue (plus ZWNJ and ZWJ). Outside unicode mode a surrogate pair is two code units,
// neither of which qualifies, as on the VM.
bool is_identifier_start(uint32_t c) {
  if (c > 127) return has_property(c, "ID_Start");
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '$' || c == '_';
}
bool is_identifier_part(uint32_t c) {
  if (c > 127) return has_property(c, "ID_Continue") || c == 0x200C || c == 0x200D;
  return is_identifier_start(c) || is_decimal_digit(c);
}

struct OpenGroup {
  uint32_t capture;      // group number, 0 for non-capturing groups and lookarounds
  int32_t name;          // index of its name in the tree's names, or -1
};

struct PendingNameRef {
  uint32_t node;
  uint32_t name_start, name_length;  // into pending_units
};

struct Parser {
  StrView in;
  bool unicode, ignore_case, multi_line, dot_all;
  size_t position;  // of current
  size_t next_pos;
  uint32_t current;
  Tree* tree;
  jmp_buf on_error;
  const char* error;
  uint32_t captures_started;
  uint32_t capture_total;  // from the scan ahead
  bool has_named_captures;
  Vec<uint32_t> stack;  // kids being collected
  Vec<OpenGroup> open;
  Vec<PendingNameRef> pending;
  Vec<uint16_t> pending_units;
  Vec<uint16_t> name;  // the name being parsed

  [[noreturn]] void fail(const char* message) {
    error = message;
    longjmp(on_error, 1);
  }

  uint32_t read_at(size_t pos, size_t* width) const {
    uint32_t c = in.at(pos);
    *width = 1;
    if (unicode && c >= 0xD800 && c <= 0xDBFF && pos + 1 < in.length) {
      uint32_t d = in.at(pos + 1);
      if (d >= 0xDC00 && d <= 0xDFFF) {
        *width = 2;
        return 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00);
      }
    }
    return c;
  }
  void advance() {
    position = next_pos;
    if (next_pos < in.length) {
      size_t w;
      current = read_at(next_pos, &w);
      next_pos += w;
    } else {
      current = kEndMarker;
      next_pos = in.length + 1;
    }
  }
  void advance(int n) {
    for (int i = 0; i < n; ++i) advance();
  }
  uint32_t peek() const {
    if (next_pos >= in.length) return kEndMarker;
    size_t w;
    return read_at(next_pos, &w);
  }
  void reset(size_t pos) {
    next_pos = pos;
    advance();
  }

  uint32_t new_node(NodeKind kind, uint32_t value = 0) {
    Node n = {};
    n.kind = kind;
    n.value = value;
    tree->nodes.push(n);
    return (uint32_t)tree->nodes.count - 1;
  }
  uint32_t new_parent(NodeKind kind, size_t mark) {
    uint32_t first = (uint32_t)tree->kids.count;
    for (size_t i = mark; i < stack.count; ++i) tree->kids.push(stack[i]);
    uint32_t n = new_node(kind);
    tree->nodes[n].first_kid = first;
    tree->nodes[n].kid_count = (uint32_t)(stack.count - mark);
    stack.count = mark;
    return n;
  }
  uint32_t new_wrapper(NodeKind kind, uint32_t kid, uint32_t value = 0) {
    stack.push(kid);
    uint32_t n = new_parent(kind, stack.count - 1);
    tree->nodes[n].value = value;
    return n;
  }
  uint32_t new_class(CharClass cls) {
    tree->classes.push(cls);
    return new_node(NodeKind::Class, (uint32_t)tree->classes.count - 1);
  }

  // Counts the capturing groups of the whole pattern (a back-reference may name a later one) and
  // whether any is named: \k is an identity escape in patterns without named groups.
  void scan_for_captures() {
    uint32_t count = 0;
    size_t n = in.length;
    for (size_t i = 0; i < n; ++i) {
      uint32_t c = in.at(i);
      if (c == '\\') {
        ++i;
      } else if (c == '[') {
        for (++i; i < n; ++i) {
          uint32_t d = in.at(i);
          if (d == '\\') {
            ++i;
          } else if (d == ']') {
            break;
          }
        }
      } else if (c == '(') {
        if (i + 1 < n && in.at(i + 1) == '?') {
          if (i + 2 >= n || in.at(i + 2) != '<') continue;
          if (i + 3 < n && (in.at(i + 3) == '=' || in.at(i + 3) == '!')) continue;
          has_named_captures = true;
        }
        ++count;
      }
    }
    capture_total = count;
  }

  bool parse_hex(int digits, uint32_t* value) {
    size_t start = position;
    uint32_t v = 0;
    for (int i = 0; i < digits; ++i) {
      int d = hex_value(current);
      if (d < 0) {
        reset(start);
        return false;
      }
      v = v * 16 + (uint32_t)d;
      advance();
    }
    *value = v;
    return true;
  }

  // After "\u": XXXX, a surrogate pair of two such escapes in unicode mode, or {X...}.
  bool parse_unicode_escape(uint32_t* value) {
    if (current == '{' && unicode) {
      size_t start = position;
      advance();
      uint32_t v = 0;
      bool any = false;
      while (hex_value(current) >= 0) {
        v = v * 16 + (uint32_t)hex_value(current);
        any = true;
        if (v > kMaxCodePoint) break;
        advance();
      }
      if (any && v <= kMaxCodePoint && current == '}') {
        advance();
        *value = v;
        return true;
      }
      reset(start);
      return false;
    }
    if (!parse_hex(4, value)) return false;
    if (unicode && *value >= 0xD800 && *value <= 0xDBFF && current == '\\' && peek() == 'u') {
      size_t start = position;
      advance(2);
      uint32_t trail;
      if (parse_hex(4, &trail) && trail >= 0xDC00 && trail <= 0xDFFF) {
        *value = 0x10000 + ((*value - 0xD800) << 10) + (trail - 0xDC00);
        return true;
      }
      reset(start);
    }
    return true;
  }

  // Up to three octal digits with a value below 256, from current.
  uint32_t parse_octal() {
    uint32_t v = current - '0';
    advance();
    if (is_octal_digit(current)) {
      v = v * 8 + (current - '0');
      advance();
      if (v < 32 && is_octal_digit(current)) {
        v = v * 8 + (current - '0');
        advance();
      }
    }
    return v;
  }

  // {n}, {n,}, {n,m} from current ('{'); leaves the position unchanged when it is not one.
  bool parse_interval(int64_t* min_out, int64_t* max_out) {
    size_t start = position;
    advance();
    if (!is_decimal_digit(current)) {
      reset(start);
      return false;
    }
    int64_t min = 0;
    while (is_decimal_digit(current)) {
      min = min * 10 + (current - '0');
      if (min > kInfinity) min = kInfinity;
      advance();
    }
    int64_t max;
    if (current == '}') {
      max = min;
      advance();
    } else if (current == ',') {
      advance();
      if (current == '}') {
        max = kInfinity;
        advance();
      } else {
        max = 0;
        bool any = false;
        while (is_decimal_digit(current)) {
          max = max * 10 + (current - '0');
          if (max > kInfinity) max = kInfinity;
          any = true;
          advance();
        }
        if (!any || current != '}') {
          reset(start);
          return false;
        }
        advance();
      }
    } else {
      reset(start);
      return false;
    }
    *min_out = min;
    *max_out = max;
    return true;
  }

  // A group name from current up to and including '>', into `name`.
  void parse_group_name() {
    name.clear();
    bool at_start = true;
    for (;;) {
      uint32_t c = current;
      advance();
      if (c == '\\' && current == 'u') {
        advance();
        if (!parse_unicode_escape(&c)) fail("Invalid Unicode escape sequence");
      } else if (c == '\\') {
        fail("Invalid capture group name");
      }
      if (at_start) {
        if (!is_identifier_start(c)) fail("Invalid capture group name");
        at_start = false;
      } else if (c == '>') {
        return;
      } else if (!is_identifier_part(c)) {
        fail("Invalid capture group name");
      }
      if (c > 0xFFFF) {
        name.push((uint16_t)(0xD800 + ((c - 0x10000) >> 10)));
        name.push((uint16_t)(0xDC00 + ((c - 0x10000) & 0x3FF)));
      } else {
        name.push((uint16_t)c);
      }
    }
  }

  int32_t find_name(const uint16_t* units, size_t length) const {
    for (size_t i = 0; i < tree->name_groups.count; ++i) {
      size_t from = tree->name_starts[i], to = tree->name_starts[i + 1];
      if (to - from == length && memcmp(&tree->name_units[from], units, length * 2) == 0) return (int32_t)i;
    }
    return -1;
  }

  bool inside_capture(uint32_t index) const {
    for (size_t i = 0; i < open.count; ++i) {
      if (open[i].capture == index) return true;
    }
    return false;
  }

  bool inside_named_capture(const uint16_t* units, size_t length) const {
    for (size_t i = 0; i < open.count; ++i) {
      int32_t n = open[i].name;
      if (n < 0) continue;
      size_t from = tree->name_starts[n], to = tree->name_starts[n + 1];
      if (to - from == length && memcmp(&tree->name_units[from], units, length * 2) == 0) return true;
    }
    return false;
  }

  // A decimal escape that names an existing group (\1..); otherwise leaves the position alone.
  bool parse_back_reference_index(uint32_t* index) {
    size_t start = position;
    advance();  // the backslash
    uint64_t value = 0;
    while (is_decimal_digit(current)) {
      value = value * 10 + (current - '0');
      if (value > kMaxCaptures) {
        reset(start);
        return false;
      }
      advance();
    }
    if (value > capture_total) {
      reset(start);
      return false;
    }
    *index = (uint32_t)value;
    return true;
  }

  CharClass dot_class() {
    CharClass cls = {};
    if (dot_all) {
      class_add(&cls, 0, kMaxCodePoint);
    } else {
      class_add(&cls, '\n', '\n');
      class_add(&cls, '\r', '\r');
      class_add(&cls, 0x2028, 0x2029);
      class_complement(&cls);
    }
    return cls;
  }

  uint32_t escape_class_node(uint32_t letter) {
    CharClass cls = {};
    class_add_escape(&cls, letter, unicode && ignore_case);
    class_normalize(&cls);
    if (ignore_case) class_close_over_case(&cls, unicode);
    return new_class(cls);
  }

  // A property escape, at its 'p' or 'P': {Name} or {Name=Value}, whose code points are added to
  // `cls`. Names are ASCII letters, digits and '_' (the VM's IsUnicodePropertyValueCharacter);
  // anything else, an unknown name or a missing brace fails with `message`, as on the VM.
  void parse_property(CharClass* cls, const char* message) {
    bool negate = current == 'P';
    advance();
    if (current != '{') fail(message);
    advance();
    char names[2][40];
    size_t lengths[2] = {0, 0};
    int part = 0;
    for (; current != '}'; advance()) {
      if (current == '=' && part == 0) {
        part = 1;
        continue;
      }
      bool name_char = (current >= 'a' && current <= 'z') || (current >= 'A' && current <= 'Z') ||
                       is_decimal_digit(current) || current == '_';
      // No name is 40 characters long: a longer one is unknown.
      if (!name_char || lengths[part] + 1 == sizeof(names[part])) fail(message);
      names[part][lengths[part]++] = (char)current;
    }
    advance();
    names[0][lengths[0]] = 0;
    names[1][lengths[1]] = 0;
    if (!class_add_property(cls, names[0], part == 1 ? names[1] : nullptr, negate)) fail(message);
  }

  // One escape inside a class, after the backslash's position: returns the character.
  uint32_t parse_class_character_escape() {
    advance();  // the backslash
    uint32_t c = current;
    switch (c) {
      case 'b': advance(); return '\b';
      case 'f': advance(); return '\f';
      case 'n': advance(); return '\n';
      case 'r': advance(); return '\r';
      case 't': advance(); return '\t';
      case 'v': advance(); return '\v';
      case 'c': {
        uint32_t control = peek();
        uint32_t letter = control & ~0x20u;
        if (letter >= 'A' && letter <= 'Z') {
          advance(2);
          return control & 0x1F;
        }
        if (unicode) fail("Invalid class escape");
        if (is_decimal_digit(control) || control == '_') {
          advance(2);
          return control & 0x1F;
        }
        return '\\';  // the 'c' is read next, as itself
      }
      case '0':
        if (unicode && !is_decimal_digit(peek())) {
          advance();
          return 0;
        }
        [[fallthrough]];
      case '1': case '2': case '3': case '4': case '5': case '6': case '7':
        if (unicode) fail("Invalid class escape");
        return parse_octal();
      case 'x': {
        advance();
        uint32_t v;
        if (parse_hex(2, &v)) return v;
        if (unicode) fail("Invalid escape");
        return 'x';
      }
      case 'u': {
        advance();
        uint32_t v;
        if (parse_unicode_escape(&v)) return v;
        if (unicode) fail(kUnicodeIdentity);
        return 'u';
      }
      default:
        if (!unicode || is_syntax_char_or_slash(c) || c == '-') {
          advance();
          return c;
        }
        fail(kUnicodeIdentity);
    }
  }

  // One class atom: true when it was a class escape (added to `cls`), else the character.
  bool parse_class_atom(CharClass* cls, uint32_t* c) {
    if (current == '\\') {
      switch (peek()) {
        case 'd': case 'D': case 's': case 'S': case 'w': case 'W':
          class_add_escape(cls, peek(), unicode && ignore_case);
          advance(2);
          return true;
        case 'p': case 'P':
          if (!unicode) break;
          advance();
          parse_property(cls, "Invalid property name in character class");
          return true;
        case kEndMarker:
          fail("\\ at end of pattern");
        default:
          break;
      }
      *c = parse_class_character_escape();
      return false;
    }
    *c = current;
    advance();
    return false;
  }

  uint32_t parse_character_class() {
    advance();  // '['
    bool negated = false;
    if (current == '^') {
      negated = true;
      advance();
    }
    tree->classes.push(CharClass{});
    size_t index = tree->classes.count - 1;
    CharClass cls = {};
    while (current != kEndMarker && current != ']') {
      uint32_t c1 = 0;
      bool is_class1 = parse_class_atom(&cls, &c1);
      if (current == '-') {
        advance();
        if (current == kEndMarker) break;
        if (current == ']') {
          if (!is_class1) class_add(&cls, c1, c1);
          class_add(&cls, '-', '-');
          break;
        }
        uint32_t c2 = 0;
        bool is_class2 = parse_class_atom(&cls, &c2);
        if (is_class1 || is_class2) {
          if (unicode) {
            tree->classes[index] = cls;
            fail("Invalid character class");
          }
          if (!is_class1) class_add(&cls, c1, c1);
          class_add(&cls, '-', '-');
          if (!is_class2) class_add(&cls, c2, c2);
          continue;
        }
        if (c1 > c2) {
          tree->classes[index] = cls;
          fail("Range out of order in character class");
        }
        class_add(&cls, c1, c2);
      } else if (!is_class1) {
        class_add(&cls, c1, c1);
      }
      tree->classes[index] = cls;  // so that a failure releases it
    }
    tree->classes[index] = cls;
    if (current == kEndMarker) fail("Unterminated character class");
    advance();
    class_normalize(&cls);
    if (ignore_case) class_close_over_case(&cls, unicode);
    if (negated) class_complement(&cls);
    tree->classes[index] = cls;
    return new_node(NodeKind::Class, (uint32_t)index);
  }

  uint32_t parse_named_back_reference() {
    if (current != '<') fail("Invalid named reference");
    advance();
    parse_group_name();
    if (inside_named_capture(name.items, name.count)) return new_node(NodeKind::Empty);
    uint32_t node = new_node(NodeKind::BackRef);
    pending.push(PendingNameRef{node, (uint32_t)pending_units.count, (uint32_t)name.count});
    for (size_t i = 0; i < name.count; ++i) pending_units.push(name[i]);
    return node;
  }

  // An atom escape (after "\"), or an assertion (\b \B) with *is_assertion set.
  uint32_t parse_atom_escape(bool* is_assertion) {
    uint32_t next = peek();
    switch (next) {
      case kEndMarker:
        fail("\\ at end of pattern");
      case 'b':
      case 'B':
        advance(2);
        *is_assertion = true;
        return new_node(NodeKind::Assert, next == 'b' ? kWordBoundary : kNotWordBoundary);
      case 'd': case 'D': case 's': case 'S': case 'w': case 'W':
        advance(2);
        return escape_class_node(next);
      case 'p':
      case 'P': {
        if (!unicode) {
          advance(2);
          return new_node(NodeKind::Char, next);
        }
        advance();
        CharClass cls = {};
        parse_property(&cls, "Invalid property name");
        class_normalize(&cls);
        if (ignore_case) class_close_over_case(&cls, unicode);
        return new_class(cls);
      }
      case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9': {
        uint32_t index;
        if (parse_back_reference_index(&index)) {
          if (inside_capture(index)) return new_node(NodeKind::Empty);
          return new_node(NodeKind::BackRef, index);
        }
        if (unicode) fail(kUnicodeIdentity);
        if (next == '8' || next == '9') {
          advance(2);
          return new_node(NodeKind::Char, next);
        }
        advance();
        return new_node(NodeKind::Char, parse_octal());
      }
      case '0':
        advance();
        if (unicode && is_decimal_digit(peek())) fail("Invalid decimal escape");
        return new_node(NodeKind::Char, parse_octal());
      case 'f': advance(2); return new_node(NodeKind::Char, '\f');
      case 'n': advance(2); return new_node(NodeKind::Char, '\n');
      case 'r': advance(2); return new_node(NodeKind::Char, '\r');
      case 't': advance(2); return new_node(NodeKind::Char, '\t');
      case 'v': advance(2); return new_node(NodeKind::Char, '\v');
      case 'c': {
        advance();
        uint32_t control = peek();
        uint32_t letter = control & ~0x20u;
        if (letter < 'A' || letter > 'Z') {
          if (unicode) fail(kUnicodeIdentity);
          return new_node(NodeKind::Char, '\\');  // the 'c' is read next, as itself
        }
        advance(2);
        return new_node(NodeKind::Char, control & 0x1F);
      }
      case 'x': {
        advance(2);
        uint32_t v;
        if (parse_hex(2, &v)) return new_node(NodeKind::Char, v);
        if (unicode) fail(kUnicodeIdentity);
        return new_node(NodeKind::Char, 'x');
      }
      case 'u': {
        advance(2);
        uint32_t v;
        if (parse_unicode_escape(&v)) return new_node(NodeKind::Char, v);
        if (unicode) fail(kUnicodeIdentity);
        return new_node(NodeKind::Char, 'u');
      }
      case 'k':
        if (unicode || has_named_captures) {
          advance(2);
          return parse_named_back_reference();
        }
        [[fallthrough]];
      default:
        advance();
        if (!unicode || is_syntax_char_or_slash(current)) {
          uint32_t c = current;
          advance();
          return new_node(NodeKind::Char, c);
        }
        fail(kUnicodeIdentity);
    }
  }

  uint32_t parse_group(int depth) {
    if (depth >= kMaxNesting) fail(kTooDeep);
    advance();  // '('
    NodeKind kind = NodeKind::Capture;
    bool behind = false, negative = false, named = false;
    if (current == '?') {
      switch (peek()) {
        case ':':
          advance(2);
          kind = NodeKind::Group;
          break;
        case '=':
        case '!':
          negative = peek() == '!';
          advance(2);
          kind = NodeKind::Look;
          break;
        case '<':
          advance();
          if (peek() == '=' || peek() == '!') {
            negative = peek() == '!';
            advance(2);
            kind = NodeKind::Look;
            behind = true;
            break;
          }
          advance();
          named = true;
          break;
        default:
          fail("Invalid group");
      }
    }
    OpenGroup group = {0, -1};
    uint32_t captures_before = captures_started;
    if (kind == NodeKind::Capture) {
      if (captures_started >= kMaxCaptures) fail("Too many captures");
      group.capture = ++captures_started;
      if (named) {
        parse_group_name();
        if (find_name(name.items, name.count) >= 0) fail("Duplicate capture group name");
        tree->name_groups.push(group.capture);
        for (size_t i = 0; i < name.count; ++i) tree->name_units.push(name[i]);
        tree->name_starts.push((uint32_t)tree->name_units.count);
        group.name = (int32_t)tree->name_groups.count - 1;
      }
    }
    open.push(group);
    uint32_t body = parse_disjunction(depth + 1);
    if (current != ')') fail("Unterminated group");
    advance();
    open.pop();
    if (group.name >= 0) tree->name_order.push((uint32_t)group.name);
    uint32_t node = new_wrapper(kind, body, group.capture);
    Node& n = tree->nodes[node];
    n.behind = behind;
    n.negative = negative;
    n.capture_from = captures_before + 1;
    n.capture_count = captures_started - captures_before;
    return node;
  }

  // A term: an assertion, or an atom with an optional quantifier.
  uint32_t parse_term(int depth) {
    uint32_t atom;
    switch (current) {
      case '^':
        advance();
        return new_node(NodeKind::Assert, multi_line ? kLineStart : kStart);
      case '$':
        advance();
        return new_node(NodeKind::Assert, multi_line ? kLineEnd : kEnd);
      case '*':
      case '+':
      case '?':
        fail("Nothing to repeat");
      case '.':
        advance();
        atom = new_class(dot_class());
        break;
      case '(':
        atom = parse_group(depth);
        break;
      case '[':
        atom = parse_character_class();
        break;
      case '\\': {
        bool is_assertion = false;
        atom = parse_atom_escape(&is_assertion);
        if (is_assertion) return atom;
        break;
      }
      case '{': {
        int64_t a, b;
        if (parse_interval(&a, &b)) fail("Nothing to repeat");
        if (unicode) fail("Lone quantifier brackets");
        advance();
        atom = new_node(NodeKind::Char, '{');
        break;
      }
      case '}':
      case ']':
        if (unicode) fail("Lone quantifier brackets");
        [[fallthrough]];
      default:
        atom = new_node(NodeKind::Char, current);
        advance();
        break;
    }
    int64_t min, max;
    switch (current) {
      case '*': min = 0; max = kInfinity; advance(); break;
      case '+': min = 1; max = kInfinity; advance(); break;
      case '?': min = 0; max = 1; advance(); break;
      case '{':
        if (!parse_interval(&min, &max)) return atom;
        if (max < min) fail("numbers out of order in {} quantifier.");
        break;
      default:
        return atom;
    }
    bool greedy = true;
    if (current == '?') {
      greedy = false;
      advance();
    }
    const Node& a = tree->nodes[atom];
    if (a.kind == NodeKind::Look && (unicode || a.behind)) fail("invalid quantifier.");
    // Every iteration resets the captures inside the atom (a Capture atom counts itself).
    uint32_t from = a.capture_from, count = a.capture_count;
    uint32_t q = new_wrapper(NodeKind::Quant, atom);
    Node& n = tree->nodes[q];
    n.min = (int32_t)min;
    n.max = max == kInfinity ? -1 : (int32_t)max;
    n.greedy = greedy;
    n.capture_from = from;
    n.capture_count = count;
    return q;
  }

  uint32_t parse_alternative(int depth) {
    size_t mark = stack.count;
    while (current != kEndMarker && current != '|' && current != ')') {
      uint32_t term = parse_term(depth);
      stack.push(term);
    }
    if (stack.count == mark) return new_node(NodeKind::Empty);
    if (stack.count == mark + 1) return stack.pop();
    return new_parent(NodeKind::Seq, mark);
  }

  uint32_t parse_disjunction(int depth) {
    size_t mark = stack.count;
    for (;;) {
      uint32_t alternative = parse_alternative(depth);
      stack.push(alternative);
      if (current != '|') break;
      advance();
    }
    if (stack.count == mark + 1) return stack.pop();
    return new_parent(NodeKind::Alt, mark);
  }

  void resolve_named_references() {
    for (size_t i = 0; i < pending.count; ++i) {
      const PendingNameRef& ref = pending[i];
      int32_t n = find_name(&pending_units[ref.name_start], ref.name_length);
      if (n < 0) fail("Invalid named capture referenced");
      tree->nodes[ref.node].value = tree->name_groups[n];
    }
  }

  void release() {
    stack.release();
    open.release();
    pending.release();
    pending_units.release();
    name.release();
  }
};

}  // namespace

bool parse(const StrView& source, uint32_t flags, Tree* tree, const char** error) {
  *tree = Tree{};
  tree->name_starts.push(0);
  Parser* p = static_cast<Parser*>(xcalloc(1, sizeof(Parser)));
  p->in = source;
  p->unicode = flags & kUnicode;
  p->ignore_case = flags & kIgnoreCase;
  p->multi_line = flags & kMultiLine;
  p->dot_all = flags & kDotAll;
  p->tree = tree;
  p->scan_for_captures();
  p->advance();
  if (setjmp(p->on_error) != 0) {
    *error = p->error;
    p->release();
    free(p);
    tree->release();
    return false;
  }
  uint32_t root = p->parse_disjunction(0);
  if (p->current == ')') p->fail("Unmatched ')'");
  p->resolve_named_references();
  tree->root = root;
  tree->capture_count = p->captures_started;
  p->release();
  free(p);
  return true;
}

}  // namespace regexp
}  // namespace dartrt
