// The arithmetic on BigInt magnitudes: arrays of 64-bit limbs, least significant first, in the
// style of GMP's mpn layer (the caller owns every array; nothing here allocates on the Dart heap).
// bigint_natives.cpp wraps these for the core library's BigInt (docs/bigint.md);
// tests/runtime/test_bigint.cpp checks them against slow reference versions.
#ifndef DARTRT_BIGINT_LIMBS_H
#define DARTRT_BIGINT_LIMBS_H

#include <stddef.h>
#include <stdint.h>

namespace dartrt::bigint {

using Limb = uint64_t;

// Operands of at least this many limbs (both) are multiplied with Karatsuba's method. Not tuned
// yet: GMP's x86-64 crossovers for its Karatsuba (mpn_mul_toom22) are 20 to 30 limbs
// (docs/bigint.md).
constexpr size_t kKaratsubaThreshold = 32;

// The length of a[0..n) without its most significant zero limbs.
size_t normalized_length(const Limb* a, size_t n);
// Sign of |a| - |b| for normalized operands: -1, 0 or 1.
int compare(const Limb* a, size_t an, const Limb* b, size_t bn);

// r = a + b, an >= bn; r has room for an limbs; returns the carry out of limb an - 1.
Limb add(Limb* r, const Limb* a, size_t an, const Limb* b, size_t bn);
// r = a - b, a >= b as numbers (an >= bn); r has room for an limbs; returns the borrow (0 when
// a >= b).
Limb sub(Limb* r, const Limb* a, size_t an, const Limb* b, size_t bn);

// r[0..n) = a[0..n) * m; returns the high limb. r may be a. On x86-64 with BMI2 (cpuid) a
// mulx/adc loop, elsewhere the portable one (bigint_mul_1.cpp); both are exposed for the tests.
Limb mul_1(Limb* r, const Limb* a, size_t n, Limb m);
Limb mul_1_portable(Limb* r, const Limb* a, size_t n, Limb m);
#if defined(__x86_64__)
bool mul_1_bmi2_available();
Limb mul_1_bmi2(Limb* r, const Limb* a, size_t n, Limb m);  // only when mul_1_bmi2_available()
#endif

// r[0..an+bn) = a * b, an >= bn >= 1 (r must not overlap a or b). Schoolbook below
// kKaratsubaThreshold, Karatsuba above, with scratch space from malloc (false when that fails).
bool mul(Limb* r, const Limb* a, size_t an, const Limb* b, size_t bn);
// The schoolbook product, r[0..an+bn) (the reference for the tests and the small case).
void mul_basecase(Limb* r, const Limb* a, size_t an, const Limb* b, size_t bn);

// r[0..n) = a[0..n) << shift, 0 <= shift < 64; returns the bits shifted out at the top.
Limb shift_left(Limb* r, const Limb* a, size_t n, unsigned shift);
// r[0..n) = a[0..n) >> shift, 0 <= shift < 64; returns the bits shifted out at the bottom, in
// the top of the word.
Limb shift_right(Limb* r, const Limb* a, size_t n, unsigned shift);

// q[0..n) = a[0..n) / d, d != 0; returns the remainder. q may be a.
Limb divrem_1(Limb* q, const Limb* a, size_t n, Limb d);
// a[0..n) % d, d != 0.
Limb mod_1(const Limb* a, size_t n, Limb d);
// Knuth's algorithm D (TAOCP 4.3.1): q[0..an-bn+1) = a / b and r[0..bn) = a % b, for normalized
// a and b with an >= bn >= 2. q or r may be null when not wanted. Returns false when malloc
// fails.
bool divrem(Limb* q, Limb* r, const Limb* a, size_t an, const Limb* b, size_t bn);

// a / b for normalized a and b of the same length n >= 2, a quotient below B: one limb. No
// scratch memory and no normalized copies of the operands (which algorithm D makes): the
// quotient digit is estimated from the top limbs, shifted on the fly; unless those settle it, one
// pass computing a - q b checks it. When r is not null it receives the remainder, r[0..n) (r may
// not overlap a or b). Spigot algorithms (pidigits) divide numbers of equal size all the time.
Limb div_same_length(Limb* r, const Limb* a, const Limb* b, size_t n);

// The number of significant bits of a normalized magnitude (0 for zero).
uint64_t bit_length(const Limb* a, size_t n);
// The magnitude rounded to the nearest double, ties to even (infinity when too large).
double to_double(const Limb* a, size_t n);

}  // namespace dartrt::bigint

#endif  // DARTRT_BIGINT_LIMBS_H
