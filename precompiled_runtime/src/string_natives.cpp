// String natives: allocation, concatenation, equality, hashing, comparison, substrings.
//
// Representation invariant (abi.h): two-byte only when some code unit is above 0xFF, so equal
// strings have equal representations and one-byte data can be compared with memcmp.
#include "heap.h"
#include "process_exit.h"
#include "region.h"
#include "dart_string.h"

namespace dartrt {

namespace {

const uint8_t kNullText[] = {'n', 'u', 'l', 'l'};

[[noreturn]] void not_a_string(dart_word s) {
  uint32_t cid = (s & DART_SMI_TAG) ? dartrt_builtin_cids.int_cid : dart_header_cid(reinterpret_cast<DartObject*>(s)->header);
  fatal("expected a String, got a value of class id %u (%#llx)", cid, static_cast<unsigned long long>(s));
}

inline DartString* as_string(dart_word s) { return reinterpret_cast<DartString*>(s); }

// Copies n <= 16 bytes with at most two fixed-size moves from each end, which may overlap (a
// plain byte loop would become a memcpy call again). Reads and writes stay inside [0, n).
inline void copy_short(uint8_t* out, const uint8_t* in, size_t n) {
  if (n >= 8) {
    uint64_t a, b;
    memcpy(&a, in, 8);
    memcpy(&b, in + n - 8, 8);
    memcpy(out, &a, 8);
    memcpy(out + n - 8, &b, 8);
  } else if (n >= 4) {
    uint32_t a, b;
    memcpy(&a, in, 4);
    memcpy(&b, in + n - 4, 4);
    memcpy(out, &a, 4);
    memcpy(out + n - 4, &b, 4);
  } else if (n > 0) {
    uint8_t first = in[0], middle = in[n / 2], last = in[n - 1];
    out[0] = first;
    out[n / 2] = middle;
    out[n - 1] = last;
  }
}

}  // namespace

bool fits_one_byte(const StrView& v, size_t from, size_t to) {
  if (v.one) return true;
  for (size_t i = from; i < to; ++i) {
    if (v.two[i] > 0xFF) return false;
  }
  return true;
}

void copy_units(DartString* s, size_t at, const StrView& v, size_t from, size_t to, bool two_byte) {
  size_t n = to - from;
  if (two_byte) {
    uint16_t* out = const_cast<uint16_t*>(dart_two_byte_data(s)) + at;
    if (v.two) {
      memcpy(out, v.two + from, n * 2);
    } else {
      for (size_t i = 0; i < n; ++i) out[i] = v.one[from + i];
    }
  } else {
    uint8_t* out = const_cast<uint8_t*>(dart_one_byte_data(s)) + at;
    if (v.one) {
      memcpy(out, v.one + from, n);
    } else {
      for (size_t i = 0; i < n; ++i) out[i] = (uint8_t)v.two[from + i];
    }
  }
}

StrView string_view(dart_word s) {
  if (s == DART_NULL) return StrView{kNullText, nullptr, 4};
  if (s & DART_SMI_TAG) not_a_string(s);
  DartString* str = as_string(s);
  uint32_t cid = dart_header_cid(str->header);
  if (cid == dartrt_builtin_cids.one_byte_string_cid) return StrView{dart_one_byte_data(str), nullptr, str->length};
  if (cid == dartrt_builtin_cids.two_byte_string_cid) return StrView{nullptr, dart_two_byte_data(str), str->length};
  not_a_string(s);
}

bool string_fits(bool two_byte, size_t length) {
  return length <= kMaxStringLength && allocation_fits(length, two_byte ? 2 : 1, sizeof(DartString));
}

namespace {

// Strings up to this length always pass string_fits when the heap can hold anything at all
// (allocation_fits says so for small objects); skipping the call saves a function call and the
// isolate lookup on every short string (number texts, substrings, interpolations). With a heap
// limit below 64 KiB, the allocation itself then fails with the same out-of-memory outcome.
constexpr size_t kAlwaysFitsLength = 4096;

DartString* allocate_string(bool two_byte, size_t length, bool may_fail) {
  uint64_t size = sizeof(DartString) + length * (two_byte ? 2 : 1);
  if (length > kAlwaysFitsLength && !string_fits(two_byte, length)) {
    if (may_fail) return nullptr;
    out_of_memory(length > UINT32_MAX ? UINT64_MAX : size);  // the heap-exhaustion report
  }
  uint32_t cid = two_byte ? dartrt_builtin_cids.two_byte_string_cid : dartrt_builtin_cids.one_byte_string_cid;
  DartString* s = reinterpret_cast<DartString*>(allocate_object(size, cid, may_fail));
  if (s) s->length = (uint32_t)length;
  return s;
}

}  // namespace

DartString* string_try_alloc(bool two_byte, size_t length) { return allocate_string(two_byte, length, true); }

DartString* string_alloc(bool two_byte, size_t length) { return allocate_string(two_byte, length, false); }

dart_word string_from_latin1(const char* text, size_t length) {
  DartString* s = string_alloc(false, length);
  memcpy(const_cast<uint8_t*>(dart_one_byte_data(s)), text, length);
  return reinterpret_cast<dart_word>(s);
}

uint32_t string_hash_of(const StrView& v) {
  uint32_t hash = 0;
  if (v.one) {
    for (size_t i = 0; i < v.length; ++i) hash = dart_hash_combine(hash, v.one[i]);
  } else {
    for (size_t i = 0; i < v.length; ++i) hash = dart_hash_combine(hash, v.two[i]);
  }
  return dart_hash_finalize(hash);
}

}  // namespace dartrt

using namespace dartrt;

