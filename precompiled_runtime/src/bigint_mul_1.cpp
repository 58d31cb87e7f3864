// The product of a number and one limb (bigint_limbs.h: mul_1), the hottest loop of BigInt
// programs such as pidigits, where every step multiplies numbers of thousands of limbs by small
// ints (docs/bigint.md, "One-limb products").
//
// The portable loop adds each product's high limb into the next one with an add and an adc per
// limb, because x86-64's `mul` overwrites the flags and so cannot sit inside a carry chain: 7.5
// instructions a limb. BMI2's `mulx` leaves the flags alone, so on CPUs that have it (every
// x86-64 CPU since 2013, checked once with cpuid) four products at a time are computed and
// chained with four `adc`s, eight limbs a loop iteration, and the pointers and counter are
// stepped with `lea`/`dec`, which keep the carry flag too: 3.5 instructions a limb and no flag
// saved between iterations.
#include "bigint_limbs.h"

#if defined(__x86_64__)
#include <cpuid.h>
#endif

namespace dartrt::bigint {

using Wide = unsigned __int128;

Limb mul_1_portable(Limb* r, const Limb* a, size_t n, Limb m) {
  Limb carry = 0;
  for (size_t i = 0; i < n; ++i) {
    Wide p = (Wide)a[i] * m + carry;
    r[i] = (Limb)p;
    carry = (Limb)(p >> 64);
  }
  return carry;
}

#if defined(__x86_64__)

bool mul_1_bmi2_available() {
  // 0: not asked yet, 1: no, 2: yes. Racing isolates compute the same answer.
  static int state = 0;
  int s = __atomic_load_n(&state, __ATOMIC_RELAXED);
  if (s == 0) {
    unsigned eax, ebx, ecx, edx;
    bool bmi2 = __get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx) && (ebx & bit_BMI2) != 0;
    s = bmi2 ? 2 : 1;
    __atomic_store_n(&state, s, __ATOMIC_RELAXED);
  }
  return s == 2;
}

// Requires BMI2 (the caller checks mul_1_bmi2_available()).
Limb mul_1_bmi2(Limb* r, const Limb* a, size_t n, Limb m) {
  size_t blocks = n / 8;
  Limb carry = 0;  // the high limb of the previous product (the carry flag is added in the chain)
  if (blocks != 0) {
    Limb l0, l1, l2, l3, h0, h1, h2;
    // Each half block: r[0..4) = lo(a[j] m) + hi(a[j-1] m) + CF, the chain running on in the
    // carry flag through the whole loop (mulx, mov, lea and dec leave CF alone). Every limb of
    // a half block is loaded before any of its limbs is stored, so r may be a.
#define DARTRT_MUL_1_QUARTER(offset)                 \
  "mulx " offset "(%[a]), %[l0], %[h0]\n\t"          \
  "mulx " offset "+8(%[a]), %[l1], %[h1]\n\t"        \
  "adc %[carry], %[l0]\n\t"                         \
  "mulx " offset "+16(%[a]), %[l2], %[h2]\n\t"       \
  "adc %[h0], %[l1]\n\t"                            \
  "mulx " offset "+24(%[a]), %[l3], %[carry]\n\t"    \
  "adc %[h1], %[l2]\n\t"                            \
  "adc %[h2], %[l3]\n\t"                            \
  "mov %[l0], " offset "(%[r])\n\t"                  \
  "mov %[l1], " offset "+8(%[r])\n\t"                \
  "mov %[l2], " offset "+16(%[r])\n\t"               \
  "mov %[l3], " offset "+24(%[r])\n\t"
    __asm__(
        "xor %k[l0], %k[l0]\n\t"  // CF = 0
        "1:\n\t"
        DARTRT_MUL_1_QUARTER("0")
        DARTRT_MUL_1_QUARTER("32")
        "lea 64(%[a]), %[a]\n\t"
        "lea 64(%[r]), %[r]\n\t"
        "dec %[blocks]\n\t"
        "jnz 1b\n\t"
        "adc $0, %[carry]"  // the last high limb is at most 2^64 - 2: no carry out
        : [a] "+r"(a), [r] "+r"(r), [blocks] "+r"(blocks), [carry] "+r"(carry), [l0] "=&r"(l0),
          [l1] "=&r"(l1), [l2] "=&r"(l2), [l3] "=&r"(l3), [h0] "=&r"(h0), [h1] "=&r"(h1), [h2] "=&r"(h2)
        : "d"(m)
        : "cc", "memory");
#undef DARTRT_MUL_1_QUARTER
  }
  for (size_t i = 0; i < n % 8; ++i) {
    Wide p = (Wide)a[i] * m + carry;
    r[i] = (Limb)p;
    carry = (Limb)(p >> 64);
  }
  return carry;
}

#endif

Limb mul_1(Limb* r, const Limb* a, size_t n, Limb m) {
#if defined(__x86_64__)
  if (mul_1_bmi2_available()) return mul_1_bmi2(r, a, n, m);
#endif
  return mul_1_portable(r, a, n, m);
}

}  // namespace dartrt::bigint
