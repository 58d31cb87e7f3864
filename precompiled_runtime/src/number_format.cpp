// int and double to text, with the Dart VM's exact output.
//
// The VM formats doubles with double-conversion's DoubleToStringConverter (runtime/vm/
// double_conversion.cc): toString() uses shortest digits, decimal notation for decimal
// exponents in [-6, 21) and exponential otherwise, with "e+" for positive exponents and a ".0"
// on integral values; toStringAsFixed/Exponential/Precision use the fixed, exponential and
// precision modes without trailing-point flags, and never a "unique zero" (so -0.0 keeps its
// sign). The layout rules below are written from that behaviour; the digits come from dtoa.cpp.
#include <math.h>

#include "dtoa.h"
#include "dart_string.h"

namespace dartrt {

namespace {

// A small text builder over a stack buffer (all outputs here are < 128 characters).
struct Text {
  char buffer[160];
  size_t length = 0;

  void put(char c) { buffer[length++] = c; }
  void put(const char* s) {
    while (*s) buffer[length++] = *s++;
  }
  void put(const char* s, size_t n) {
    memcpy(buffer + length, s, n);
    length += n;
  }
  void zeros(int n) {
    for (int i = 0; i < n; ++i) buffer[length++] = '0';
  }
  dart_word finish() const { return string_from_latin1(buffer, length); }
};

// digits * 10^(point - length) in positional notation with `after_point` fraction digits
// (zero-padded). `trailing_zero`: print "1.0" rather than "1" for integral values.
void put_decimal(Text* t, const Digits& d, int after_point, bool trailing_zero) {
  if (d.point <= 0) {
    t->put('0');
    if (after_point > 0) {
      t->put('.');
      t->zeros(-d.point);
      t->put(d.digits, (size_t)d.length);
      t->zeros(after_point + d.point - d.length);
    }
  } else if (d.point >= d.length) {
    t->put(d.digits, (size_t)d.length);
    t->zeros(d.point - d.length);
    if (after_point > 0) {
      t->put('.');
      t->zeros(after_point);
    }
  } else {
    t->put(d.digits, (size_t)d.point);
    t->put('.');
    t->put(d.digits + d.point, (size_t)(d.length - d.point));
    t->zeros(after_point - (d.length - d.point));
  }
  if (after_point == 0 && trailing_zero) t->put(".0");
}

void put_exponential(Text* t, const Digits& d, int length, int exponent) {
  t->put(d.digits[0]);
  if (length > 1) {
    t->put('.');
    t->put(d.digits + 1, (size_t)(length - 1));
  }
  t->put('e');
  if (exponent < 0) {
    t->put('-');
    exponent = -exponent;
  } else {
    t->put('+');
  }
  char reversed[8];
  int n = 0;
  do {
    reversed[n++] = (char)('0' + exponent % 10);
    exponent /= 10;
  } while (exponent);
  while (n) t->put(reversed[--n]);
}

bool put_special(Text* t, double value) {
  if (isnan(value)) {
    t->put("NaN");
    return true;
  }
  if (isinf(value)) {
    t->put(value < 0 ? "-Infinity" : "Infinity");
    return true;
  }
  return false;
}

// Integral doubles below 2^53 have their integer digits as the shortest representation; this is
// the common case (1.0, 100.0, loop counters turned double) and skips the big integers.
bool integral_shortest(double a, Digits* d) {
  if (!(a < 9007199254740992.0) || a != floor(a)) return false;
  uint64_t v = (uint64_t)a;
  char reversed[24];
  int n = 0;
  while (v) {
    reversed[n++] = (char)('0' + v % 10);
    v /= 10;
  }
  d->point = n;
  int skip = 0;
  while (skip < n - 1 && reversed[skip] == '0') ++skip;
  d->length = 0;
  for (int i = n - 1; i >= skip; --i) d->digits[d->length++] = reversed[i];
  return true;
}

void shortest(double a, Digits* d) {
  if (!integral_shortest(a, d)) shortest_digits(a, d);
}

void format_shortest(Text* t, double value) {
  if (put_special(t, value)) return;
  if (signbit(value)) t->put('-');
  double a = fabs(value);
  if (a == 0) {
    t->put("0.0");
    return;
  }
  Digits d;
  shortest(a, &d);
  int exponent = d.point - 1;
  if (exponent >= -6 && exponent < 21) {
    int after = d.length - d.point;
    put_decimal(t, d, after > 0 ? after : 0, true);
  } else {
    put_exponential(t, d, d.length, exponent);
  }
}

}  // namespace

}  // namespace dartrt

