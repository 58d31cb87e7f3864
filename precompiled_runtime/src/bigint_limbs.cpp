// Limb arithmetic for BigInt (see bigint_limbs.h). 64-bit limbs with unsigned __int128 products:
// each inner loop step is one 64x64->128 multiplication, which is what makes C++ here about
// four times faster than the same loops over 32-bit digits in Dart (docs/bigint.md).
#include "bigint_limbs.h"

#include <stdlib.h>
#include <string.h>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace dartrt::bigint {

using Wide = unsigned __int128;

size_t normalized_length(const Limb* a, size_t n) {
  while (n > 0 && a[n - 1] == 0) --n;
  return n;
}

int compare(const Limb* a, size_t an, const Limb* b, size_t bn) {
  if (an != bn) return an < bn ? -1 : 1;
  for (size_t i = an; i-- > 0;) {
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

namespace {

// One limb of a carry chain (Subtract: a borrow chain); `c` is the carry in and out, 0 or 1. On
// x86-64 the intrinsics let clang keep the chain in the carry flag across an unrolled loop body
// (adc, sbb: about 5 instructions a limb); __builtin_addcll takes a carry of any size, which
// costs a second add and flag juggling per limb there (about 7.5). AArch64 gets adcs/sbcs chains
// either way.
template <bool Subtract>
inline Limb carry_step(Limb a, Limb b, unsigned char& c) {
#if defined(__x86_64__)
  unsigned long long t;
  c = Subtract ? _subborrow_u64(c, a, b, &t) : _addcarry_u64(c, a, b, &t);
  return t;
#else
  unsigned long long out;
  Limb t = Subtract ? __builtin_subcll(a, b, c, &out) : __builtin_addcll(a, b, c, &out);
  c = (unsigned char)out;
  return t;
#endif
}

// r = a + b or a - b (an >= bn), unrolled by eight (the flag is saved and restored once per
// eight limbs: 3.9 instructions a limb on x86-64, 4.75 unrolled by four); returns the carry
// (borrow) out. Past b's limbs the carry stops at the first limb it does not overflow, and the
// rest of a is copied.
template <bool Subtract>
Limb add_or_sub(Limb* r, const Limb* a, size_t an, const Limb* b, size_t bn) {
  constexpr size_t kUnroll = 8;
  unsigned char carry = 0;
  size_t i = 0;
  for (; i + kUnroll <= bn; i += kUnroll) {
    Limb t[kUnroll];
    for (size_t j = 0; j < kUnroll; ++j) t[j] = carry_step<Subtract>(a[i + j], b[i + j], carry);
    for (size_t j = 0; j < kUnroll; ++j) r[i + j] = t[j];  // after the loads: r may be a or b
  }
  for (; i < bn; ++i) r[i] = carry_step<Subtract>(a[i], b[i], carry);
  for (; i < an && carry; ++i) r[i] = carry_step<Subtract>(a[i], 0, carry);
  if (i < an && r != a) memmove(r + i, a + i, (an - i) * sizeof(Limb));
  return carry;
}

}  // namespace

Limb add(Limb* r, const Limb* a, size_t an, const Limb* b, size_t bn) { return add_or_sub<false>(r, a, an, b, bn); }

Limb sub(Limb* r, const Limb* a, size_t an, const Limb* b, size_t bn) { return add_or_sub<true>(r, a, an, b, bn); }

namespace {

// r[0..n) += a[0..n) * m; returns the carry limb.
Limb addmul_1(Limb* r, const Limb* a, size_t n, Limb m) {
  Limb carry = 0;
  for (size_t i = 0; i < n; ++i) {
    Wide p = (Wide)a[i] * m + r[i] + carry;  // at most (2^64-1)^2 + 2(2^64-1) = 2^128 - 1
    r[i] = (Limb)p;
    carry = (Limb)(p >> 64);
  }
  return carry;
}

// r[0..n) = x[0..n) - a[0..n) * m (r may be x); returns the borrow limb.
Limb submul_1(Limb* r, const Limb* x, const Limb* a, size_t n, Limb m) {
  Limb borrow = 0;
  for (size_t i = 0; i < n; ++i) {
    Wide p = (Wide)a[i] * m + borrow;
    Limb lo = (Limb)p;
    Limb xi = x[i];
    r[i] = xi - lo;
    borrow = (Limb)(p >> 64) + (xi < lo);
  }
  return borrow;
}

// Adds a[0..n) into r (which has room for the carries up to rn limbs).
void add_into(Limb* r, size_t rn, const Limb* a, size_t n) {
  Limb carry = add(r, r, n, a, n);
  for (size_t i = n; carry && i < rn; ++i) {
    r[i] += 1;
    carry = r[i] == 0;
  }
}

// |x - y| of two n-limb numbers into r; true when x < y.
bool abs_diff(Limb* r, const Limb* x, const Limb* y, size_t n) {
  if (compare(x, normalized_length(x, n), y, normalized_length(y, n)) < 0) {
    sub(r, y, n, x, n);
    return true;
  }
  sub(r, x, n, y, n);
  return false;
}

// Scratch limbs karatsuba(n) needs: 6 * half + 1 at this level plus the next level's.
size_t karatsuba_scratch(size_t n) {
  size_t total = 0;
  while (n >= kKaratsubaThreshold) {
    size_t high = n - n / 2;
    total += 6 * high + 2;
    n = high;
  }
  return total + 4;
}

// r[0..2n) = a[0..n) * b[0..n), with a + b = a1 B^m + a0 and the middle term from
// (a0 - a1)(b1 - b0) + a0 b0 + a1 b1 (the subtractive form, whose operands need no carry limb).
void karatsuba(Limb* r, const Limb* a, const Limb* b, size_t n, Limb* scratch) {
  if (n < kKaratsubaThreshold) {
    mul_basecase(r, a, n, b, n);
    return;
  }
  size_t m = n / 2;       // low part
  size_t h = n - m;       // high part, h >= m
  Limb* da = scratch;     // h limbs
  Limb* db = da + h;      // h limbs
  Limb* t = db + h;       // 2h limbs
  Limb* u = t + 2 * h;    // 2h + 1 limbs
  Limb* next = u + 2 * h + 2;
  // da = |a0 - a1| and db = |b1 - b0|, with a0, b0 padded to h limbs.
  memset(u, 0, h * sizeof(Limb));
  memcpy(u, a, m * sizeof(Limb));
  bool negative = abs_diff(da, u, a + m, h);
  memset(u, 0, h * sizeof(Limb));
  memcpy(u, b, m * sizeof(Limb));
  negative ^= abs_diff(db, b + m, u, h);
  karatsuba(r, a, b, m, next);                  // z0 in r[0..2m)
  karatsuba(r + 2 * m, a + m, b + m, h, next);  // z2 in r[2m..2n)
  karatsuba(t, da, db, h, next);                // (a0 - a1)(b1 - b0) up to sign
  // u = z0 + z2 +- t: the middle term a0 b1 + a1 b0, never negative, 2h + 1 limbs.
  memset(u, 0, (2 * h + 1) * sizeof(Limb));
  memcpy(u, r, 2 * m * sizeof(Limb));
  u[2 * h] = add(u, r + 2 * m, 2 * h, u, 2 * h);
  if (negative) {
    sub(u, u, 2 * h + 1, t, 2 * h);
  } else {
    add_into(u, 2 * h + 1, t, 2 * h);
  }
  add_into(r + m, 2 * n - m, u, 2 * h + 1);  // 2n - m = m + 2h >= 2h + 1 limbs of room
}

}  // namespace

void mul_basecase(Limb* r, const Limb* a, size_t an, const Limb* b, size_t bn) {
  r[an] = mul_1(r, a, an, b[0]);
  for (size_t j = 1; j < bn; ++j) r[an + j] = addmul_1(r + j, a, an, b[j]);
}

bool mul(Limb* r, const Limb* a, size_t an, const Limb* b, size_t bn) {
  if (an < bn) {
    const Limb* t = a;
    a = b;
    b = t;
    size_t tn = an;
    an = bn;
    bn = tn;
  }
  if (bn < kKaratsubaThreshold) {
    mul_basecase(r, a, an, b, bn);
    return true;
  }
  // Karatsuba on bn x bn pieces of a; the last, shorter piece recursively.
  size_t scratch_limbs = karatsuba_scratch(bn) + 2 * bn;
  Limb* scratch = static_cast<Limb*>(malloc(scratch_limbs * sizeof(Limb)));
  if (!scratch) return false;
  Limb* piece = scratch + karatsuba_scratch(bn);  // 2 bn limbs
  memset(r, 0, (an + bn) * sizeof(Limb));
  size_t done = 0;
  bool ok = true;
  while (done < an) {
    size_t len = an - done < bn ? an - done : bn;
    if (len == bn) {
      karatsuba(piece, a + done, b, bn, scratch);
    } else {
      ok = mul(piece, b, bn, a + done, len);
      if (!ok) break;
    }
    add_into(r + done, an + bn - done, piece, len + bn);
    done += len;
  }
  free(scratch);
  return ok;
}

Limb shift_left(Limb* r, const Limb* a, size_t n, unsigned shift) {
  if (shift == 0) {
    memmove(r, a, n * sizeof(Limb));
    return 0;
  }
  if (n == 0) return 0;
  // From the top down, so that r may be a.
  unsigned back = 64 - shift;
  Limb out = a[n - 1] >> back;
  for (size_t i = n - 1; i > 0; --i) r[i] = (a[i] << shift) | (a[i - 1] >> back);
  r[0] = a[0] << shift;
  return out;
}

Limb shift_right(Limb* r, const Limb* a, size_t n, unsigned shift) {
  if (shift == 0) {
    memmove(r, a, n * sizeof(Limb));
    return 0;
  }
  if (n == 0) return 0;
  // From the bottom up, so that r may be a.
  unsigned back = 64 - shift;
  Limb out = a[0] << back;
  for (size_t i = 0; i + 1 < n; ++i) r[i] = (a[i] >> shift) | (a[i + 1] << back);
  r[n - 1] = a[n - 1] >> shift;
  return out;
}

namespace {

// (hi:lo) / d with hi < d: the quotient (one limb) and the remainder.
inline Limb div_2by1(Limb hi, Limb lo, Limb d, Limb* rem) {
#if defined(__x86_64__)
  Limb q, r;
  __asm__("divq %4" : "=a"(q), "=d"(r) : "a"(lo), "d"(hi), "rm"(d));
  *rem = r;
  return q;
#else
  Wide n = ((Wide)hi << 64) | lo;
  Limb q = (Limb)(n / d);
  *rem = lo - q * d;
  return q;
#endif
}

// The quotient digit of algorithm D's step D3 from the top limbs of the normalized remainder
// (top, next, third) and divisor (dh, dl): exact or one too large (TAOCP 4.3.1, Theorem B),
// never too small. `certain` (when not null) tells whether it is exact whatever the lower limbs
// hold: the top limbs' own remainder, (top, next, third) - qhat (dh, dl), is at least qhat, and
// the lower limbs of qhat times the divisor are below qhat B^(n-2), so they cannot make the
// whole remainder negative.
Limb estimate_quotient(Limb top, Limb next, Limb third, Limb dh, Limb dl, bool* certain) {
  Limb qhat, rhat;
  bool rhat_overflow = false;
  if (top >= dh) {  // top == dh: the quotient digit would not fit; start from B - 1
    qhat = ~(Limb)0;
    rhat = next + dh;
    rhat_overflow = rhat < dh;
  } else {
    qhat = div_2by1(top, next, dh, &rhat);
  }
  while (!rhat_overflow) {
    Wide p = (Wide)qhat * dl;
    Wide n2 = ((Wide)rhat << 64) | third;
    if (p <= n2) {
      if (certain) *certain = n2 - p >= qhat;
      return qhat;
    }
    --qhat;
    rhat += dh;
    rhat_overflow = rhat < dh;
  }
  // rhat >= B: the top limbs' remainder is at least B^2 - qhat dl > 2B - 2 >= qhat.
  if (certain) *certain = true;
  return qhat;
}

}  // namespace

Limb divrem_1(Limb* q, const Limb* a, size_t n, Limb d) {
  Limb rem = 0;
  for (size_t i = n; i-- > 0;) q[i] = div_2by1(rem, a[i], d, &rem);
  return rem;
}

Limb mod_1(const Limb* a, size_t n, Limb d) {
  Limb rem = 0;
  for (size_t i = n; i-- > 0;) div_2by1(rem, a[i], d, &rem);
  return rem;
}

bool divrem(Limb* q, Limb* r, const Limb* a, size_t an, const Limb* b, size_t bn) {
  unsigned s = (unsigned)__builtin_clzll(b[bn - 1]);
  Limb* buffer = static_cast<Limb*>(malloc((an + 1 + bn) * sizeof(Limb)));
  if (!buffer) return false;
  Limb* un = buffer;       // the normalized dividend, an + 1 limbs, the running remainder
  Limb* vn = buffer + an + 1;  // the normalized divisor, bn limbs
  shift_left(vn, b, bn, s);
  un[an] = shift_left(un, a, an, s);
  Limb dh = vn[bn - 1], dl = vn[bn - 2];
  for (size_t j = an - bn + 1; j-- > 0;) {
    Limb qhat = estimate_quotient(un[j + bn], un[j + bn - 1], un[j + bn - 2], dh, dl, nullptr);
    Limb borrow = submul_1(un + j, un + j, vn, bn, qhat);
    Limb t = un[j + bn];
    un[j + bn] = t - borrow;
    if (t < borrow) {  // one too large: add the divisor back
      --qhat;
      Limb carry = add(un + j, un + j, bn, vn, bn);
      un[j + bn] += carry;
    }
    if (q) q[j] = qhat;
  }
  if (r) shift_right(r, un, bn, s);
  free(buffer);
  return true;
}

Limb div_same_length(Limb* r, const Limb* a, const Limb* b, size_t n) {
  // Limb i (0 <= i <= n) of x << s, where x has n limbs: what algorithm D's normalized copies
  // would hold. a < B^n <= B b, so the one step of algorithm D on them gives a / b.
  unsigned s = (unsigned)__builtin_clzll(b[n - 1]);
  auto shifted = [&](const Limb* x, size_t i) -> Limb {
    Limb high = i < n ? x[i] << s : 0;
    Limb low = s != 0 && i > 0 ? x[i - 1] >> (64 - s) : 0;
    return high | low;
  };
  bool certain;
  Limb q = estimate_quotient(shifted(a, n), shifted(a, n - 1), shifted(a, n - 2), shifted(b, n - 1), shifted(b, n - 2),
                             &certain);
  // Without a remainder to compute, the top limbs usually settle the quotient (pidigits' digit
  // extraction then costs no pass over the numbers at all).
  if (certain && !r) return q;
  // a - q b, limb by limb: a - q b > -b > -B^n, so a borrow out of the top limb means q is the
  // one too large (the difference is then negative) and q - 1 is the quotient.
  Limb borrow = 0;
  if (r) {
    borrow = submul_1(r, a, b, n, q);
  } else {
    for (size_t i = 0; i < n; ++i) {  // the same without stores
      Wide p = (Wide)b[i] * q + borrow;
      Limb lo = (Limb)p;
      borrow = (Limb)(p >> 64) + (a[i] < lo);
    }
  }
  if (borrow != 0) {
    --q;
    if (r) add(r, r, n, b, n);  // + b: the carry out cancels the borrow
  }
  return q;
}

uint64_t bit_length(const Limb* a, size_t n) {
  if (n == 0) return 0;
  return 64 * (uint64_t)(n - 1) + (64 - (uint64_t)__builtin_clzll(a[n - 1]));
}

double to_double(const Limb* a, size_t n) {
  uint64_t length = bit_length(a, n);
  if (length == 0) return 0.0;
  if (length <= 64) return (double)a[0];
  if (length > 1024) return __builtin_inf();
  // The top 64 bits, most significant bit at bit 63, and whether any bit below them is set.
  unsigned s = (unsigned)(length % 64);
  size_t top = n - 1;
  Limb high;
  bool sticky;
  if (s == 0) {
    high = a[top];
    sticky = false;
    for (size_t i = 0; i < top && !sticky; ++i) sticky = a[i] != 0;
  } else {
    high = (a[top] << (64 - s)) | (a[top - 1] >> s);
    sticky = (a[top - 1] << (64 - s)) != 0;
    for (size_t i = 0; i + 1 < top && !sticky; ++i) sticky = a[i] != 0;
  }
  Limb mantissa = high >> 11;  // 53 bits
  Limb rest = high & 0x7FF;    // the 11 bits below them: round bit 0x400
  if (rest > 0x400 || (rest == 0x400 && (sticky || (mantissa & 1)))) ++mantissa;
  // A mantissa of 2^53 carries into the exponent field, up to infinity's bits.
  uint64_t bits = ((length - 1 + 1023) << 52) + (mantissa - ((Limb)1 << 52));
  double d;
  memcpy(&d, &bits, sizeof d);
  return d;
}

}  // namespace dartrt::bigint
