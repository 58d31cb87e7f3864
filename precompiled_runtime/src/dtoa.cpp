// Exact decimal digit generation for doubles with a small fixed-capacity big integer.
//
// Why not std::to_chars: libstdc++ implements it out of line (floating_to_chars.cc), which would
// make every program depend on libstdc++.so. Why big integers rather than Ryu or Grisu: they are
// short, obviously correct, and the cost (a few microseconds for a 17-digit number, much less for
// the common short ones; integral values take a fast path) is far below printing it.
#include "dtoa.h"

#include <math.h>
#include <stdint.h>
#include <string.h>

#include "runtime.h"

namespace dartrt {

namespace {

// Unsigned big integer in base 2^32, little-endian limbs. 1536 bits: the largest intermediate is
// a denormal scaled by 10^324 (about 1130 bits) times 10.
struct Bignum {
  static constexpr int kCapacity = 48;
  uint32_t limb[kCapacity];
  int used;
  static constexpr bool overflowed = false;  // never: the capacity covers every double

  void set(uint64_t v) {
    used = 0;
    while (v) {
      limb[used++] = (uint32_t)v;
      v >>= 32;
    }
  }
  bool is_zero() const { return used == 0; }

  void grow_check(int n) const {
    if (n > kCapacity) fatal("dtoa: big integer overflow");
  }

  void shift_left(int bits) {
    if (used == 0 || bits == 0) return;
    int words = bits / 32, b = bits % 32;
    grow_check(used + words + 1);
    limb[used + words] = 0;
    for (int i = used - 1; i >= 0; --i) {
      uint64_t v = (uint64_t)limb[i] << b;
      limb[i + words + 1] |= (uint32_t)(v >> 32);
      limb[i + words] = (uint32_t)v;
    }
    for (int i = 0; i < words; ++i) limb[i] = 0;
    used += words + 1;
    trim();
  }

  void shift_right(int bits) {
    int words = bits / 32, b = bits % 32;
    if (words >= used) {
      used = 0;
      return;
    }
    for (int i = 0; i + words < used; ++i) {
      uint64_t lo = limb[i + words];
      uint64_t hi = (i + words + 1 < used) ? limb[i + words + 1] : 0;
      limb[i] = (uint32_t)(((hi << 32) | lo) >> b);
    }
    used -= words;
    trim();
  }

  void multiply(uint32_t m) {
    uint64_t carry = 0;
    for (int i = 0; i < used; ++i) {
      uint64_t t = (uint64_t)limb[i] * m + carry;
      limb[i] = (uint32_t)t;
      carry = t >> 32;
    }
    if (carry) {
      grow_check(used + 1);
      limb[used++] = (uint32_t)carry;
    }
  }

  void multiply_pow10(int k) {
    static const uint32_t kPow10[] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000};
    while (k >= 9) {
      multiply(1000000000u);
      k -= 9;
    }
    if (k > 0) multiply(kPow10[k]);
  }

  void add(const Bignum& b) {
    int n = used > b.used ? used : b.used;
    grow_check(n + 1);
    uint64_t carry = 0;
    for (int i = 0; i < n; ++i) {
      uint64_t t = carry + (i < used ? limb[i] : 0) + (i < b.used ? b.limb[i] : 0);
      limb[i] = (uint32_t)t;
      carry = t >> 32;
    }
    used = n;
    if (carry) limb[used++] = (uint32_t)carry;
  }

  // this -= b; requires this >= b.
  void subtract(const Bignum& b) {
    int64_t borrow = 0;
    for (int i = 0; i < used; ++i) {
      int64_t t = (int64_t)limb[i] - (i < b.used ? b.limb[i] : 0) - borrow;
      borrow = t < 0;
      limb[i] = (uint32_t)(t + (borrow << 32));
    }
    trim();
  }

  void trim() {
    while (used > 0 && limb[used - 1] == 0) --used;
  }

  static int compare(const Bignum& a, const Bignum& b) {
    if (a.used != b.used) return a.used < b.used ? -1 : 1;
    for (int i = a.used - 1; i >= 0; --i) {
      if (a.limb[i] != b.limb[i]) return a.limb[i] < b.limb[i] ? -1 : 1;
    }
    return 0;
  }