using namespace dartrt;

extern "C" {

dart_word dartrt_int_to_string(int64_t value) {
  char buffer[24];
  char* p = buffer + sizeof buffer;
  // Work on the magnitude as unsigned so INT64_MIN needs no special case.
  uint64_t magnitude = value < 0 ? 0 - (uint64_t)value : (uint64_t)value;
  do {
    *--p = (char)('0' + magnitude % 10);
    magnitude /= 10;
  } while (magnitude);
  if (value < 0) *--p = '-';
  return string_from_latin1(p, (size_t)(buffer + sizeof buffer - p));
}

dart_word dartrt_int_to_radix_string(int64_t value, int64_t radix) {
  static const char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  if (radix < 2 || radix > 36) fatal("toRadixString: radix %lld out of range", (long long)radix);
  char buffer[72];
  char* p = buffer + sizeof buffer;
  uint64_t magnitude = value < 0 ? 0 - (uint64_t)value : (uint64_t)value;
  do {
    *--p = kDigits[magnitude % (uint64_t)radix];
    magnitude /= (uint64_t)radix;
  } while (magnitude);
  if (value < 0) *--p = '-';
  return string_from_latin1(p, (size_t)(buffer + sizeof buffer - p));
}

dart_word dartrt_double_to_string(double value) {
  Text t;
  format_shortest(&t, value);
  return t.finish();
}

dart_word dartrt_double_to_string_as_fixed(double value, int64_t fraction_digits) {
  Text t;
  // The VM's Dart code: NaN first, then values of 1e21 and beyond (infinities too) print like
  // toString().
  if (isnan(value)) {
    t.put("NaN");
    return t.finish();
  }
  if (value >= 1e21 || value <= -1e21) {
    format_shortest(&t, value);
    return t.finish();
  }
  int f = (int)fraction_digits;
  if (signbit(value)) t.put('-');
  Digits d;
  fixed_digits(fabs(value), f, &d);
  if (d.length == 1 && d.digits[0] == '0') {
    t.put('0');
    if (f > 0) {
      t.put('.');
      t.zeros(f);
    }
    return t.finish();
  }
  if (d.length <= f) {
    // 0.000ddd: the integer part is 0.
    t.put('0');
    t.put('.');
    t.zeros(f - d.length);
    t.put(d.digits, (size_t)d.length);
    return t.finish();
  }
  t.put(d.digits, (size_t)(d.length - f));
  if (f > 0) {
    t.put('.');
    t.put(d.digits + d.length - f, (size_t)f);
  }
  return t.finish();
}

dart_word dartrt_double_to_string_as_exponential(double value, int64_t fraction_digits) {
  Text t;
  if (put_special(&t, value)) return t.finish();
  if (signbit(value)) t.put('-');
  double a = fabs(value);
  Digits d;
  if (fraction_digits < 0) {
    if (a == 0) {
      d.digits[0] = '0';
      d.length = 1;
      d.point = 1;
    } else {
      shortest(a, &d);
    }
  } else {
    counted_digits(a, (int)fraction_digits + 1, &d);
  }
  put_exponential(&t, d, d.length, d.point - 1);
  return t.finish();
}

dart_word dartrt_double_to_string_as_precision(double value, int64_t precision) {
  Text t;
  if (put_special(&t, value)) return t.finish();
  if (signbit(value)) t.put('-');
  int p = (int)precision;
  Digits d;
  counted_digits(fabs(value), p, &d);
  int exponent = d.point - 1;
  // At most 6 leading zeros after the point, and no padding zeros before it.
  if (-d.point + 1 > 6 || d.point - p > 0) {
    put_exponential(&t, d, p, exponent);
  } else {
    int after = p - d.point;
    put_decimal(&t, d, after > 0 ? after : 0, false);
  }
  return t.finish();
}

}  // extern "C"
