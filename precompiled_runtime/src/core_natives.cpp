// Natives of the core library written in Dart (precompiled_runtime/lib): string searching, case
// mapping, repetition and joining, strings from code units, double.tryParse. The Dart side
// validates every argument first (natives never throw); these functions only compute. Those that
// build a string whose length the program controls return null when it cannot exist, and the
// Dart side throws OutOfMemoryError.

#include <time.h>

#include "case_mapping.h"
#include "dart_string.h"
#include "heap.h"
#include "output.h"

namespace dartrt {

namespace {

inline DartArray* as_array(dart_word a) { return reinterpret_cast<DartArray*>(a); }

inline uint16_t* two_data(DartString* s) { return const_cast<uint16_t*>(dart_two_byte_data(s)); }
inline uint8_t* one_data(DartString* s) { return const_cast<uint8_t*>(dart_one_byte_data(s)); }

// First index >= start where `needle` occurs in `hay`, or -1.
int64_t index_of(const StrView& hay, const StrView& needle, size_t start) {
  size_t n = needle.length, h = hay.length;
  if (n == 0) return start <= h ? (int64_t)start : -1;
  if (n > h) return -1;
  if (hay.one && needle.one) {
    const uint8_t first = needle.one[0];
    if (n == 1) {  // split('\n'), indexOf(':'): the memchr alone, no memcmp call per hit
      const void* hit = start < h ? memchr(hay.one + start, first, h - start) : nullptr;
      return hit ? (int64_t)(static_cast<const uint8_t*>(hit) - hay.one) : -1;
    }
    for (size_t i = start; i + n <= h; ++i) {
      const void* hit = memchr(hay.one + i, first, h - n + 1 - i);
      if (!hit) return -1;
      i = (size_t)(static_cast<const uint8_t*>(hit) - hay.one);
      if (memcmp(hay.one + i, needle.one, n) == 0) return (int64_t)i;
    }
    return -1;
  }
  uint32_t first = needle.at(0);
  for (size_t i = start; i + n <= h; ++i) {
    if (hay.at(i) != first) continue;
    size_t k = 1;
    while (k < n && hay.at(i + k) == needle.at(k)) ++k;
    if (k == n) return (int64_t)i;
  }
  return -1;
}

// Last index <= start where `needle` occurs in `hay`, or -1.
int64_t last_index_of(const StrView& hay, const StrView& needle, int64_t start) {
  int64_t n = (int64_t)needle.length, h = (int64_t)hay.length;
  if (start > h - n) start = h - n;
  for (int64_t i = start; i >= 0; --i) {
    int64_t k = 0;
    while (k < n && hay.at((size_t)(i + k)) == needle.at((size_t)k)) ++k;
    if (k == n) return i;
  }
  return -1;
}

}  // namespace

namespace {

// ASCII inline (most text); the tables for the rest.
inline uint32_t map_case(uint32_t c, bool upper) {
  if (c < 0x80) {
    if (upper) return (c >= 'a' && c <= 'z') ? c - 32 : c;
    return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  }
  return upper ? to_upper_code_point(c) : to_lower_code_point(c);
}

dart_word change_case_one_byte(dart_word s, const StrView& v, bool upper) {
  const uint16_t* map = latin1_case_table(upper);
  // Whether anything changes, and whether a result unit needs two bytes: OR-accumulated, so
  // the scan has no branch per unit.
  uint32_t changed = 0, wide = 0;
  for (size_t i = 0; i < v.length; ++i) {
    uint32_t m = map[v.one[i]];
    changed |= m ^ v.one[i];
    wide |= m;
  }
  if (!changed) return s;
  bool two_byte = wide > 0xFF;
  DartString* r = string_alloc(two_byte, v.length);
  const uint8_t* in = dart_one_byte_data(reinterpret_cast<DartString*>(s));  // nothing moves
  if (two_byte) {
    for (size_t i = 0; i < v.length; ++i) two_data(r)[i] = map[in[i]];
  } else {
    for (size_t i = 0; i < v.length; ++i) one_data(r)[i] = (uint8_t)map[in[i]];
  }
  return reinterpret_cast<dart_word>(r);
}

// Maps the code point at `i` (a surrogate pair is one code point, as the VM's CodePointIterator
// reads it; a lone surrogate maps to itself) into `out`; returns how many units it spans (1 or 2).
// A supplementary code point keeps two units: its mapping is also supplementary (Deseret, the
// only supplementary script the tables cover).
size_t map_code_point_at(const StrView& v, size_t i, bool upper, uint16_t out[2]) {
  uint32_t c = v.at(i);
  if ((c & 0xFC00) == 0xD800 && i + 1 < v.length && (v.at(i + 1) & 0xFC00) == 0xDC00) {
    uint32_t trail = v.at(i + 1);
    uint32_t m = map_case(0x10000 + ((c - 0xD800) << 10) + (trail - 0xDC00), upper);
    if (m > 0xFFFF) {
      out[0] = (uint16_t)(0xD800 + ((m - 0x10000) >> 10));
      out[1] = (uint16_t)(0xDC00 + ((m - 0x10000) & 0x3FF));
    } else {
      out[0] = (uint16_t)c;
      out[1] = (uint16_t)trail;
    }
    return 2;
  }
  out[0] = (uint16_t)map_case(c, upper);
  return 1;
}

dart_word change_case(dart_word s, bool upper) {
  // Code point to code point, as the VM's String::ToUpperCase/ToLowerCase do (simple case
  // mappings, runtime/vm/unicode.h CaseMapping): the length never changes, and ß (whose only
  // upper case is the two letters "SS") stays ß.
  StrView v = string_view(s);
  if (v.one && s != DART_NULL) return change_case_one_byte(s, v, upper);
  bool two_byte = false;
  bool changed = false;
  uint16_t units[2];
  for (size_t i = 0; i < v.length;) {
    size_t n = map_code_point_at(v, i, upper, units);
    for (size_t k = 0; k < n; ++k) {
      changed |= units[k] != v.at(i + k);
      two_byte |= units[k] > 0xFF;
    }
    i += n;
  }
  if (!changed) return s;
  DartString* r = string_alloc(two_byte, v.length);
  v = string_view(s);
  for (size_t i = 0; i < v.length;) {
    size_t n = map_code_point_at(v, i, upper, units);
    for (size_t k = 0; k < n; ++k) {
      if (two_byte) two_data(r)[i + k] = units[k]; else one_data(r)[i + k] = (uint8_t)units[k];
    }
    i += n;
  }
  return reinterpret_cast<dart_word>(r);
}

}  // namespace

int64_t string_index_of(const StrView& hay, const StrView& needle, size_t start) { return index_of(hay, needle, start); }

}  // namespace dartrt

