#!/usr/bin/env python3
"""Writes the .expected files of test_programs/bigint from Python 3's own integers.

Each function mirrors one Dart program line by line; the Dart semantics that differ from
Python's are spelled out here (truncating ~/ and remainder, Euclidean %, the VM's hashCode,
bitLength of negative numbers over 32-bit digits, toInt's clamping, the parse rules, number and
error texts). Run from anywhere: python3 test_programs/bigint/expected.py
"""
import math
import re
import struct
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
M64 = (1 << 64) - 1


def tdiv(a, b):
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


def trem(a, b):
    return a - b * tdiv(a, b)


def emod(a, b):
    return a % abs(b)


def cmp(a, b):
    return (a > b) - (a < b)


def b(x):
    return "true" if x else "false"


def digits32(m):
    out = []
    while m:
        out.append(m & 0xFFFFFFFF)
        m >>= 32
    return out


def vm_hash(x):
    """The VM's BigInt.hashCode (bigint_patch.dart): Jenkins over the 32-bit digits."""
    def combine(h, v):
        h = 0x1fffffff & (h + v)
        h = 0x1fffffff & (h + ((0x0007ffff & h) << 10))
        return h ^ (h >> 6)

    def finish(h):
        h = 0x1fffffff & (h + ((0x03ffffff & h) << 3))
        h = h ^ (h >> 11)
        return 0x1fffffff & (h + ((0x00003fff & h) << 15))

    if x == 0:
        return 6707
    h = 83585 if x < 0 else 429689
    for d in digits32(abs(x)):
        h = combine(h, d)
    return finish(h)


def vm_bit_length(x):
    """The VM's bitLength: for negative x, 32 * (used - 1) + (top digit - 1).bitLength."""
    if x >= 0:
        return x.bit_length()
    d = digits32(-x)
    return 32 * (len(d) - 1) + (d[-1] - 1).bit_length()


def to_int(x):
    return max(-(1 << 63), min((1 << 63) - 1, x))


def valid_int(x):
    return -(1 << 63) <= x < (1 << 63)


def to_double(x):
    try:
        return float(x)
    except OverflowError:
        return math.inf if x > 0 else -math.inf


def dart_double(d):
    """double.toString as the VM prints it: shortest digits, decimal for 1e-6 <= |d| < 1e21."""
    if d != d:
        return "NaN"
    if math.isinf(d):
        return "Infinity" if d > 0 else "-Infinity"
    if d == 0:
        return "-0.0" if math.copysign(1, d) < 0 else "0.0"
    sign, digits, exp = Decimal(repr(d)).as_tuple()
    ds = "".join(map(str, digits)).rstrip("0") or "0"
    point = len(digits) + exp  # decimal point position relative to the digit string
    s = "-" if sign else ""
    if 1e-6 <= abs(d) < 1e21:
        if point <= 0:
            return s + "0." + "0" * (-point) + ds
        if point >= len(ds):
            return s + ds + "0" * (point - len(ds)) + ".0"
        return s + ds[:point] + "." + ds[point:]
    e = point - 1
    mant = ds[0] + ("." + ds[1:] if len(ds) > 1 else "")
    return s + mant + "e" + ("+" if e >= 0 else "-") + str(abs(e))


def from_double(d):
    return int(d)  # truncation toward zero


def factorial_fibonacci():
    out = []
    f = math.factorial(100)
    out.append("100! = %d" % f)
    out.append("100! bits %d hash %d" % (vm_bit_length(f), vm_hash(f)))
    g = math.factorial(1000)
    s = str(g)
    out.append("1000! has %d digits: %s...%s" % (len(s), s[:30], s[len(s) - 260:len(s) - 249]))
    out.append("digit sum %d" % sum(map(int, s)))
    q = g // f
    out.append("1000!/100! remainder %d, quotient bits %d" % (g % f, q.bit_length()))
    out.append("quotient is the product: true")
    z = len(s) - len(s.rstrip("0"))
    out.append("trailing zeros %d" % z)
    fib = [0, 1]
    while len(fib) <= 1001:
        fib.append(fib[-1] + fib[-2])
    out.append("F(100) = %d" % fib[100])
    out.append("F(500) = %d" % fib[500])
    out.append("F(1000) = %d" % fib[1000])
    ok = all(fib[2 * n] == fib[n] * (2 * fib[n + 1] - fib[n]) for n in range(1, 501, 7))
    out.append("doubling identity holds: %s" % b(ok))
    out.append("Cassini 999: %d" % (fib[998] * fib[1000] - fib[999] ** 2))
    out.append("Cassini 998: %d" % (fib[997] * fib[999] - fib[998] ** 2))
    out.append("gcd(F(600), F(400)) == F(200): %s" % b(math.gcd(fib[600], fib[400]) == fib[200]))
    return out


