"""Dart VM semantics of int and double operations, modelled in Python.

The generator uses these to compute, at generation time, what a Dart VM prints for an arithmetic
expression, so a generated program can check itself: a bug shared by every dartc configuration
still shows up. Sources: the language specification (int is 64-bit two's complement on the VM,
operations wrap), the VM's sdk/lib/_internal/vm/lib/integers.dart (`~/` truncates, `%` is
Euclidean: never negative; a zero divisor throws IntegerDivisionByZeroException; shifts by 64 or
more give 0 or -1; a negative count throws ArgumentError) and double.dart / runtime DartModulo
(double `%`: fmod, a zero result becomes +0.0, a negative one gets |b| added), and
Double.toString (ECMAScript Number::toString, plus ".0" when the text looks like an integer).
"""

import math

MASK = (1 << 64) - 1
MIN_INT = -(1 << 63)
MAX_INT = (1 << 63) - 1


class DartThrow(Exception):
    """An operation that throws in Dart; `kind` is the exception's class name."""

    def __init__(self, kind):
        super().__init__(kind)
        self.kind = kind


def wrap(x):
    x &= MASK
    return x - (1 << 64) if x >> 63 else x


def int_binary(op, a, b):
    if op == '+':
        return wrap(a + b)
    if op == '-':
        return wrap(a - b)
    if op == '*':
        return wrap(a * b)
    if op == '&':
        return a & b
    if op == '|':
        return a | b
    if op == '^':
        return a ^ b
    if op in ('~/', '%', 'remainder'):
        if b == 0:
            raise DartThrow('IntegerDivisionByZeroException')
        q = abs(a) // abs(b)
        if (a < 0) != (b < 0):
            q = -q
        if op == '~/':
            return wrap(q)
        r = a - q * b  # truncated remainder: the sign of a
        if op == '%' and r < 0:
            r += abs(b)
        return r
    if op in ('<<', '>>', '>>>'):
        if b < 0:
            raise DartThrow('ArgumentError')
        if op == '<<':
            return 0 if b >= 64 else wrap(a << b)
        if op == '>>':
            return a >> min(b, 63)
        return 0 if b >= 64 else (a & MASK) >> b if b > 0 else a
    raise ValueError(op)


def int_unary(op, a):
    if op == '-':
        return wrap(-a)
    if op == '~':
        return ~a
    raise ValueError(op)


def int_compare(op, a, b):
    return {'<': a < b, '>': a > b, '<=': a <= b, '>=': a >= b, '==': a == b, '!=': a != b}[op]


def double_binary(op, a, b):
    if op == '+':
        return a + b
    if op == '-':
        return a - b
    if op == '*':
        return a * b  # Python floats overflow to inf like IEEE
    if op == '/':
        if b == 0.0:
            if a != a or a == 0.0:
                return math.nan
            sign = math.copysign(1.0, a) * math.copysign(1.0, b)
            return math.copysign(math.inf, sign)
        return a / b
    if op == '%':
        if b == 0.0 or a != a or b != b or math.isinf(a):
            return math.nan
        r = math.fmod(a, b)
        if r == 0.0:
            return 0.0
        if r < 0.0:
            r = r - b if b < 0 else r + b
        return r
    raise ValueError(op)


def double_to_int(d):
    """double.toInt(): truncates; NaN and infinities throw; out-of-range values clamp."""
    if d != d or math.isinf(d):
        raise DartThrow('UnsupportedError')
    t = int(d)
    return max(MIN_INT, min(MAX_INT, t))


def int_to_double(i):
    return float(i)  # round to nearest even, like cvtsi2sd / scvtf


def double_to_string(d):
    if d != d:
        return 'NaN'
    if math.isinf(d):
        return 'Infinity' if d > 0 else '-Infinity'
    if d == 0.0:
        return '-0.0' if math.copysign(1.0, d) < 0 else '0.0'
    sign = '-' if d < 0 else ''
    # repr gives the shortest round-trip digits; re-lay them out the ECMAScript way.
    text = repr(abs(d))
    mantissa, _, exp = text.partition('e')
    exp = int(exp) if exp else 0
    int_part, _, frac = mantissa.partition('.')
    digits = (int_part + frac).lstrip('0')
    # value = 0.digits * 10^n
    n = len(int_part.lstrip('0')) + exp if int_part.strip('0') else exp - (len(frac) - len(frac.lstrip('0')))
    digits = digits.rstrip('0') or '0'
    k = len(digits)
    if k <= n <= 21:
        s = digits + '0' * (n - k) + '.0'
    elif 0 < n <= 21:
        s = digits[:n] + '.' + digits[n:]
    elif -6 < n <= 0:
        s = '0.' + '0' * (-n) + digits
    else:
        e = n - 1
        es = ('+' if e >= 0 else '-') + str(abs(e))
        s = digits[0] + ('.' + digits[1:] if k > 1 else '') + 'e' + es
    return sign + s


def int_literal(v):
    """Dart source text for an int value (the minimum int needs the VM's literal special case)."""
    return str(v) if v >= 0 else '(%d)' % v


def double_literal(d):
    if d != d:
        return 'double.nan'
    if math.isinf(d):
        return 'double.infinity' if d > 0 else '(-double.infinity)'
    text = repr(d)
    if 'e' not in text and '.' not in text:
        text += '.0'
    return text if d >= 0 and text[0] != '-' else '(%s)' % text