extern "C" {

dart_word dartrt_string_new_one_byte(int64_t length) {
  return reinterpret_cast<dart_word>(string_alloc(false, length > 0 ? (size_t)length : 0));
}

dart_word dartrt_string_new_two_byte(int64_t length) {
  return reinterpret_cast<dart_word>(string_alloc(true, length > 0 ? (size_t)length : 0));
}

dart_word dartrt_string_concat(dart_word a, dart_word b) {
  dart_word parts[2] = {a, b};
  return dartrt_string_concat_n(parts, 2);
}

dart_word dartrt_string_concat_n(const dart_word* parts, int64_t count) {
  size_t length = 0;  // each part is at most kMaxStringLength long: no overflow before the check
  bool two_byte = false;
  for (int64_t i = 0; i < count; ++i) {
    StrView v = string_view(parts[i]);
    length += v.length;
    if (length > kMaxStringLength) return DART_NULL;
    if (v.two) two_byte = true;  // canonical: a two-byte part has a unit above 0xFF
  }
  if (count == 1) {
    if (parts[0] != DART_NULL) return parts[0];
  }
  // Allocation may collect; the parts stay alive through `parts` (the caller's stack or a heap
  // array) and do not move.
  DartString* s = string_try_alloc(two_byte, length);
  if (!s) return DART_NULL;
  if (!two_byte) {
    // All one-byte (the usual case): short parts (numbers, separators, single characters from
    // StringBuffer and JSON encoding) are copied inline rather than by a memcpy call each.
    uint8_t* out = const_cast<uint8_t*>(dart_one_byte_data(s));
    for (int64_t i = 0; i < count; ++i) {
      StrView v = string_view(parts[i]);
      if (v.length <= 16) {
        copy_short(out, v.one, v.length);
      } else {
        memcpy(out, v.one, v.length);
      }
      out += v.length;
    }
    return reinterpret_cast<dart_word>(s);
  }
  size_t at = 0;
  for (int64_t i = 0; i < count; ++i) {
    StrView v = string_view(parts[i]);
    copy_units(s, at, v, 0, v.length, two_byte);
    at += v.length;
  }
  return reinterpret_cast<dart_word>(s);
}

int dartrt_string_equals(dart_word a, dart_word b) {
  if (a == b) return 1;
  if (a == DART_NULL || b == DART_NULL) return 0;
  StrView x = string_view(a), y = string_view(b);
  if (x.length != y.length) return 0;
  uint32_t ha = as_string(a)->hash, hb = as_string(b)->hash;
  if (ha && hb && ha != hb) return 0;
  if (x.one && y.one) return memcmp(x.one, y.one, x.length) == 0;
  if (x.two && y.two) return memcmp(x.two, y.two, x.length * 2) == 0;
  for (size_t i = 0; i < x.length; ++i) {
    if (x.at(i) != y.at(i)) return 0;
  }
  return 1;
}

uint32_t dartrt_string_hash(dart_word s) {
  if (s != DART_NULL) {
    uint32_t cached = as_string(s)->hash;
    if (cached) return cached;
  }
  uint32_t hash = string_hash_of(string_view(s));
  // Only heap strings take the cache: literals are read-only data (codegen stores their hash).
  if (s != DART_NULL && region_contains(s)) as_string(s)->hash = hash;
  return hash;
}

int64_t dartrt_string_compare(dart_word a, dart_word b) {
  StrView x = string_view(a), y = string_view(b);
  size_t n = x.length < y.length ? x.length : y.length;
  if (x.one && y.one) {
    int c = memcmp(x.one, y.one, n);
    if (c != 0) return c < 0 ? -1 : 1;
  } else {
    for (size_t i = 0; i < n; ++i) {
      uint32_t u = x.at(i), v = y.at(i);
      if (u != v) return u < v ? -1 : 1;
    }
  }
  if (x.length == y.length) return 0;
  return x.length < y.length ? -1 : 1;
}

dart_word dartrt_string_substring(dart_word s, int64_t start, int64_t end) {
  StrView v = string_view(s);
  if (start < 0 || end < start || (size_t)end > v.length) {
    fatal("substring(%lld, %lld) out of range for length %zu", (long long)start, (long long)end, v.length);
  }
  if (start == 0 && (size_t)end == v.length && s != DART_NULL) return s;
  bool two_byte = !fits_one_byte(v, (size_t)start, (size_t)end);
  DartString* r = string_alloc(two_byte, (size_t)(end - start));
  v = string_view(s);  // (the view stays valid: nothing moves; re-read for clarity)
  copy_units(r, 0, v, (size_t)start, (size_t)end, two_byte);
  return reinterpret_cast<dart_word>(r);
}

int64_t dartrt_string_code_unit_at(dart_word s, int64_t index) {
  StrView v = string_view(s);
  return v.at((size_t)index);
}

dart_word dartrt_string_from_char_code(int64_t code_point) {
  if (code_point < 0 || code_point > 0x10FFFF) fatal("invalid code point %lld", (long long)code_point);
  if (code_point <= 0xFF) {
    DartString* s = string_alloc(false, 1);
    const_cast<uint8_t*>(dart_one_byte_data(s))[0] = (uint8_t)code_point;
    return reinterpret_cast<dart_word>(s);
  }
  if (code_point <= 0xFFFF) {
    DartString* s = string_alloc(true, 1);
    const_cast<uint16_t*>(dart_two_byte_data(s))[0] = (uint16_t)code_point;
    return reinterpret_cast<dart_word>(s);
  }
  DartString* s = string_alloc(true, 2);
  uint16_t* out = const_cast<uint16_t*>(dart_two_byte_data(s));
  out[0] = (uint16_t)(0xD800 + ((code_point - 0x10000) >> 10));
  out[1] = (uint16_t)(0xDC00 + ((code_point - 0x10000) & 0x3FF));
  return reinterpret_cast<dart_word>(s);
}

}  // extern "C"
