// The natives of dart:core's BigInt (precompiled_runtime/lib/core/bigint.dart): operations on
// magnitudes held in DartBigIntDigits objects (abi.h). The Dart side keeps the sign and checks
// every argument; these never throw. A result that cannot be allocated is returned as null, and
// the Dart side throws OutOfMemoryError. Arguments stay alive across the allocation of the
// result: the caller holds them, the collector scans this frame conservatively and never moves
// objects.
#include <stdlib.h>
#include <string.h>

#include "bigint_limbs.h"
#include "dart_string.h"
#include "heap.h"
#include "runtime.h"

using namespace dartrt;
using namespace dartrt::bigint;

namespace {

struct Mag {
  const Limb* limbs;
  size_t length;
};

Mag mag(dart_word w) {
  DartBigIntDigits* d = reinterpret_cast<DartBigIntDigits*>(w);
  return {dart_bigint_limbs(d), (size_t)d->length};
}

// A digits object with room for `capacity` limbs (length set by finish), or null.
DartBigIntDigits* new_digits(uint64_t capacity) {
  if (capacity > (uint64_t{1} << 56)) return nullptr;
  if (!allocation_fits(capacity, sizeof(Limb), sizeof(DartBigIntDigits))) return nullptr;
  uint64_t size = sizeof(DartBigIntDigits) + capacity * sizeof(Limb);
  uint32_t cid = dartrt_builtin_cids.bigint_digits_cid;
  // Large digit objects skip the heap's zeroing: every limb up to the length is written.
  DartObject* object = size > kLargeObjectThreshold
                           ? heap_try_allocate(current_isolate()->heap, size, dart_make_header(cid, dart_align_size(size)), false)
                           : allocate_object(size, cid, true);
  auto* d = reinterpret_cast<DartBigIntDigits*>(object);
  if (d) d->length = 0;
  return d;
}

// Sets the length to the normalized one of limbs [0, n).
dart_word finish(DartBigIntDigits* d, size_t n) {
  if (!d) return DART_NULL;
  d->length = (int64_t)normalized_length(dart_bigint_limbs(d), n);
  return reinterpret_cast<dart_word>(d);
}

dart_word copy_of(const Limb* a, size_t n) {
  DartBigIntDigits* d = new_digits(n);
  if (!d) return DART_NULL;
  memcpy(dart_bigint_limbs(d), a, n * sizeof(Limb));
  return finish(d, n);
}

// Limb i of the infinite two's complement form of sign * magnitude; `carry` starts at 1 and
// carries the +1 of the negation (~m + 1) through the limbs.
inline Limb twos_complement_limb(const Mag& m, bool negative, size_t i, Limb& carry) {
  Limb x = i < m.length ? m.limbs[i] : 0;
  if (!negative) return x;
  Limb v = ~x + carry;
  carry = carry && v == 0;
  return v;
}

// The Jenkins one-at-a-time steps of the VM's BigInt.hashCode, kept to 29 bits.
int64_t hash_combine(int64_t hash, int64_t value) {
  hash = 0x1fffffff & (hash + value);
  hash = 0x1fffffff & (hash + ((0x0007ffff & hash) << 10));
  return hash ^ (hash >> 6);
}

int64_t hash_finish(int64_t hash) {
  hash = 0x1fffffff & (hash + ((0x03ffffff & hash) << 3));
  hash = hash ^ (hash >> 11);
  return 0x1fffffff & (hash + ((0x00003fff & hash) << 15));
}

// The value of a digit character in radixes up to 36, or 99.
inline unsigned digit_value(uint32_t c) {
  if (c >= '0' && c <= '9') return c - '0';
  uint32_t lower = c | 0x20;
  if (lower >= 'a' && lower <= 'z') return lower - 'a' + 10;
  return 99;
}

// The largest power of `radix` that fits a limb, and its exponent.
Limb chunk_base(unsigned radix, unsigned* digits) {
  Limb base = radix;
  unsigned n = 1;
  while (base <= ~(Limb)0 / radix) {
    base *= radix;
    ++n;
  }
  *digits = n;
  return base;
}

}  // namespace

