// Decimal digits of doubles, exactly: the three digit-generation modes of the Dart VM's
// double-conversion library, computed with big integers (Steele & White / Burger & Dybvig), so
// every result is the one that library's fast paths also produce when they succeed.
#ifndef DARTRT_DTOA_H
#define DARTRT_DTOA_H

namespace dartrt {

// Digits d1 d2 ... dn (no leading or trailing zeros unless the value is 0) and the decimal point
// position: value = 0.d1d2...dn * 10^point.
struct Digits {
  char digits[48];
  int length;
  int point;
};

// Shortest digits that read back as `value` (> 0, finite); among equally short candidates the
// closest to the value. Boundaries count when the significand is even (round-half-even reading).
void shortest_digits(double value, Digits* out);
// Exactly `count` (1..40) significant digits of `value` (>= 0, finite), rounded half up on the
// exact binary value. 0 gives "000..." with point 1.
void counted_digits(double value, int count, Digits* out);
// Digits of round_half_up(value * 10^fraction_digits) for 0 <= value < 1e21 and
// 0 <= fraction_digits <= 20, as an integer text without leading zeros ("0" for zero).
void fixed_digits(double value, int fraction_digits, Digits* out);

// The same with the general big integers only (mode 0 shortest, 1 counted, 2 fixed), never the
// 128-bit fast path: for tests that check the two agree.
void reference_digits(int mode, double value, int count, Digits* out);

}  // namespace dartrt

#endif  // DARTRT_DTOA_H