  // Compares a + b with c.
  static int plus_compare(const Bignum& a, const Bignum& b, const Bignum& c) {
    Bignum sum = a;
    sum.add(b);
    return compare(sum, c);
  }

  // Returns floor(this / d) (known to be small) and leaves the remainder.
  uint32_t divide_small_quotient(const Bignum& d) {
    uint32_t q = 0;
    while (compare(*this, d) >= 0) {
      subtract(d);
      ++q;
    }
    return q;
  }

  // this /= d, returning the remainder.
  uint32_t divide_by(uint32_t d) {
    uint64_t rem = 0;
    for (int i = used - 1; i >= 0; --i) {
      uint64_t cur = (rem << 32) | limb[i];
      limb[i] = (uint32_t)(cur / d);
      rem = cur % d;
    }
    trim();
    return (uint32_t)rem;
  }
};

// The same interface on one unsigned 128-bit integer, for the common magnitudes (about 1e-19 to
// 1e33), where every intermediate of the algorithms fits: several times faster than Bignum with
// identical results. An operation that would overflow sets `overflowed`, and the caller redoes
// the conversion with Bignum.
struct U128 {
  unsigned __int128 v;
  bool overflowed;

  void set(uint64_t x) {
    v = x;
    overflowed = false;
  }
  bool is_zero() const { return v == 0; }
  int bits() const {
    uint64_t hi = (uint64_t)(v >> 64), lo = (uint64_t)v;
    return hi ? 128 - __builtin_clzll(hi) : (lo ? 64 - __builtin_clzll(lo) : 0);
  }
  void shift_left(int n) {
    if (v == 0 || n == 0) return;
    if (bits() + n > 124) {
      overflowed = true;
      return;
    }
    v <<= n;
  }
  void shift_right(int n) { v = n >= 128 ? 0 : v >> n; }
  void multiply(uint32_t m) {
    // The product stays below 2^124 when v < 2^(124 - bits(m)).
    if ((v >> (92 + __builtin_clz(m))) != 0) {
      overflowed = true;
      return;
    }
    v *= m;
  }
  void multiply_pow10(int k) {
    static const uint32_t kPow10[] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000};
    while (k >= 9 && !overflowed) {
      multiply(1000000000u);
      k -= 9;
    }
    if (k > 0 && !overflowed) multiply(kPow10[k]);
  }
  void add(const U128& b) {
    v += b.v;
    overflowed |= b.overflowed || (v >> 124) != 0;
  }
  void subtract(const U128& b) { v -= b.v; }
  static int compare(const U128& a, const U128& b) { return a.v < b.v ? -1 : (a.v > b.v ? 1 : 0); }
  static int plus_compare(const U128& a, const U128& b, const U128& c) {
    unsigned __int128 sum = a.v + b.v;  // operands stay below 2^124: no wrap
    return sum < c.v ? -1 : (sum > c.v ? 1 : 0);
  }
  uint32_t divide_small_quotient(const U128& d) {
    if ((v >> 64) == 0) {
      if ((d.v >> 64) != 0) return 0;
      uint64_t a = (uint64_t)v, b = (uint64_t)d.v;
      uint64_t q = a / b;
      v = a - q * b;
      return (uint32_t)q;
    }
    uint32_t q = 0;
    while (v >= d.v) {
      v -= d.v;
      ++q;
    }
    return q;
  }
  // this /= d, returning the remainder (long division in 32-bit pieces: no __udivti3).
  uint32_t divide_by(uint32_t d) {
    uint64_t rem = 0;
    unsigned __int128 q = 0;
    for (int i = 3; i >= 0; --i) {
      uint64_t cur = (rem << 32) | (uint32_t)(v >> (32 * i));
      q |= (unsigned __int128)(cur / d) << (32 * i);
      rem = cur % d;
    }
    v = q;
    return (uint32_t)rem;
  }
};

struct Decomposed {
  uint64_t significand;  // f, with the hidden bit
  int exponent;          // value = f * 2^exponent
  bool lower_boundary_closer;
};