extern "C" {

dart_word dartrt_bigint_from_uint64(int64_t value) {
  Limb v = (Limb)value;
  DartBigIntDigits* d = new_digits(1);
  if (!d) return DART_NULL;
  dart_bigint_limbs(d)[0] = v;
  return finish(d, 1);
}

// Two limbs: the magnitude of a double's integral part is mantissa << shift.
dart_word dartrt_bigint_from_double_magnitude(double value) {
  uint64_t bits;
  memcpy(&bits, &value, sizeof bits);
  int exponent = (int)((bits >> 52) & 0x7FF);
  Limb mantissa = (bits & ((Limb{1} << 52) - 1)) | (Limb{1} << 52);
  int shift = exponent - 1075;  // the caller passes |value| >= 2^63, so shift > 0
  size_t limbs = (size_t)shift / 64 + 2;
  DartBigIntDigits* d = new_digits(limbs);
  if (!d) return DART_NULL;
  Limb* r = dart_bigint_limbs(d);
  memset(r, 0, limbs * sizeof(Limb));
  r[shift / 64] = mantissa;
  shift_left(r + shift / 64, r + shift / 64, 2, (unsigned)(shift % 64));
  return finish(d, limbs);
}

int64_t dartrt_bigint_length(dart_word a) { return reinterpret_cast<DartBigIntDigits*>(a)->length; }

// Limb 0 (0 for zero): toInt, isEven.
int64_t dartrt_bigint_low_limb(dart_word a) {
  Mag m = mag(a);
  return m.length ? (int64_t)m.limbs[0] : 0;
}

int64_t dartrt_bigint_compare(dart_word a, dart_word b) {
  Mag x = mag(a), y = mag(b);
  return compare(x.limbs, x.length, y.limbs, y.length);
}

dart_word dartrt_bigint_add(dart_word a, dart_word b) {
  Mag x = mag(a), y = mag(b);
  if (x.length < y.length) {
    Mag t = x;
    x = y;
    y = t;
  }
  DartBigIntDigits* d = new_digits(x.length + 1);
  if (!d) return DART_NULL;
  Limb* r = dart_bigint_limbs(d);
  r[x.length] = add(r, x.limbs, x.length, y.limbs, y.length);
  return finish(d, x.length + 1);
}

// |a| - |b|, |a| >= |b|.
dart_word dartrt_bigint_sub(dart_word a, dart_word b) {
  Mag x = mag(a), y = mag(b);
  DartBigIntDigits* d = new_digits(x.length);
  if (!d) return DART_NULL;
  sub(dart_bigint_limbs(d), x.limbs, x.length, y.limbs, y.length);
  return finish(d, x.length);
}

dart_word dartrt_bigint_mul(dart_word a, dart_word b) {
  Mag x = mag(a), y = mag(b);
  if (x.length == 0 || y.length == 0) return finish(new_digits(0), 0);
  DartBigIntDigits* d = new_digits(x.length + y.length);
  if (!d) return DART_NULL;
  if (!mul(dart_bigint_limbs(d), x.limbs, x.length, y.limbs, y.length)) return DART_NULL;
  return finish(d, x.length + y.length);
}

// |a| / |b| (want_remainder 0) or |a| % |b| (1), b != 0.
dart_word dartrt_bigint_divrem(dart_word a, dart_word b, int64_t want_remainder) {
  Mag x = mag(a), y = mag(b);
  if (x.length < y.length) return want_remainder ? a : finish(new_digits(0), 0);
  if (y.length == 1) {
    size_t n = want_remainder ? 1 : x.length;
    DartBigIntDigits* d = new_digits(n);
    if (!d) return DART_NULL;
    Limb* r = dart_bigint_limbs(d);
    if (want_remainder) {
      r[0] = mod_1(x.limbs, x.length, y.limbs[0]);
    } else {
      divrem_1(r, x.limbs, x.length, y.limbs[0]);
    }
    return finish(d, n);
  }
  if (x.length == y.length) {
    // A one-limb quotient (the usual case of spigots): no normalized copies, no scratch memory.
    DartBigIntDigits* d = new_digits(want_remainder ? x.length : 1);
    if (!d) return DART_NULL;
    Limb* r = dart_bigint_limbs(d);
    if (want_remainder) {
      div_same_length(r, x.limbs, y.limbs, x.length);
      return finish(d, x.length);
    }
    r[0] = div_same_length(nullptr, x.limbs, y.limbs, x.length);
    return finish(d, 1);
  }
  size_t n = want_remainder ? y.length : x.length - y.length + 1;
  DartBigIntDigits* d = new_digits(n);
  if (!d) return DART_NULL;
  Limb* r = dart_bigint_limbs(d);
  bool ok = want_remainder ? divrem(nullptr, r, x.limbs, x.length, y.limbs, y.length)
                           : divrem(r, nullptr, x.limbs, x.length, y.limbs, y.length);
  if (!ok) return DART_NULL;
  return finish(d, n);
}

dart_word dartrt_bigint_shift_left(dart_word a, int64_t shift) {
  Mag x = mag(a);
  if (x.length == 0) return a;
  uint64_t limbs = (uint64_t)shift / 64;
  DartBigIntDigits* d = new_digits(x.length + limbs + 1);
  if (!d) return DART_NULL;
  Limb* r = dart_bigint_limbs(d);
  memset(r, 0, limbs * sizeof(Limb));
  r[x.length + limbs] = shift_left(r + limbs, x.limbs, x.length, (unsigned)(shift % 64));
  return finish(d, x.length + limbs + 1);
}

// |a| >> shift, plus one when `round_up` and a bit shifted out was set (the floor of a
// negative number's quotient).
dart_word dartrt_bigint_shift_right(dart_word a, int64_t shift, int64_t round_up) {
  Mag x = mag(a);
  uint64_t limbs = (uint64_t)shift / 64;
  bool lost = false;
  for (size_t i = 0; i < x.length && i < limbs && !lost; ++i) lost = x.limbs[i] != 0;
  size_t n = limbs < x.length ? x.length - limbs : 0;
  DartBigIntDigits* d = new_digits(n + 1);
  if (!d) return DART_NULL;
  Limb* r = dart_bigint_limbs(d);
  if (n > 0 && shift_right(r, x.limbs + limbs, n, (unsigned)(shift % 64)) != 0) lost = true;
  r[n] = 0;
  if (round_up && lost) {
    size_t i = 0;
    while (++r[i] == 0) ++i;  // r[n] is a zero limb: the carry stops there at the latest
  }
  return finish(d, n + 1);
}

// The magnitude of (sa a) op (sb b) in two's complement, op 0: &, 1: |, 2: ^; the Dart side
// knows the result's sign: op applied to the signs.
dart_word dartrt_bigint_bit_op(int64_t op, int64_t a_negative, dart_word a, int64_t b_negative, dart_word b) {
  Mag x = mag(a), y = mag(b);
  size_t n = (x.length > y.length ? x.length : y.length) + 1;  // one more for the sign
  DartBigIntDigits* d = new_digits(n);
  if (!d) return DART_NULL;
  Limb* r = dart_bigint_limbs(d);
  Limb cx = 1, cy = 1;
  for (size_t i = 0; i < n; ++i) {
    Limb u = twos_complement_limb(x, a_negative, i, cx);
    Limb v = twos_complement_limb(y, b_negative, i, cy);
    r[i] = op == 0 ? (u & v) : op == 1 ? (u | v) : (u ^ v);
  }
  bool negative = op == 0 ? (a_negative && b_negative) : op == 1 ? (a_negative || b_negative) : (a_negative != b_negative);
  if (negative) {  // the magnitude is the negation: ~r + 1
    Limb carry = 1;
    for (size_t i = 0; i < n; ++i) {
      Limb v = ~r[i] + carry;
      carry = carry && v == 0;
      r[i] = v;
    }
  }
  return finish(d, n);
}

int64_t dartrt_bigint_bit_length(dart_word a) {
  Mag x = mag(a);
  return (int64_t)bit_length(x.limbs, x.length);
}

// The VM's BigInt.bitLength of a negative number: over 32-bit digits, 32 * (used - 1) plus the
// bit length of the top digit minus one (sdk/lib/_internal/vm/lib/bigint_patch.dart). This is
// (-x - 1).bitLength except when the top digit is a power of two and a lower digit is not zero
// (-(2^32 + 1) gives 32, not 33); docs/bigint.md.
int64_t dartrt_bigint_vm_negative_bit_length(dart_word a) {
  Mag x = mag(a);
  if (x.length == 0) return 0;
  Limb top = x.limbs[x.length - 1];
  uint64_t used32 = 2 * (uint64_t)x.length - ((top >> 32) == 0 ? 1 : 0);
  uint32_t top32 = (top >> 32) != 0 ? (uint32_t)(top >> 32) : (uint32_t)top;
  uint32_t high = top32 - 1;
  uint64_t high_bits = high == 0 ? 0 : 32 - (uint64_t)__builtin_clz(high);
  return (int64_t)(32 * (used32 - 1) + high_bits);
}

// The VM's BigInt.hashCode: Jenkins' hash over the 32-bit digits, least significant first.
int64_t dartrt_bigint_hash(dart_word a, int64_t negative) {
  Mag x = mag(a);
  if (x.length == 0) return 6707;
  int64_t hash = negative ? 83585 : 429689;
  for (size_t i = 0; i < x.length; ++i) {
    Limb limb = x.limbs[i];
    hash = hash_combine(hash, (int64_t)(limb & 0xFFFFFFFF));
    if (i + 1 < x.length || (limb >> 32) != 0) hash = hash_combine(hash, (int64_t)(limb >> 32));
  }
  return hash_finish(hash);
}

double dartrt_bigint_to_double(dart_word a) {
  Mag x = mag(a);
  return to_double(x.limbs, x.length);
}

// Digits [start, end) of `source` in `radix` (2..36) as a magnitude; null when a character is
// not a digit of the radix (the Dart side has checked the syntax otherwise) or on exhaustion.
dart_word dartrt_bigint_parse(dart_word source, int64_t start, int64_t end, int64_t radix) {
  StrView s = string_view(source);
  unsigned chunk_digits;
  Limb base = chunk_base((unsigned)radix, &chunk_digits);
  size_t count = (size_t)(end - start);
  // Each digit carries at most 6 bits (radix 36 < 64).
  size_t capacity = count * 6 / 64 + 2;
  DartBigIntDigits* d = new_digits(capacity);
  if (!d) return DART_NULL;
  Limb* r = dart_bigint_limbs(d);
  size_t n = 0;
  size_t i = (size_t)start;
  // The first chunk takes the remainder, so that every other chunk has chunk_digits digits.
  size_t first = count % chunk_digits;
  if (first == 0) first = chunk_digits;
  while (i < (size_t)end) {
    size_t len = i == (size_t)start ? first : chunk_digits;
    Limb value = 0, scale = 1;
    for (size_t k = 0; k < len; ++k, ++i) {
      unsigned v = digit_value(s.at(i));
      if (v >= (unsigned)radix) return DART_NULL;
      value = value * (Limb)radix + v;
      scale *= (Limb)radix;
    }
    if (len == chunk_digits) scale = base;
    // r = r * scale + value.
    Limb carry = value;
    for (size_t k = 0; k < n; ++k) {
      unsigned __int128 p = (unsigned __int128)r[k] * scale + carry;
      r[k] = (Limb)p;
      carry = (Limb)(p >> 64);
    }
    if (carry) r[n++] = carry;
  }
  return finish(d, n);
}

// The digits of the magnitude in `radix` (2..36), with a minus sign when `negative`: lower-case
// letters, as the VM's toRadixString. Repeated division by the largest power of the radix that
// fits a limb; null on exhaustion.
dart_word dartrt_bigint_to_radix_string(dart_word a, int64_t radix, int64_t negative) {
  Mag x = mag(a);
  if (x.length == 0) return string_from_latin1("0", 1);
  unsigned chunk_digits;
  Limb base = chunk_base((unsigned)radix, &chunk_digits);
  // Digits: at most bit_length / log2(radix) + 1 <= bit_length + 1.
  uint64_t bits = bit_length(x.limbs, x.length);
  unsigned log2_radix = 63 - (unsigned)__builtin_clzll((Limb)radix);  // floor(log2(radix))
  size_t max_digits = (size_t)(bits / log2_radix) + chunk_digits + 2;
  char* text = static_cast<char*>(malloc(max_digits + 1));
  Limb* work = static_cast<Limb*>(malloc(x.length * sizeof(Limb)));
  if (!text || !work) {
    free(text);
    free(work);
    return DART_NULL;
  }
  memcpy(work, x.limbs, x.length * sizeof(Limb));
  size_t n = x.length;
  size_t pos = max_digits + 1;  // digits are written backwards from the end
  while (n > 0) {
    Limb chunk = divrem_1(work, work, n, base);
    n = normalized_length(work, n);
    for (unsigned k = 0; k < chunk_digits; ++k) {
      if (n == 0 && chunk == 0) break;  // no leading zeros in the last chunk
      unsigned digit = (unsigned)(chunk % (Limb)radix);
      chunk /= (Limb)radix;
      text[--pos] = (char)(digit < 10 ? '0' + digit : 'a' + digit - 10);
    }
  }
  if (negative) text[--pos] = '-';
  size_t length = max_digits + 1 - pos;
  DartString* result = string_try_alloc(false, length);
  if (result) memcpy(const_cast<uint8_t*>(dart_one_byte_data(result)), text + pos, length);
  free(text);
  free(work);
  return reinterpret_cast<dart_word>(result);
}

// base^exponent mod modulus for 0 <= base < modulus, exponent > 0, modulus > 0: left-to-right
// square and multiply, reducing with algorithm D after each step, in malloc'd buffers.
dart_word dartrt_bigint_mod_pow(dart_word base_word, dart_word exponent_word, dart_word modulus_word) {
  Mag g = mag(base_word), e = mag(exponent_word), m = mag(modulus_word);
  size_t mn = m.length;
  Limb* buffer = static_cast<Limb*>(malloc((6 * mn + 4) * sizeof(Limb)));
  if (!buffer) return DART_NULL;
  Limb* acc = buffer;                // mn limbs: the running result
  Limb* product = acc + mn;          // 2 mn limbs
  Limb* rem = product + 2 * mn + 1;  // mn limbs
  size_t acc_n = g.length;
  memcpy(acc, g.limbs, g.length * sizeof(Limb));
  bool ok = true;
  // Reduces product[0..pn) modulo m into acc.
  auto reduce = [&](size_t pn) {
    pn = normalized_length(product, pn);
    if (pn < mn || compare(product, pn, m.limbs, mn) < 0) {
      memcpy(acc, product, pn * sizeof(Limb));
      acc_n = pn;
      return;
    }
    if (mn == 1) {
      acc[0] = mod_1(product, pn, m.limbs[0]);
      acc_n = normalized_length(acc, 1);
      return;
    }
    if (!divrem(nullptr, rem, product, pn, m.limbs, mn)) {
      ok = false;
      return;
    }
    acc_n = normalized_length(rem, mn);
    memcpy(acc, rem, acc_n * sizeof(Limb));
  };
  uint64_t bits = bit_length(e.limbs, e.length);
  for (uint64_t i = bits - 1; ok && i-- > 0;) {
    if (acc_n == 0) break;  // zero stays zero
    if (!mul(product, acc, acc_n, acc, acc_n)) {
      ok = false;
      break;
    }
    reduce(2 * acc_n);
    if (ok && acc_n > 0 && ((e.limbs[i / 64] >> (i % 64)) & 1)) {
      if (!mul(product, acc, acc_n, g.limbs, g.length)) {
        ok = false;
        break;
      }
      reduce(acc_n + g.length);
    }
  }
  dart_word result = ok ? copy_of(acc, acc_n) : DART_NULL;
  free(buffer);
  return result;
}

}  // extern "C"
