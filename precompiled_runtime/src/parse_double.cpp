// double.parse / double.tryParse: the Dart VM's accepted syntax with correctly rounded results.
//
// The VM (sdk/lib/_internal/vm/lib/double_patch.dart and runtime/vm/double_conversion.cc) trims
// Unicode whitespace and then accepts exactly
//     [+-]? ( "Infinity" | "NaN" | digits ("." digits?)? | "." digits ) ([eE] [+-]? digits)?
// (double-conversion's StringToDouble without flags). Reading the digits is left to the C
// library's strtod, which rounds correctly (glibc), after the syntax has been checked here.
#include <math.h>
#include <stdlib.h>

#include "dart_string.h"

namespace dartrt {

namespace {

// The whitespace String.trim() removes (and the VM skips around numbers).
bool is_dart_whitespace(uint32_t c) {
  return (c >= 9 && c <= 13) || c == 32 || c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
         c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

bool matches(const StrView& v, size_t at, size_t end, const char* word) {
  size_t n = strlen(word);
  if (end - at != n) return false;
  for (size_t i = 0; i < n; ++i) {
    if (v.at(at + i) != (uint8_t)word[i]) return false;
  }
  return true;
}

inline bool is_digit(uint32_t c) { return c >= '0' && c <= '9'; }

}  // namespace

bool parse_double(const StrView& v, double* out) {
  size_t start = 0, end = v.length;
  while (start < end && is_dart_whitespace(v.at(start))) ++start;
  while (end > start && is_dart_whitespace(v.at(end - 1))) --end;
  if (start == end) return false;
  size_t i = start;
  bool negative = false;
  if (v.at(i) == '+' || v.at(i) == '-') {
    negative = v.at(i) == '-';
    ++i;
  }
  if (matches(v, i, end, "Infinity")) {
    *out = negative ? -INFINITY : INFINITY;
    return true;
  }
  if (matches(v, i, end, "NaN")) {
    *out = NAN;
    return true;
  }
  size_t digits = 0;
  while (i < end && is_digit(v.at(i))) ++i, ++digits;
  if (i < end && v.at(i) == '.') {
    ++i;
    while (i < end && is_digit(v.at(i))) ++i, ++digits;
  }
  if (digits == 0) return false;
  if (i < end && (v.at(i) == 'e' || v.at(i) == 'E')) {
    ++i;
    if (i < end && (v.at(i) == '+' || v.at(i) == '-')) ++i;
    size_t exponent_digits = 0;
    while (i < end && is_digit(v.at(i))) ++i, ++exponent_digits;
    if (exponent_digits == 0) return false;
  }
  if (i != end) return false;
  // Valid: hand the ASCII text to strtod.
  size_t n = end - start;
  char small[128];
  char* text = n < sizeof small ? small : static_cast<char*>(xmalloc(n + 1));
  for (size_t k = 0; k < n; ++k) text[k] = (char)v.at(start + k);
  text[n] = '\0';
  *out = strtod(text, nullptr);
  if (text != small) free(text);
  return true;
}

}  // namespace dartrt

extern "C" int dartrt_double_try_parse(dart_word string, double* result) {
  return dartrt::parse_double(dartrt::string_view(string), result) ? 1 : 0;
}
