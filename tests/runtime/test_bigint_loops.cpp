// BigInt's single-pass loops (precompiled_runtime/src/bigint_mul_1.cpp and bigint_limbs.cpp's
// add/sub) against references that work on 32-bit half limbs, so that they share no code or
// carry trick with what they check: the one-limb product in each variant (portable; BMI2 mulx
// and adc chain on x86-64 CPUs that have it), at every length up to three unrolled blocks and
// beyond (all remainders of the unrolling), with all-one limbs and multipliers whose every product
// carries, and in place (r == a); add and sub with the shorter operand ending at every position
// of an eight-limb block, carries that run through the longer operand's tail or stop inside it,
// and in place (r == a, r == b).
#include <doctest/doctest.h>

#include <utility>
#include <vector>

#include "bigint_limbs.h"
#include "test_rng.h"

using namespace dartrt::bigint;

namespace {

struct Rng : TestRng {
  std::vector<Limb> limbs(size_t n) {
    std::vector<Limb> v(n);
    for (Limb& l : v) l = limb();
    return v;
  }
};

// a * m + carry_in over 32-bit halves: returns the n + 1 limbs of the exact product.
std::vector<Limb> reference_mul_1(const std::vector<Limb>& a, Limb m) {
  std::vector<uint32_t> x, y{(uint32_t)m, (uint32_t)(m >> 32)};
  for (Limb l : a) {
    x.push_back((uint32_t)l);
    x.push_back((uint32_t)(l >> 32));
  }
  std::vector<uint32_t> p(x.size() + 2, 0);
  for (size_t j = 0; j < y.size(); ++j) {
    uint64_t carry = 0;
    for (size_t i = 0; i < x.size(); ++i) {
      uint64_t t = (uint64_t)x[i] * y[j] + p[i + j] + carry;  // < 2^64
      p[i + j] = (uint32_t)t;
      carry = t >> 32;
    }
    for (size_t k = x.size() + j; carry != 0; ++k) {
      uint64_t t = (uint64_t)p[k] + carry;
      p[k] = (uint32_t)t;
      carry = t >> 32;
    }
  }
  std::vector<Limb> r(a.size() + 1);
  for (size_t i = 0; i < r.size(); ++i) r[i] = (Limb)p[2 * i] | ((Limb)p[2 * i + 1] << 32);
  return r;
}

// a + b or a - b (a >= b as numbers when subtracting) over 32-bit halves, an >= bn: the an limbs
// of the result and the carry (borrow) out.
std::vector<Limb> reference_add_sub(const std::vector<Limb>& a, const std::vector<Limb>& b, bool subtract, Limb* out) {
  std::vector<Limb> r(a.size());
  int64_t carry = 0;  // -1, 0 or 1
  for (size_t i = 0; i < 2 * a.size(); ++i) {
    int64_t x = (int64_t)(uint32_t)(a[i / 2] >> (32 * (i % 2)));
    int64_t y = i / 2 < b.size() ? (int64_t)(uint32_t)(b[i / 2] >> (32 * (i % 2))) : 0;
    int64_t t = subtract ? x - y + carry : x + y + carry;
    carry = t < 0 ? -1 : t >> 32;
    r[i / 2] |= (Limb)(uint32_t)t << (32 * (i % 2));
  }
  *out = carry != 0;
  return r;
}

using Mul1 = Limb (*)(Limb*, const Limb*, size_t, Limb);

void check_mul_1(Mul1 f) {
  Rng rng;
  std::vector<Limb> multipliers{0, 1, 2, 10, 0x8000000000000000u, ~Limb{0}, ~Limb{0} - 1};
  for (int i = 0; i < 5; ++i) multipliers.push_back(rng.next());
  std::vector<size_t> lengths;
  for (size_t n = 0; n <= 13; ++n) lengths.push_back(n);
  lengths.push_back(100);
  lengths.push_back(1001);
  for (size_t n : lengths) {
    for (Limb m : multipliers) {
      for (int kind = 0; kind < 3; ++kind) {
        std::vector<Limb> a = kind == 0 ? std::vector<Limb>(n, ~Limb{0}) : rng.limbs(n);
        std::vector<Limb> expected = reference_mul_1(a, m);
        std::vector<Limb> r(n + 1, 0x5A5A5A5A5A5A5A5Au);
        if (kind == 2) {  // in place
          r = a;
          r.push_back(0);
          r[n] = f(r.data(), r.data(), n, m);
        } else {
          r[n] = f(r.data(), a.data(), n, m);
        }
        CHECK_MESSAGE(r == expected, "n=" << n << " m=" << m << " kind=" << kind);
      }
    }
  }
}

void check_add_sub(bool subtract) {
  Rng rng;
  for (size_t bn = 0; bn <= 19; ++bn) {
    for (size_t extra : {0, 1, 3, 8, 17}) {
      for (int kind = 0; kind < 5; ++kind) {
        size_t an = bn + extra;
        std::vector<Limb> a = rng.limbs(an), b = rng.limbs(bn);
        // kind 1: a's tail all ones (an addition carries through it, to the carry out); kind 2:
        // a's tail zeros (a subtraction borrows through it); kind 3: both all ones / b = a.
        if (kind == 1)
          for (size_t i = bn; i < an; ++i) a[i] = ~Limb{0};
        if (kind == 2)
          for (size_t i = bn; i < an; ++i) a[i] = 0;
        if (kind == 3) {
          for (Limb& l : a) l = ~Limb{0};
          for (Limb& l : b) l = ~Limb{0};
        }
        if (subtract) {
          // a >= b as numbers: when a's tail is zero, its low bn limbs must be at least b
          // (compared as fixed-width numbers); otherwise swap the low parts.
          bool tail_zero = true;
          for (size_t i = bn; i < an; ++i) tail_zero = tail_zero && a[i] == 0;
          if (tail_zero && compare(a.data(), bn, b.data(), bn) < 0) {
            for (size_t i = 0; i < bn; ++i) std::swap(a[i], b[i]);
          }
        }
        Limb expected_carry;
        std::vector<Limb> expected = reference_add_sub(a, b, subtract, &expected_carry);
        if (subtract) REQUIRE(expected_carry == 0);
        for (int place = 0; place < 3; ++place) {  // a fresh result, r == a, r == b (b padded)
          std::vector<Limb> r(an, 0x5A5A5A5A5A5A5A5Au), aa = a, bb = b;
          Limb carry;
          Limb* target = place == 0 ? r.data() : place == 1 ? aa.data() : nullptr;
          if (place == 2) {
            bb.resize(an, 0x1111111111111111u);  // r == b: limbs past bn are b's storage, unread
            target = bb.data();
          }
          carry = subtract ? sub(target, aa.data(), an, bb.data(), bn) : add(target, aa.data(), an, bb.data(), bn);
          std::vector<Limb> got(target, target + an);
          CHECK_MESSAGE(got == expected, "bn=" << bn << " an=" << an << " kind=" << kind << " place=" << place);
          CHECK(carry == expected_carry);
        }
      }
    }
  }
}

}  // namespace

TEST_CASE("BigInt loops: the portable one-limb product is exact") { check_mul_1(mul_1_portable); }

TEST_CASE("BigInt loops: the dispatched one-limb product is exact") { check_mul_1(mul_1); }

#if defined(__x86_64__)
TEST_CASE("BigInt loops: the BMI2 one-limb product is exact (when the CPU has BMI2)") {
  if (!mul_1_bmi2_available()) {
    MESSAGE("no BMI2 on this CPU: the mulx loop is not run");
    return;
  }
  check_mul_1(mul_1_bmi2);
}
#endif

TEST_CASE("BigInt loops: add and its carry through the longer operand") { check_add_sub(false); }

TEST_CASE("BigInt loops: sub and its borrow through the longer operand") { check_add_sub(true); }
