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
  if (c > 0xFFFF) return c;
  if (unicode) {
    // Simple case folding (CaseFolding.txt, C and S) for the covered scripts.
    switch (c) {
      case 0x130:
      case 0x131:
        return c;
      case 0x17F:
        return 's';
      case 0x212A:
        return 'k';
      case 0x212B:
        return 0xE5;
      case 0x3C2:
        return 0x3C3;
      case 0xB5:
        return 0x3BC;
      default:
        return to_lower_unit(c);
    }
  }
  // ECMAScript Canonicalize: the upper case, unless that maps a non-ASCII character to ASCII.
  uint32_t u = to_upper_unit(c);
  if (c >= 128 && u < 128) return c;
  return u;
}

namespace {

// Characters whose case equivalents the simple candidates below (upper, lower and their
// round trips) would miss.
const uint32_t kCaseExtras[] = {0xB5, 0x39C, 0x3BC, 0x3C2, 0x3C3, 0x3A3, 0x17F, 's', 'S',
                                0x212A, 'k', 'K', 0x212B, 0xE5, 0xC5, 0x130, 0x131, 'i', 'I'};

}  // namespace

size_t case_equivalents(uint32_t c, bool unicode, uint32_t* out) {
  uint32_t key = canonicalize(c, unicode);
  uint32_t candidates[8 + sizeof(kCaseExtras) / sizeof(kCaseExtras[0])];
  size_t n = 0;
  uint32_t up = to_upper_unit(c), low = to_lower_unit(c);
  candidates[n++] = c;
  candidates[n++] = up;
  candidates[n++] = low;
  candidates[n++] = to_lower_unit(up);
  candidates[n++] = to_upper_unit(low);
  candidates[n++] = key;
  for (uint32_t extra : kCaseExtras) candidates[n++] = extra;
  size_t count = 0;
  for (size_t i = 0; i < n; ++i) {
    uint32_t x = candidates[i];
    if (canonicalize(x, unicode) != key) continue;
    bool seen = false;
    for (size_t j = 0; j < count; ++j) seen |= out[j] == x;
    if (!seen) out[count++] = x;
  }
  return count;
}

void class_close_over_case(CharClass* cls, bool unicode) {
  class_normalize(cls);
  // Only these code points have case equivalents in the runtime's tables.
  static const Range kCased[] = {{0, 0x45F}, {0x2126, 0x212B}};
  CharClass added = {};
  uint32_t eq[32];
  for (const Range& span : kCased) {
    for (uint32_t c = span.from; c <= span.to; ++c) {
      if (!cls->contains(c)) continue;
      size_t n = case_equivalents(c, unicode, eq);
      for (size_t i = 0; i < n; ++i) {
        if (eq[i] != c) class_add(&added, eq[i], eq[i]);
      }
    }
  }
  for (size_t i = 0; i < added.ranges.count; ++i) cls->ranges.push(added.ranges[i]);
  added.ranges.release();
  class_normalize(cls);
}

}  // namespace regexp
}  // namespace dartrt
