// BigInt's limb arithmetic (precompiled_runtime/src/bigint_limbs.cpp): Karatsuba against the
// schoolbook product, algorithm D against the identity a = q b + r with 0 <= r < b, the 2-by-1
// division's correction steps on divisors chosen to need them, and to_double's rounding against
// the hardware's conversion of values that fit 64 bits. Operands are random with long runs of
// zero and all-one limbs (where carries and the estimate's corrections happen).
#include <doctest/doctest.h>

#include <string.h>

#include <algorithm>
#include <vector>

#include "bigint_limbs.h"
#include "test_rng.h"

using namespace dartrt::bigint;

namespace {

using Rng = TestRng;

std::vector<Limb> random_number(Rng& rng, size_t n) {
  std::vector<Limb> v(n);
  for (Limb& l : v) l = rng.limb();
  if (n > 0 && v[n - 1] == 0) v[n - 1] = 1 + (rng.next() >> 1);
  return v;
}

std::vector<Limb> product(const std::vector<Limb>& a, const std::vector<Limb>& b, bool fast) {
  std::vector<Limb> r(a.size() + b.size());
  if (fast) {
    REQUIRE(mul(r.data(), a.data(), a.size(), b.data(), b.size()));
  } else if (a.size() >= b.size()) {
    mul_basecase(r.data(), a.data(), a.size(), b.data(), b.size());
  } else {
    mul_basecase(r.data(), b.data(), b.size(), a.data(), a.size());
  }
  r.resize(normalized_length(r.data(), r.size()));
  return r;
}

std::vector<Limb> sum(const std::vector<Limb>& a, const std::vector<Limb>& b) {
  const std::vector<Limb>& x = a.size() >= b.size() ? a : b;
  const std::vector<Limb>& y = a.size() >= b.size() ? b : a;
  std::vector<Limb> r(x.size() + 1);
  r[x.size()] = add(r.data(), x.data(), x.size(), y.data(), y.size());
  r.resize(normalized_length(r.data(), r.size()));
  return r;
}

}  // namespace

TEST_CASE("BigInt limbs: Karatsuba products equal schoolbook products, balanced and not") {
  Rng rng;
  for (size_t an : {1, 5, 31, 32, 33, 64, 65, 100, 257, 600}) {
    for (size_t bn : {1, 2, 31, 32, 47, 64, 129, 300}) {
      std::vector<Limb> a = random_number(rng, an), b = random_number(rng, bn);
      CHECK(product(a, b, true) == product(a, b, false));
    }
  }
  // All-ones operands: every partial sum carries.
  std::vector<Limb> ones(200, ~uint64_t{0});
  CHECK(product(ones, ones, true) == product(ones, ones, false));
}

TEST_CASE("BigInt limbs: algorithm D gives a = q b + r with r < b") {
  Rng rng;
  for (size_t bn : {2, 3, 8, 40}) {
    for (size_t extra : {0, 1, 2, 7, 50}) {
      for (int round = 0; round < 20; ++round) {
        std::vector<Limb> a = random_number(rng, bn + extra), b = random_number(rng, bn);
        if (round % 4 == 0) b[bn - 1] = ~uint64_t{0};  // the top limb's estimate may be B - 1
        if (round % 4 == 1) b[bn - 1] = 1;             // a large normalization shift
        if (round % 4 == 2) a[a.size() - 1] = b[bn - 1];  // top limbs equal: qhat starts at B - 1
        std::vector<Limb> q(a.size() - bn + 1), r(bn);
        REQUIRE(divrem(q.data(), r.data(), a.data(), a.size(), b.data(), bn));
        q.resize(normalized_length(q.data(), q.size()));
        r.resize(normalized_length(r.data(), r.size()));
        CHECK(compare(r.data(), r.size(), b.data(), b.size()) < 0);
        std::vector<Limb> back = q.empty() ? r : sum(product(q, b, false), r);
        CHECK(back == a);
      }
    }
  }
}

