// libFuzzer target over the runtime natives that parse or format (docs/runtime-errors.md):
// double.parse's scanner, number formatting, UTF-8 decoding and encoding, and the string
// natives. The runtime's sources are compiled into this target with ASan and UBSan. The first
// input byte picks an operation; the rest is its operand. Arguments are what the core library
// would pass after its own checks (natives never see an out-of-range index), and results are
// checked against properties that must hold (a formatted double parses back to itself, equal
// strings hash equally, ...): a violation traps, so the fuzzer reports logic errors too.
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dart_string.h"
#include "fixture.h"
#include "heap.h"

// The program tables (class table, builtin class ids, statics) are the runtime unit tests'
// fixture's (tests/runtime/fixture.cpp).

namespace {

using namespace dartrt;

void check(bool ok) {
  if (!ok) __builtin_trap();
}

// Reads the input front to back; past the end everything is zero.
struct Input {
  const uint8_t* at;
  const uint8_t* end;
  uint8_t byte() { return at < end ? *at++ : 0; }
  uint64_t u64() {
    uint64_t v = 0;
    for (int i = 0; i < 8; ++i) v = v << 8 | byte();
    return v;
  }
  size_t left() const { return (size_t)(end - at); }
};

StrView view(dart_word s) { return string_view(s); }

bool same_units(dart_word a, dart_word b) {
  StrView x = view(a), y = view(b);
  if (x.length != y.length) return false;
  for (size_t i = 0; i < x.length; ++i) {
    if (x.at(i) != y.at(i)) return false;
  }
  return true;
}

// A string from the rest of the input: Latin-1 bytes, or (odd first byte) UTF-16 code units,
// kept canonical as the runtime requires (two-byte only when some unit is above 0xFF).
dart_word string_from(Input& in, size_t max_units) {
  bool utf16 = in.byte() & 1;
  size_t n = utf16 ? in.left() / 2 : in.left();
  if (n > max_units) n = max_units;
  uint16_t* units = static_cast<uint16_t*>(malloc((n ? n : 1) * sizeof(uint16_t)));
  bool two = false;
  for (size_t i = 0; i < n; ++i) {
    units[i] = utf16 ? (uint16_t)(in.byte() << 8 | in.byte()) : in.byte();
    if (units[i] > 0xFF) two = true;
  }
  DartString* s = string_alloc(two, n);
  for (size_t i = 0; i < n; ++i) {
    if (two) const_cast<uint16_t*>(dart_two_byte_data(s))[i] = units[i];
    else const_cast<uint8_t*>(dart_one_byte_data(s))[i] = (uint8_t)units[i];
  }
  free(units);
  return reinterpret_cast<dart_word>(s);
}

// --- Operations ---------------------------------------------------------------------------------

// double.parse: whatever parses must format and parse back to the same double.
void parse_double(Input& in) {
  dart_word text = string_from(in, 4096);
  double value;
  if (!dartrt_double_try_parse(text, &value)) return;
  dart_word formatted = dartrt_double_to_string(value);
  double again;
  check(dartrt_double_try_parse(formatted, &again));
  check(isnan(value) ? isnan(again) : memcmp(&value, &again, sizeof value) == 0);
}

// Formatting a double in every mode the core library allows.
void format_double(Input& in) {
  uint64_t bits = in.u64();
  double value;
  memcpy(&value, &bits, sizeof value);
  int64_t digits = in.byte() % 21;
  dart_word shortest = dartrt_double_to_string(value);
  double again;
  check(dartrt_double_try_parse(shortest, &again));
  check(isnan(value) ? isnan(again) : memcmp(&value, &again, sizeof value) == 0);
  // toStringAsFixed only formats below 1e21 itself (the core library uses toString above).
  if (fabs(value) < 1e21) (void)dartrt_double_to_string_as_fixed(value, digits);
  (void)dartrt_double_to_string_as_exponential(value, digits);
  (void)dartrt_double_to_string_as_exponential(value, -1);
  (void)dartrt_double_to_string_as_precision(value, 1 + digits);
}

void format_int(Input& in) {
  int64_t value = (int64_t)in.u64();
  int64_t radix = 2 + in.byte() % 35;
  dart_word decimal = dartrt_int_to_string(value);
  // Decimal text parses back with strtoll.
  StrView v = view(decimal);
  char text[32];
  check(v.one && v.length < sizeof text);
  memcpy(text, v.one, v.length);
  text[v.length] = 0;
  check(strtoll(text, nullptr, 10) == value);
  dart_word other = dartrt_int_to_radix_string(value, radix);
  StrView r = view(other);
  check(r.one && r.length > 0 && r.length <= 65);  // 64 binary digits and a sign at most
  if (radix == 10) check(same_units(decimal, other));
}

// UTF-8 decoding of arbitrary bytes; what it produces re-encodes and decodes to itself.
void utf8_round_trip(Input& in) {
  size_t n = in.left();
  dart_word s = utf8_decode(in.at, n);
  in.at = in.end;
  StrView v = view(s);
  size_t max = utf8_max_length(v);
  uint8_t* bytes = static_cast<uint8_t*>(malloc(max ? max : 1));
  size_t written = utf8_encode(v, 0, v.length, bytes);
  check(written <= max);
  dart_word again = utf8_decode(bytes, written);
  free(bytes);
  check(same_units(s, again));
}

void string_natives(Input& in) {
  uint8_t op = in.byte();
  size_t split = in.byte();
  // Two strings: the first from a prefix of the rest.
  Input first{in.at, in.at + (split < in.left() ? split : in.left())};
  dart_word a = string_from(first, 512);
  in.at = first.end;
  dart_word b = string_from(in, 512);
  StrView x = view(a), y = view(b);
  int64_t at = x.length ? (int64_t)(split % (x.length + 1)) : 0;
  switch (op % 10) {
    case 0: {
      dart_word ab = dartrt_string_concat(a, b);
      check(ab && view(ab).length == x.length + y.length);
      dart_word parts[3] = {a, b, a};
      dart_word aba = dartrt_string_concat_n(parts, 3);
      check(aba && view(aba).length == 2 * x.length + y.length);
      break;
    }
    case 1: {
      bool equal = dartrt_string_equals(a, b);
      check(equal == same_units(a, b));
      if (equal) check(dartrt_string_hash(a) == dartrt_string_hash(b));
      check(dartrt_string_compare(a, b) == -dartrt_string_compare(b, a));
      check((dartrt_string_compare(a, b) == 0) == equal);
      break;
    }
    case 2: {
      int64_t i = dartrt_string_index_of(a, b, at);
      check(i == -1 || (i >= at && (size_t)i + y.length <= x.length));
      int64_t j = dartrt_string_last_index_of(a, b, at);
      check(j == -1 || (j <= at && (size_t)j + y.length <= x.length));
      break;
    }
    case 3: {
      int64_t end = at + (int64_t)(x.length - (size_t)at) / 2;
      dart_word sub = dartrt_string_substring(a, at, end);
      check(view(sub).length == (size_t)(end - at));
      break;
    }
    case 4: (void)dartrt_string_to_upper_case(a); (void)dartrt_string_to_lower_case(b); break;
    case 5: {
      int64_t times = split % 64;
      dart_word r = dartrt_string_repeat(a, times);
      check(r && view(r).length == x.length * (size_t)times);
      break;
    }
    case 6: {
      // String.fromCharCodes: code points in 0..0x10FFFF from the second string's units.
      DartArray* codes = new_array((int64_t)y.length);
      y = view(b);
      for (size_t i = 0; i < y.length; ++i) {
        uint32_t c = y.at(i) * 17u % 0x110000u;
        dart_array_data(codes)[i] = dart_smi_from(c);
      }
      dart_word s = dartrt_string_from_char_codes(reinterpret_cast<dart_word>(codes), 0, (int64_t)y.length);
      check(s != DART_NULL);
      break;
    }
    case 7: (void)dartrt_string_from_char_code((int64_t)(in.u64() % 0x110000)); break;
    case 8: {
      // UTF-8 of a string (lone surrogates become U+FFFD) decodes to a string of no more units.
      size_t max = utf8_max_length(x);
      uint8_t* bytes = static_cast<uint8_t*>(malloc(max ? max : 1));
      size_t written = utf8_encode(x, 0, x.length, bytes);
      check(written <= max);
      check(view(utf8_decode(bytes, written)).length <= x.length);
      free(bytes);
      break;
    }
    case 9: {
      // A string made only to be hashed and compared against its own copy.
      dart_word copy = dartrt_string_substring(a, 0, (int64_t)x.length);
      check(dartrt_string_equals(a, copy) && dartrt_string_hash(a) == dartrt_string_hash(copy));
      break;
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  // The isolate's stack base is this frame: the inputs run deeper, where the collector's
  // conservative scan sees their values.
  setenv("DARTC_HEAP_LIMIT", "512m", 0);
  test_isolate();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  Input in{data, data + size};
  switch (in.byte() % 5) {
    case 0: parse_double(in); break;
    case 1: format_double(in); break;
    case 2: format_int(in); break;
    case 3: utf8_round_trip(in); break;
    case 4: string_natives(in); break;
  }
  return 0;
}