def arithmetic():
    out = []
    values = [123456789012345678901234567890, -98765432109876543210, 7, -3, 1 << 64, -((1 << 64) - 1),
              (1 << 128) + 1]
    for x in values:
        for y in values:
            out.append("%d %d: + %d - %d * %d ~/ %d rem %d %% %d cmp %d < %s <= %s > %s >= %s == %s" % (
                x, y, x + y, x - y, x * y, tdiv(x, y), trem(x, y), emod(x, y), cmp(x, y),
                b(x < y), b(x <= y), b(x > y), b(x >= y), b(x == y)))
    for x in values:
        out.append("%d: neg %d abs %d sign %d even %s odd %s negative %s pow3 %d pow0 1 hash %d double %d" % (
            x, -x, abs(x), cmp(x, 0), b(x % 2 == 0), b(x % 2 == 1), b(x < 0), x ** 3, vm_hash(x),
            from_double(to_double(x))))
    out.append("equal values, equal hashes: true")
    out.append("zero hash 6707, -0 is 0: true false")
    out.append("BigInt == int: false")
    out.append("7 / 2 = 3.5")
    x = 3 ** 20000
    y = 7 ** 15000 + 1
    xy = x * y
    m = 1000000000000000000000000000057
    out.append("3^20000 bits %d, 7^15000+1 bits %d" % (x.bit_length(), y.bit_length()))
    out.append("x*y mod m %d, x*y bits %d" % (xy % m, xy.bit_length()))
    out.append("x*x == 3^40000: true")
    out.append("(x*y) ~/ y == x: true, remainder 0")
    out.append("(x*y+12345) ~/ x == y: true, remainder 12345")
    q, r = x // y, x % y
    out.append("x = q*y + r: true, 0 <= r < y: true, q bits %d" % q.bit_length())
    out.append("x ~/ (y+7) low digits %d" % ((x // (y + 7)) % m))
    out.append("(-x) ~/ y == -(x ~/ y): true, (-x) %% y == y - r: %s" % b((-x) % y == y - r))
    k = (1 << 4000) - 1
    out.append("(2^4000-1)^2 mod m %d, digits %d" % ((k * k) % m, len(str(k * k))))
    return out


def modular():
    out = []
    p = (1 << 127) - 1
    m = 10 ** 57 + 7
    bb = -123456789123456789123456789
    out.append(str(pow(4, 13, 497)))
    out.append(str(pow(2, p - 1, p)))
    out.append(str(pow(3, 123456789012345678901234567890, m)))
    out.append(str(pow(bb, 65537, m)))
    out.append(str(pow(bb, 3, 1000)))
    out.append("1")  # the VM: a zero exponent gives one, even modulo 1
    out.append("0")
    out.append(str(pow(12345, 678, 65536)))
    out.append(str(pow(m, 10, p)))
    out.append("0")
    big = 7 ** 300
    out.append(str(pow(big, big, (1 << 521) - 1)))
    out.append(str(pow(3, -1, 11)))
    out.append(str(pow(bb, -1, m)))
    out.append(str(pow(-7, -1, 100)))
    out.append("0")
    out.append(str(pow(p, -1, m)))
    out.append("1")
    out.append(str(math.gcd(12, 18)))
    out.append(str(math.gcd(-12, 18)))
    out.append("5")
    out.append("5")
    out.append("0")
    out.append(str(math.gcd(2 ** 200 * 3 ** 50, 2 ** 150 * 3 ** 80)))
    out.append(str(math.gcd(m, p)))
    out.append("modPow negative exponent: Invalid argument(s): exponent must be positive: -1")
    out.append("modPow zero modulus: Invalid argument(s): modulus must be strictly positive: 0")
    out.append("modPow negative modulus: Invalid argument(s): modulus must be strictly positive: -5")
    out.append("modInverse not coprime: Exception: Not coprime")
    out.append("modInverse of zero: Exception: Not coprime")
    out.append("modInverse multiple: Exception: Not coprime")
    out.append("modInverse zero modulus: Invalid argument(s): Modulus must be strictly positive: 0")
    out.append("modInverse negative modulus: Invalid argument(s): Modulus must be strictly positive: -7")
    return out


def radix_string(x, radix):
    if x == 0:
        return "0"
    digits = []
    m = abs(x)
    while m:
        m, d = divmod(m, radix)
        digits.append("0123456789abcdefghijklmnopqrstuvwxyz"[d])
    return ("-" if x < 0 else "") + "".join(reversed(digits))


# JavaScript's \s (not Python's: no U+001C..U+001F, no U+0085) and ASCII-only classes.
JS_SPACE = "[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]"
PARSE_RE = re.compile("^" + JS_SPACE + "*([+-]?)((0x[a-f0-9]+)|([0-9]+)|([a-z0-9]+))" + JS_SPACE + r"*\Z",
                      re.IGNORECASE | re.ASCII)


class DartRangeError(Exception):
    pass


def parse_digits(s, radix):
    v = 0
    for c in s:
        d = int(c, 36)
        if d >= radix:
            return None
        v = v * radix + d
    return v


def vm_try_parse(source, radix=None):
    """The VM's BigInt._tryParse."""
    if source == "":
        return None
    match = PARSE_RE.match(source)
    if not match:
        return None
    negative = match.group(1) == "-"
    hexm, dec, nondec = match.group(3), match.group(4), match.group(5)
    if radix is None:
        if dec is not None:
            v = int(dec)
        elif hexm is not None:
            v = int(hexm[2:], 16)
        else:
            return None
        return -v if negative else v
    if radix < 2 or radix > 36:
        raise DartRangeError("RangeError (radix): Invalid value: Not in inclusive range 2..36: %d" % radix)
    if radix == 10 and dec is not None:
        v = int(dec)
    elif radix == 16 and (dec or nondec) is not None:
        v = parse_digits(dec or nondec, 16)
    else:
        v = parse_digits(dec or nondec or hexm, radix)
    if v is None:
        return None
    return -v if negative else v


def show(v):
    return "null" if v is None else str(v)


def parse_radix():
    out = []
    n = -31415926535897932384626433832795028841971693993751058209749445923
    for radix in range(2, 37):
        s = radix_string(n, radix)
        out.append("%d %d true %s" % (radix, len(s), s if radix in (2, 7, 16, 36) else ""))
    f = 3 ** 2000
    out.append("3^2000 in radix 10 round trip: true, radix 16: true, radix 36: true")
    out.append("%d %d %d %s" % (len(str(f)), len(radix_string(f, 3)), len(radix_string(f, 27)),
                                radix_string(f, 16)[:20]))
    inputs = ["0", "-0", "+0", "007", "  42  ", "\t-42\n", "\u00a0123\u3000", "\u0085123", "+-1", "--1", "- 1",
              "", " ", "+", "-", "0x", "0x1F", "0X1f", "-0xff", "0x-1", "0xg", "1e5", "12ab", "1_000", "١٢٣",
              "99999999999999999999999999999999999999", "9223372036854775808", "-9223372036854775809"]
    for s in inputs:
        shown = (s.replace("\t", "\\t").replace("\n", "\\n").replace("\u00a0", "<nbsp>")
                 .replace("\u3000", "<ideographic space>").replace("\u0085", "<nel>"))
        out.append("'%s': %s radix 16: %s radix 36: %s radix 2: %s" % (
            shown, show(vm_try_parse(s)), show(vm_try_parse(s, 16)), show(vm_try_parse(s, 36)),
            show(vm_try_parse(s, 2))))
    out.append(str(int("zz", 36)))
    out.append(str(-int("ZZZZZZZZZZZZZZZZZZZZZZZZ", 36)))
    out.append(str(int("0x1f", 34)))
    out.append(str(int("1" * 71, 2)))
    out.append(str(int("F" * 32, 16)))
    out.append("FormatException: Could not parse BigInt")
    out.append("12x")
    out.append("FormatException: Could not parse BigInt")
    out.append("")
    out.append("RangeError (radix): Invalid value: Not in inclusive range 2..36: 37")
    out.append("null")
    out.append("RangeError (radix): Invalid value: Not in inclusive range 2..36: 1")
    out.append("RangeError: Invalid value: Not in inclusive range 2..36: 1")
    out.append("RangeError: Invalid value: Not in inclusive range 2..36: 37")
    return out


def bits():
    out = []
    values = [0, 1, -1, -2, (1 << 64) - 1, -(1 << 64), -(1 << 64) - 1, -((1 << 128) - 1),
              12345678901234567890123456789, -98765432109876543210987654321098765432109876543210]
    for x in values:
        for y in values:
            out.append("%d %d: & %d | %d ^ %d" % (x, y, x & y, x | y, x ^ y))

    def unsigned(x, w):
        return x & ((1 << w) - 1)

    def signed(x, w):
        m = 1 << (w - 1)
        return (x & (m - 1)) - (x & m)

    for x in values:
        out.append("%d: ~ %d bitLength %d toInt %d valid %s <<1 %d <<64 %d <<100 %d >>1 %d >>63 %d >>64 %d >>65 %d "
                   ">>200 %d unsigned8 %d unsigned70 %d signed8 %d signed70 %d" % (
                       x, ~x, vm_bit_length(x), to_int(x), b(valid_int(x)), x << 1, x << 64, x << 100, x >> 1,
                       x >> 63, x >> 64, x >> 65, x >> 200, unsigned(x, 8), unsigned(x, 70), signed(x, 8),
                       signed(x, 70)))
    for s in ["-4294967296", "-4294967297", "-8589934593", "-18446744073709551617", "-18446744073709551616",
              "-36893488147419103233", "-79228162514264337593543950337"]:
        out.append("%s bitLength %d" % (s, vm_bit_length(int(s))))
    out.append("int range: true false true false")
    out.append("toInt clamps: %d %d %d %d %d" % (to_int(1 << 63), to_int(-(1 << 63) - 1), -(1 << 63),
                                                 to_int(1 << 100), to_int(-(1 << 100))))
    out.append("from int: %d %d" % (-(1 << 63), (1 << 63) - 1))
    to_round = [2 ** 53 + 1, 2 ** 53 + 3, 2 ** 54 + 2, 2 ** 54 + 6, 2 ** 100 + 2 ** 47, 2 ** 100 + 2 ** 47 + 1,
                2 ** 100 + 2 ** 48 + 2 ** 47, 2 ** 64 - 1, 123456789012345678901234567890123, -(2 ** 200 - 1)]
    for x in to_round:
        out.append("%d toDouble %d" % (x, from_double(to_double(x))))
    out.append(dart_double(to_double(2 ** 1023)))
    out.append(dart_double(to_double(2 ** 1024 - 2 ** 970)))
    out.append(dart_double(to_double(2 ** 1024 - 2 ** 971)))
    out.append(dart_double(to_double(-(2 ** 1024))))
    out.append(dart_double(12345.0))
    out.append(dart_double(0.0))
    for d in [0.0, -0.0, 1.5, -1.5, 4294967296.5, -4294967297.9, 1e18, 9.3e18, -9.3e18, 1e19, 1e100,
              -1.7976931348623157e308, 123456789.987]:
        out.append("%s -> %d" % (dart_double(d), from_double(d)))
    out.append("Invalid argument(s): Value must be finite: NaN")
    out.append("Invalid argument(s): Value must be finite: Infinity")
    out.append("Invalid argument(s): Value must be finite: -Infinity")
    for shift in [-1, -100]:
        out.append("Invalid argument(s): shift-amount must be positive %d" % shift)
        out.append("Invalid argument(s): shift-amount must be positive %d" % shift)
    out.append("Invalid argument(s): Exponent must not be negative: -1")
    for _ in range(2):
        out.append("IntegerDivisionByZeroException")
        out.append("IntegerDivisionByZeroException")
        out.append("true")
    out.append("Infinity")
    return out


def equal_length_division():
    out = []
    modulus = 1000000000000000009
    state = [12345]

    def random(bits):
        state[0] = (state[0] * 3 ** 2501 + 1442695040888963407) % (1 << 4096)
        return state[0] >> (4096 - bits)

    def sign(x):
        return (x > 0) - (x < 0)

    def divide(label, a, b):
        for x in (a, -a):
            for y in (b, -b):
                q, r, m = tdiv(x, y), trem(x, y), emod(x, y)
                out.append("%s: q %d r %d %d m %d check %s %s" % (
                    label, q, emod(r, modulus), sign(r), emod(m, modulus), b_(q * y + r == x), b_(abs(r) < abs(y))))

    b_ = b
    for n in (2, 3, 5, 17, 40):
        low = 64 * (n - 1)
        base = 1 << low
        bb = base + random(low)
        divide("n%d random" % n, base + random(low), bb)
        # Dart evaluates the arguments left to right: the dividend's random number first.
        a = (base << 1) - 1 - random(low)
        divide("n%d top all ones" % n, a, ((base << 1) - 1) - random(low - 1))
        top_one = base + random(low)
        divide("n%d top one" % n, (base << 64) - 1 - random(32), top_one)
        same_top = base * 12345 + random(low)
        divide("n%d same top" % n, base * 12345 + random(low), same_top)
        divide("n%d equal" % n, bb, bb)
        divide("n%d smaller" % n, bb - 1, bb)
        for q in (1, 2, 9, 1000003):
            d = base + random(low)
            divide("n%d q %d b-1" % (n, q), d * q + d - 1, d)
            divide("n%d q %d -1" % (n, q), d * q - 1, d)
    numer, accum, denom = 1, 0, 1
    digits = []
    i = k = 0
    while i < 300:
        k += 1
        k2 = 2 * k + 1
        accum = (accum + (numer << 1)) * k2
        denom = denom * k2
        numer = numer * k
        if numer > accum:
            continue
        d3 = tdiv(numer * 3 + accum, denom)
        d4 = tdiv(numer * 4 + accum, denom)
        if d3 != d4:
            continue
        digits.append(str(d3))
        i += 1
        accum = (accum - denom * d3) * 10
        numer = numer * 10
    out.append("pi: " + "".join(digits))
    out.append("k %d, denominator bits %d" % (k, denom.bit_length()))
    return out


def one_limb_products():
    modulus = 1000000000000000009
    all_ones_limb = (1 << 64) - 1

    def ones(n):
        return (1 << (64 * n)) - 1

    def mixed(n):
        return (3 ** (41 * n) % (1 << (64 * n))) | (1 << (64 * n - 1))

    out = []

    def product(label, a, k):
        p = a * k
        # The Dart program's identities hold for exact integers; printed as it prints them.
        exact = p == 0 if k == 0 else (tdiv(p, k) == a and trem(p, k) == 0)
        by_shift = k != all_ones_limb or p == (a << 64) - a
        signs = (-a) * k == -p and a * (-k) == -p and (-a) * (-k) == p and k * a == p
        out.append("%s: %d %d %s %s %s" % (label, emod(p, modulus), p.bit_length(), b(exact), b(by_shift),
                                           b(signs)))

    multipliers = [0, 1, 2, 10, 2 * 33333 + 1, 1 << 63, all_ones_limb, all_ones_limb - 1, 12345678901234567891]
    for n in range(1, 20):
        for m, k in enumerate(multipliers):
            product("ones(%d) * k%d" % (n, m), ones(n), k)
            product("mixed(%d) * k%d" % (n, m), mixed(n), k)
        out.append("mixed(%d) * 7 == seven additions: %s" % (n, b(mixed(n) * 7 == 7 * mixed(n))))
    for n in range(1, 20):
        top = 1 << (64 * n)
        half = mixed((n + 1) // 2)
        all_carry = ones(n) + 1
        short_carry = (top + 5) + 7
        all_borrow = top - 1
        mixed_sum = mixed(n) + half
        mixed_diff = mixed(n) - half
        out.append("tails(%d): %s %d %s %d %d %d %s %s %s %s" % (
            n, b(all_carry == top), short_carry - top, b(all_borrow == ones(n)), all_borrow.bit_length(),
            emod(mixed_sum, modulus), emod(mixed_diff, modulus), b(mixed_sum - half == mixed(n)),
            b(mixed_diff + half == mixed(n)), b(-ones(n) - 1 == -top), b(1 - top == -all_borrow)))
    out.append(str(all_ones_limb * all_ones_limb))
    out.append(str((10 ** 40 - 1) * 9))
    out.append(str(math.factorial(30)))
    return out


def main():
    for name, fn in [("factorial_fibonacci", factorial_fibonacci), ("arithmetic", arithmetic),
                     ("modular", modular), ("parse_radix", parse_radix), ("bits", bits),
                     ("equal_length_division", equal_length_division),
                     ("one_limb_products", one_limb_products)]:
        (HERE / (name + ".expected")).write_text("\n".join(fn()) + "\n")
        print("wrote", name + ".expected")


if __name__ == "__main__":
    main()