Decomposed decompose(double value) {
  uint64_t bits;
  memcpy(&bits, &value, sizeof bits);
  uint64_t fraction = bits & ((uint64_t{1} << 52) - 1);
  int biased = (int)((bits >> 52) & 0x7FF);
  Decomposed d;
  if (biased == 0) {
    d.significand = fraction;
    d.exponent = -1074;
  } else {
    d.significand = fraction | (uint64_t{1} << 52);
    d.exponent = biased - 1075;
  }
  // At a power of two the next lower double is half as far as the next higher one -- except at
  // the smallest normal, whose lower neighbour is a denormal with the same spacing.
  d.lower_boundary_closer = fraction == 0 && biased > 1;
  return d;
}

int bit_length(uint64_t v) { return 64 - __builtin_clzll(v); }

// ceil(log10(2^(e + len(f) - 1))): the true decimal exponent or one less.
int estimate_power(const Decomposed& d) {
  return (int)ceil((d.exponent + bit_length(d.significand) - 1) * 0.30102999566398114 - 1e-10);
}

template <typename N>
void times10(N* b) {
  b->multiply(10);
}

template <typename N>
bool shortest_impl(double value, Digits* out) {
  Decomposed d = decompose(value);
  bool even = (d.significand & 1) == 0;
  // value = numerator / denominator; the halfway points to the neighbours are
  // (numerator +- delta) / denominator. Scaled by 2 (or 4) to keep everything integral.
  N numerator, denominator, delta_plus, delta_minus;
  numerator.set(d.significand);
  if (d.exponent >= 0) {
    if (!d.lower_boundary_closer) {
      numerator.shift_left(d.exponent + 1);
      denominator.set(2);
      delta_plus.set(1);
      delta_plus.shift_left(d.exponent);
      delta_minus = delta_plus;
    } else {
      numerator.shift_left(d.exponent + 2);
      denominator.set(4);
      delta_plus.set(1);
      delta_plus.shift_left(d.exponent + 1);
      delta_minus.set(1);
      delta_minus.shift_left(d.exponent);
    }
  } else {
    if (!d.lower_boundary_closer) {
      numerator.shift_left(1);
      denominator.set(1);
      denominator.shift_left(1 - d.exponent);
      delta_plus.set(1);
      delta_minus.set(1);
    } else {
      numerator.shift_left(2);
      denominator.set(1);
      denominator.shift_left(2 - d.exponent);
      delta_plus.set(2);
      delta_minus.set(1);
    }
  }
  int power = estimate_power(d);
  if (power >= 0) {
    denominator.multiply_pow10(power);
  } else {
    numerator.multiply_pow10(-power);
    delta_plus.multiply_pow10(-power);
    delta_minus.multiply_pow10(-power);
  }
  if (numerator.overflowed || denominator.overflowed || delta_plus.overflowed || delta_minus.overflowed) return false;
  // Fix the estimate: is the upper boundary at or above 10^power?
  int c = N::plus_compare(numerator, delta_plus, denominator);
  if (even ? c >= 0 : c > 0) {
    out->point = power + 1;
  } else {
    out->point = power;
    times10(&numerator);
    times10(&delta_plus);
    times10(&delta_minus);
    if (numerator.overflowed || delta_plus.overflowed || delta_minus.overflowed) return false;
  }
  // Generate digits until the remaining value is within a boundary of the digits so far.
  out->length = 0;
  for (;;) {
    uint32_t digit = numerator.divide_small_quotient(denominator);
    out->digits[out->length++] = (char)('0' + digit);
    int low_cmp = N::compare(numerator, delta_minus);
    int high_cmp = N::plus_compare(numerator, delta_plus, denominator);
    bool low = even ? low_cmp <= 0 : low_cmp < 0;
    bool high = even ? high_cmp >= 0 : high_cmp > 0;
    if (!low && !high) {
      times10(&numerator);
      times10(&delta_plus);
      times10(&delta_minus);
      if (numerator.overflowed || delta_plus.overflowed || delta_minus.overflowed) return false;
      if (out->length >= 40) fatal("dtoa: no termination");
      continue;
    }
    bool round_up;
    if (low && high) {
      // Both truncating and rounding up read back correctly: take the closer one (half: even).
      int half = N::plus_compare(numerator, numerator, denominator);
      round_up = half > 0 || (half == 0 && (digit & 1) != 0);
    } else {
      round_up = high;
    }
    if (round_up) {
      int i = out->length - 1;
      out->digits[i]++;
      // A carry cannot happen (a 9 rounding up would have stopped one digit earlier), but
      // handle it anyway rather than emit a ':'.
      while (i > 0 && out->digits[i] > '9') {
        out->digits[i] = '0';
        out->digits[--i]++;
      }
      if (out->digits[0] > '9') {
        out->digits[0] = '1';
        out->point++;
      }
      while (out->length > 1 && out->digits[out->length - 1] == '0') out->length--;
    }
    return true;
  }
}

