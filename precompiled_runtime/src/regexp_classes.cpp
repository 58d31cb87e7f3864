// Character sets of the RegExp engine: ranges, union, complement, the class escapes (\d \s \w)
// and closure under ECMAScript's case equivalence for ignoreCase patterns.
#include "regexp.h"
#include "regexp_internal.h"

namespace dartrt {
namespace regexp {

bool CharClass::contains(uint32_t c) const {
  size_t lo = 0, hi = ranges.count;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    const Range& r = ranges.items[mid];
    if (c < r.from) {
      hi = mid;
    } else if (c > r.to) {
      lo = mid + 1;
    } else {
      return true;
    }
  }
  return false;
}

void class_add(CharClass* cls, uint32_t from, uint32_t to) { cls->ranges.push(Range{from, to}); }

// Sorts and merges overlapping or adjacent ranges (insertion sort: classes are small).
void class_normalize(CharClass* cls) {
  Vec<Range>& r = cls->ranges;
  for (size_t i = 1; i < r.count; ++i) {
    Range x = r[i];
    size_t j = i;
    while (j > 0 && (r[j - 1].from > x.from || (r[j - 1].from == x.from && r[j - 1].to > x.to))) {
      r[j] = r[j - 1];
      --j;
    }
    r[j] = x;
  }
  size_t out = 0;
  for (size_t i = 0; i < r.count; ++i) {
    if (out > 0 && r[i].from <= r[out - 1].to + 1) {
      if (r[i].to > r[out - 1].to) r[out - 1].to = r[i].to;
    } else {
      r[out++] = r[i];
    }
  }
  r.count = out;
}

void class_complement(CharClass* cls) {
  class_normalize(cls);
  Vec<Range> result = {};
  uint32_t next = 0;
  for (size_t i = 0; i < cls->ranges.count; ++i) {
    const Range& r = cls->ranges[i];
    if (r.from > next) result.push(Range{next, r.from - 1});
    next = r.to + 1;
  }
  if (next <= kMaxCodePoint) result.push(Range{next, kMaxCodePoint});
  cls->ranges.release();
  cls->ranges = result;
}

void class_add_escape(CharClass* cls, uint32_t letter, bool unicode_ignore_case) {
  CharClass positive = {};
  switch (letter | 0x20) {
    case 'd':
      class_add(&positive, '0', '9');
      break;
    case 's':
      class_add(&positive, 9, 13);
      class_add(&positive, ' ', ' ');
      class_add(&positive, 0xA0, 0xA0);
      class_add(&positive, 0x1680, 0x1680);
      class_add(&positive, 0x2000, 0x200A);
      class_add(&positive, 0x2028, 0x2029);
      class_add(&positive, 0x202F, 0x202F);
      class_add(&positive, 0x205F, 0x205F);
      class_add(&positive, 0x3000, 0x3000);
      class_add(&positive, 0xFEFF, 0xFEFF);
      break;
    default:  // 'w'
      class_add(&positive, '0', '9');
      class_add(&positive, 'A', 'Z');
      class_add(&positive, '_', '_');
      class_add(&positive, 'a', 'z');
      // Under /iu, long s and the Kelvin sign fold into \w (so \W must exclude them too).
      if (unicode_ignore_case) {
        class_add(&positive, 0x17F, 0x17F);
        class_add(&positive, 0x212A, 0x212A);
      }
      break;
  }
  if (letter >= 'A' && letter <= 'Z') class_complement(&positive);
  for (size_t i = 0; i < positive.ranges.count; ++i) cls->ranges.push(positive.ranges[i]);
  positive.ranges.release();
}

uint32_t canonicalize(uint32_t c, bool unicode) {
  // Outside unicode mode the matcher compares code units; in it, code points (Deseret's letters,
  // U+10400..U+1044F, are the only supplementary ones with case in the tables).
  if (c > 0xFFFF && !unicode) return c;
  if (unicode) {
    // Simple case folding (CaseFolding.txt, C and S). Over the tables' characters it is the lower
    // case of the upper case (so the symbol variants ϐ ϑ ϕ ϖ ϰ ϱ ϵ ẛ ι and the final sigma fold
    // with their letters), except for the dotted and dotless i, which fold to themselves;
    // tools/unicode/case_tables.py's data was checked against CaseFolding.txt for this.
    if (c == 0x130 || c == 0x131) return c;
    return to_lower_code_point(to_upper_code_point(c));
  }
  // ECMAScript Canonicalize: the upper case, unless that maps a non-ASCII character to ASCII.
  uint32_t u = to_upper_code_point(c);
  if (c >= 128 && u < 128) return c;
  return u;
}

size_t case_equivalents(uint32_t c, bool unicode, uint32_t* out) {
  // The characters equivalent to `c` are reachable from it through the case mappings, forwards
  // and backwards (ϴ folds to θ, whose upper case Θ is also the upper case of ϑ): close the set
  // over both, backwards through the tables' preimages, then keep those with `c`'s canonical form.
  uint32_t key = canonicalize(c, unicode);
  uint32_t seen[64];
  size_t n = 0;
  auto add = [&](uint32_t x) {
    for (size_t i = 0; i < n; ++i) {
      if (seen[i] == x) return;
    }
    if (n < sizeof(seen) / sizeof(seen[0])) seen[n++] = x;
  };
  add(c);
  add(key);
  for (size_t i = 0; i < n; ++i) {
    uint32_t x = seen[i];
    add(to_upper_code_point(x));
    add(to_lower_code_point(x));
    uint32_t pre[8];
    for (int upper = 0; upper < 2; ++upper) {
      size_t found = case_preimages(x, upper != 0, pre, 8);
      for (size_t k = 0; k < found && k < 8; ++k) add(pre[k]);
    }
  }
  size_t count = 0;
  for (size_t i = 0; i < n; ++i) {
    if (canonicalize(seen[i], unicode) == key && count < kMaxCaseEquivalents) out[count++] = seen[i];
  }
  return count;
}

namespace {

struct CaseClosure {
  CharClass* cls;
  CharClass added;
  bool unicode;
};

void close_span(uint32_t from, uint32_t to, void* context) {
  auto* closure = static_cast<CaseClosure*>(context);
  uint32_t eq[kMaxCaseEquivalents];
  for (uint32_t c = from; c <= to && (closure->unicode || c <= 0xFFFF); ++c) {
    if (!closure->cls->contains(c)) continue;
    size_t n = case_equivalents(c, closure->unicode, eq);
    for (size_t i = 0; i < n; ++i) {
      if (eq[i] != c) class_add(&closure->added, eq[i], eq[i]);
    }
  }
}

}  // namespace

void class_close_over_case(CharClass* cls, bool unicode) {
  class_normalize(cls);
  // Only the code points of the case tables' spans (and the ones those map to, which are in the
  // other table's spans) have case equivalents.
  CaseClosure closure = {cls, {}, unicode};
  for_each_cased_span(close_span, &closure);
  CharClass added = closure.added;
  for (size_t i = 0; i < added.ranges.count; ++i) cls->ranges.push(added.ranges[i]);
  added.ranges.release();
  class_normalize(cls);
}

}  // namespace regexp
}  // namespace dartrt