using namespace dartrt;

extern "C" {

int64_t dartrt_string_index_of(dart_word s, dart_word pattern, int64_t start) {
  return string_index_of(string_view(s), string_view(pattern), (size_t)start);
}

int64_t dartrt_string_last_index_of(dart_word s, dart_word pattern, int64_t start) {
  return last_index_of(string_view(s), string_view(pattern), start);
}

dart_word dartrt_string_to_upper_case(dart_word s) { return change_case(s, true); }

dart_word dartrt_string_to_lower_case(dart_word s) { return change_case(s, false); }

dart_word dartrt_string_repeat(dart_word s, int64_t times) {
  StrView v = string_view(s);
  if (times <= 0 || v.length == 0) return reinterpret_cast<dart_word>(string_alloc(false, 0));
  if (times == 1) return s;
  bool two_byte = v.two != nullptr;
  if ((uint64_t)times > kMaxStringLength / v.length) return DART_NULL;  // too long (no overflow)
  size_t total = v.length * (size_t)times;
  DartString* r = string_try_alloc(two_byte, total);
  if (!r) return DART_NULL;
  v = string_view(s);
  size_t unit = two_byte ? 2 : 1;
  uint8_t* out = two_byte ? reinterpret_cast<uint8_t*>(two_data(r)) : one_data(r);
  const uint8_t* in = two_byte ? reinterpret_cast<const uint8_t*>(v.two) : v.one;
  size_t bytes = v.length * unit;
  for (int64_t i = 0; i < times; ++i) memcpy(out + (size_t)i * bytes, in, bytes);
  return reinterpret_cast<dart_word>(r);
}

dart_word dartrt_string_concat_array(dart_word array, int64_t count) {
  return dartrt_string_concat_n(dart_array_data(as_array(array)), count);
}

dart_word dartrt_string_concat_range(dart_word array, int64_t start, int64_t end) {
  return dartrt_string_concat_n(dart_array_data(as_array(array)) + start, end - start);
}

void dartrt_array_fill(dart_word array, int64_t start, int64_t end, dart_word value) {
  write_barrier(as_array(array));  // the array may be old (List.fillRange on a long-lived list)
  dart_word* data = dart_array_data(as_array(array));
  for (int64_t i = start; i < end; ++i) data[i] = value;
}

// dart:io's byte strings into a list's array: element i becomes the Smi of byte i (no write
// barrier: Smis are no pointers). The array is exactly as long as the string.
void dartrt_array_fill_from_bytes(dart_word array, dart_word bytes) {
  StrView v = string_view(bytes);
  dart_word* data = dart_array_data(as_array(array));
  for (size_t i = 0; i < v.length; ++i) data[i] = ((dart_word)v.one[i] << 1) | 1;
}

// A string from the code units in elements [start, end) of an array of Smis, each checked by
// the caller to be in 0..0x10FFFF; code points above 0xFFFF become surrogate pairs.
dart_word dartrt_string_from_char_codes(dart_word array, int64_t start, int64_t end) {
  const dart_word* codes = dart_array_data(as_array(array));
  size_t length = 0;
  bool two_byte = false;
  for (int64_t i = start; i < end; ++i) {
    int64_t c = dart_smi_value(codes[i]);
    if (c > 0xFFFF) {
      length += 2;
      two_byte = true;
    } else {
      length += 1;
      if (c > 0xFF) two_byte = true;
    }
  }
  DartString* r = string_try_alloc(two_byte, length);
  if (!r) return DART_NULL;
  codes = dart_array_data(as_array(array));
  size_t j = 0;
  for (int64_t i = start; i < end; ++i) {
    int64_t c = dart_smi_value(codes[i]);
    if (!two_byte) {
      one_data(r)[j++] = (uint8_t)c;
    } else if (c > 0xFFFF) {
      two_data(r)[j++] = (uint16_t)(0xD800 + ((c - 0x10000) >> 10));
      two_data(r)[j++] = (uint16_t)(0xDC00 + ((c - 0x10000) & 0x3FF));
    } else {
      two_data(r)[j++] = (uint16_t)c;
    }
  }
  return reinterpret_cast<dart_word>(r);
}

// double.tryParse: the boxed value, or null when the text is not a double.
dart_word dartrt_double_try_parse_boxed(dart_word s) {
  double value;
  if (!dartrt_double_try_parse(s, &value)) return DART_NULL;
  return dartrt_box_double(value);
}

// stdout.add / stderr.add: the code units of a one-byte string (the Dart side builds it from the
// byte values, each masked to 0..255) written as raw bytes.
void dartrt_write_bytes_of(dart_word latin1, bool to_stderr) {
  StrView v = string_view(latin1);
  if (!v.one) return;
  if (to_stderr) stderr_write(v.one, v.length);
  else stdout_write(v.one, v.length);
}

// Float32List: a double rounded to the nearest float (IEEE round-to-nearest-even).
double dartrt_double_to_float32(double value) { return (double)(float)value; }

// DateTime: the local time zone's offset from UTC in seconds at an instant (seconds since the
// epoch), or, when `is_local`, at a local wall-clock time given as if it were UTC.
int64_t dartrt_local_time_offset(int64_t seconds, bool is_local) {
  time_t t = (time_t)seconds;
  struct tm local;
  if (!localtime_r(&t, &local)) return 0;
  if (!is_local) return local.tm_gmtoff;
  // Local time L: the instant is L - offset(L - offset(L)) (one correction step, like mktime).
  time_t guess = (time_t)(seconds - local.tm_gmtoff);
  if (!localtime_r(&guess, &local)) return 0;
  return local.tm_gmtoff;
}

// Function.apply: dynamic entries match named arguments by the identity of their names, so a
// name built at run time is replaced by the program's parameter-name constant with its text.
dart_word dartrt_canonical_parameter_name(dart_word name) {
  if (&dartrt_parameter_name_count == nullptr || dartrt_parameter_names == nullptr) return name;
  for (uint32_t i = 0; i < dartrt_parameter_name_count; ++i) {
    if (dartrt_string_equals(dartrt_parameter_names[i], name)) return dartrt_parameter_names[i];
  }
  return name;
}

dart_word dartrt_local_time_zone_name(void) {
  time_t t = time(nullptr);
  struct tm local;
  if (!localtime_r(&t, &local) || !local.tm_zone) return string_from_cstring("UTC");
  return string_from_cstring(local.tm_zone);
}

}  // extern "C"