template <typename N>
bool counted_impl(double value, int count, Digits* out) {
  Decomposed d = decompose(value);
  N numerator, denominator;
  numerator.set(d.significand);
  denominator.set(1);
  if (d.exponent >= 0) numerator.shift_left(d.exponent); else denominator.shift_left(-d.exponent);
  int power = estimate_power(d);
  if (power >= 0) denominator.multiply_pow10(power); else numerator.multiply_pow10(-power);
  if (N::compare(numerator, denominator) >= 0) {
    out->point = power + 1;
  } else {
    out->point = power;
    times10(&numerator);
  }
  for (int i = 0; i < count; ++i) {
    if (numerator.overflowed || denominator.overflowed) return false;
    uint32_t digit = numerator.divide_small_quotient(denominator);
    out->digits[i] = (char)('0' + digit);
    times10(&numerator);
  }
  out->length = count;
  // numerator is now 10 * remainder: round half up means 10*rem >= 5*den.
  N half = denominator;
  half.multiply(5);
  if (numerator.overflowed || half.overflowed) return false;
  if (N::compare(numerator, half) >= 0) {
    int i = count - 1;
    out->digits[i]++;
    while (i > 0 && out->digits[i] > '9') {
      out->digits[i] = '0';
      out->digits[--i]++;
    }
    if (out->digits[0] > '9') {
      out->digits[0] = '1';
      out->point++;
    }
  }
  return true;
}

template <typename N>
bool fixed_impl(double value, int fraction_digits, Digits* out) {
  Decomposed d = decompose(value);
  N n;
  n.set(d.significand);
  n.multiply_pow10(fraction_digits);
  if (d.exponent >= 0) {
    n.shift_left(d.exponent);
  } else {
    // round_half_up(n / 2^k) = floor((n + 2^(k-1)) / 2^k)
    int k = -d.exponent;
    if (k > 200) {
      n.set(0);  // n < 2^120 here, far below half of 2^k
    } else {
      N half;
      half.set(1);
      half.shift_left(k - 1);
      n.add(half);
      n.shift_right(k);
    }
  }
  if (n.overflowed) return false;
  // To decimal, nine digits at a time from the least significant end.
  char reversed[64];
  int length = 0;
  while (!n.is_zero()) {
    uint32_t chunk = n.divide_by(1000000000u);
    for (int i = 0; i < 9; ++i) {
      reversed[length++] = (char)('0' + chunk % 10);
      chunk /= 10;
    }
  }
  while (length > 1 && reversed[length - 1] == '0') --length;
  if (length == 0) reversed[length++] = '0';
  for (int i = 0; i < length; ++i) out->digits[i] = reversed[length - 1 - i];
  out->length = length;
  out->point = length;
  return true;
}

}  // namespace

void shortest_digits(double value, Digits* out) {
  if (!shortest_impl<U128>(value, out)) shortest_impl<Bignum>(value, out);
}

void counted_digits(double value, int count, Digits* out) {
  if (count < 1) count = 1;
  if (count > 40) count = 40;
  if (value == 0) {
    memset(out->digits, '0', (size_t)count);
    out->length = count;
    out->point = 1;
    return;
  }
  if (!counted_impl<U128>(value, count, out)) counted_impl<Bignum>(value, count, out);
}

void fixed_digits(double value, int fraction_digits, Digits* out) {
  if (!fixed_impl<U128>(value, fraction_digits, out)) fixed_impl<Bignum>(value, fraction_digits, out);
}

void reference_digits(int mode, double value, int count, Digits* out) {
  if (mode == 0) {
    shortest_impl<Bignum>(value, out);
  } else if (mode == 1) {
    if (value == 0) {
      counted_digits(value, count, out);
      return;
    }
    counted_impl<Bignum>(value, count, out);
  } else {
    fixed_impl<Bignum>(value, count, out);
  }
}

}  // namespace dartrt