TEST_CASE("BigInt limbs: the one-limb quotient of equal lengths agrees with algorithm D") {
  Rng rng;
  int checked = 0;
  for (size_t n : {2, 3, 5, 17, 64}) {
    for (int round = 0; round < 200; ++round) {
      std::vector<Limb> a = random_number(rng, n), b = random_number(rng, n);
      switch (round % 8) {
        case 0: b[n - 1] = ~uint64_t{0}; break;                  // no normalization shift
        case 1: b[n - 1] = 1; break;                             // a shift of 63
        case 2: a[n - 1] = b[n - 1]; break;                      // top limbs equal
        case 3: a = b; break;                                    // quotient 1, remainder 0
        case 4: a[n - 1] = b[n - 1] - (b[n - 1] > 1); break;     // often a < b: quotient 0
        case 5: {                                                // a = q b + (b - 1): the estimate's edge
          std::vector<Limb> q{1 + rng.next() % 9};
          b[n - 1] = 1 + (rng.next() >> 8);                      // room for q b in n limbs
          std::vector<Limb> bm1(n);
          sub(bm1.data(), b.data(), n, std::vector<Limb>{1}.data(), 1);
          bm1.resize(normalized_length(bm1.data(), n));
          a = sum(product(q, b, false), bm1);
          if (a.size() != n) continue;
          break;
        }
        case 6: {                                                // a = q b and a = q b - 1: the top
          std::vector<Limb> q{1 + rng.next() % 1000};            // limbs cannot settle the quotient
          b[n - 1] = 1 + (rng.next() >> 12);
          a = product(q, b, false);
          if (round % 16 == 14) sub(a.data(), a.data(), a.size(), std::vector<Limb>{1}.data(), 1);
          a.resize(normalized_length(a.data(), a.size()));
          if (a.size() != n) continue;
          break;
        }
        default: break;
      }
      std::vector<Limb> q(1), r(n), r2(n);
      REQUIRE(divrem(q.data(), r.data(), a.data(), n, b.data(), n));
      CHECK(div_same_length(r2.data(), a.data(), b.data(), n) == q[0]);
      CHECK(div_same_length(nullptr, a.data(), b.data(), n) == q[0]);
      CHECK(r2 == r);
      ++checked;
    }
  }
  CHECK(checked > 900);
}

TEST_CASE("BigInt limbs: one-limb division, shifts, bit length") {
  Rng rng;
  std::vector<Limb> a = random_number(rng, 30);
  for (Limb d : {Limb{1}, Limb{10}, Limb{10000000000000000000u}, ~Limb{0}, Limb{0x8000000000000000u}}) {
    std::vector<Limb> q(a.size());
    Limb rem = divrem_1(q.data(), a.data(), a.size(), d);
    CHECK(rem == mod_1(a.data(), a.size(), d));
    CHECK(rem < d);
    std::vector<Limb> dv{d};
    std::vector<Limb> back = sum(product(std::vector<Limb>(q.begin(), q.begin() + normalized_length(q.data(), q.size())), dv, false),
                                 rem ? std::vector<Limb>{rem} : std::vector<Limb>{});
    CHECK(back == a);
  }
  for (unsigned s : {0u, 1u, 13u, 63u}) {
    std::vector<Limb> l(a.size()), r(a.size());
    Limb out = shift_left(l.data(), a.data(), a.size(), s);
    shift_right(r.data(), l.data(), l.size(), s);
    if (s) r[a.size() - 1] |= out << (64 - s);
    CHECK(r == a);
  }
  Limb one[2] = {0, 1};
  CHECK(bit_length(one, 2) == 65);
  CHECK(bit_length(one, 0) == 0);
}

TEST_CASE("BigInt limbs: to_double rounds to nearest, ties to even") {
  Rng rng;
  for (int i = 0; i < 2000; ++i) {
    Limb x = rng.next() >> (rng.next() % 64);
    CHECK(to_double(&x, x ? 1 : 0) == (double)x);
  }
  // Two limbs: 2^64 + 2^11 is a tie between 2^64 and 2^64 + 2^12 (even mantissa: down).
  Limb tie[2] = {Limb{1} << 11, 1};
  CHECK(to_double(tie, 2) == 18446744073709551616.0);
  Limb above[2] = {(Limb{1} << 11) + 1, 1};
  CHECK(to_double(above, 2) == 18446744073709555712.0);
  std::vector<Limb> huge(17, 0);
  huge[16] = 1;  // 2^1024
  CHECK(to_double(huge.data(), 17) == __builtin_inf());
  std::vector<Limb> max(16, ~Limb{0});  // 2^1024 - 1 rounds up to 2^1024: infinity
  CHECK(to_double(max.data(), 16) == __builtin_inf());
  std::fill(max.begin(), max.end(), 0);
  max[15] = ~Limb{0} << 11;  // 2^1024 - 2^971: the largest double
  CHECK(to_double(max.data(), 16) == 1.7976931348623157e308);
}
