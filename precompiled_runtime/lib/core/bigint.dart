part of dart.core;

// BigInt with the observable behaviour of the Dart VM (sdk/lib/core/bigint.dart and
// sdk/lib/_internal/vm/lib/bigint_patch.dart): parse rules, error texts, hashCode, toInt's
// clamping, toDouble's rounding, the VM's bitLength of negative numbers. A value is a sign and a
// magnitude held in a `_BigIntDigits` object of 64-bit limbs that only the runtime's natives
// (precompiled_runtime/src/bigint_natives.cpp) make and read; docs/bigint.md explains why the
// digit loops are C++ rather than Dart.

abstract final class BigInt implements Comparable<BigInt> {
  static BigInt get zero => _BigIntImpl._zero;
  static BigInt get one => _BigIntImpl._one;
  static BigInt get two => _BigIntImpl._two;

  static BigInt parse(String source, {int? radix}) {
    BigInt? result = _BigIntImpl._tryParse(source, radix);
    if (result == null) throw FormatException("Could not parse BigInt", source);
    return result;
  }

  static BigInt? tryParse(String source, {int? radix}) => _BigIntImpl._tryParse(source, radix);

  factory BigInt.from(num value) => _BigIntImpl.from(value);

  BigInt abs();
  BigInt operator -();
  BigInt operator +(BigInt other);
  BigInt operator -(BigInt other);
  BigInt operator *(BigInt other);
  double operator /(BigInt other);
  BigInt operator ~/(BigInt other);
  BigInt operator %(BigInt other);
  BigInt remainder(BigInt other);
  BigInt operator <<(int shiftAmount);
  BigInt operator >>(int shiftAmount);
  BigInt operator &(BigInt other);
  BigInt operator |(BigInt other);
  BigInt operator ^(BigInt other);
  BigInt operator ~();
  bool operator <(BigInt other);
  bool operator <=(BigInt other);
  bool operator >(BigInt other);
  bool operator >=(BigInt other);
  int compareTo(BigInt other);
  int get bitLength;
  int get sign;
  bool get isEven;
  bool get isOdd;
  bool get isNegative;
  BigInt pow(int exponent);
  BigInt modPow(BigInt exponent, BigInt modulus);
  BigInt modInverse(BigInt modulus);
  BigInt gcd(BigInt other);
  BigInt toUnsigned(int width);
  BigInt toSigned(int width);
  bool get isValidInt;
  int toInt();
  double toDouble();
  String toString();
  String toRadixString(int radix);
}

// A magnitude: `length` 64-bit limbs, least significant first, no leading zero limb (DartBigIntDigits
// in abi.h). Never constructed in Dart.
final class _BigIntDigits {
  _BigIntDigits._();
}

@pragma('dartc:native', 'dartrt_bigint_from_uint64')
@pragma('vm:exact-result-type', '_BigIntDigits')
external _BigIntDigits? _bigFromUint64(int value);
@pragma('dartc:native', 'dartrt_bigint_from_double_magnitude')
@pragma('vm:exact-result-type', '_BigIntDigits')
external _BigIntDigits? _bigFromDoubleMagnitude(double value);
@pragma('dartc:native', 'dartrt_bigint_length')
external int _bigLength(_BigIntDigits a);
@pragma('dartc:native', 'dartrt_bigint_low_limb')
external int _bigLowLimb(_BigIntDigits a);
@pragma('dartc:native', 'dartrt_bigint_compare')
external int _bigCompare(_BigIntDigits a, _BigIntDigits b);
@pragma('dartc:native', 'dartrt_bigint_add')
@pragma('vm:exact-result-type', '_BigIntDigits')
external _BigIntDigits? _bigAdd(_BigIntDigits a, _BigIntDigits b);
@pragma('dartc:native', 'dartrt_bigint_sub')
@pragma('vm:exact-result-type', '_BigIntDigits')
external _BigIntDigits? _bigSub(_BigIntDigits a, _BigIntDigits b);
@pragma('dartc:native', 'dartrt_bigint_mul')
@pragma('vm:exact-result-type', '_BigIntDigits')
external _BigIntDigits? _bigMul(_BigIntDigits a, _BigIntDigits b);
@pragma('dartc:native', 'dartrt_bigint_divrem')
@pragma('vm:exact-result-type', '_BigIntDigits')
external _BigIntDigits? _bigDivRem(_BigIntDigits a, _BigIntDigits b, int wantRemainder);
@pragma('dartc:native', 'dartrt_bigint_shift_left')
@pragma('vm:exact-result-type', '_BigIntDigits')
external _BigIntDigits? _bigShiftLeft(_BigIntDigits a, int shift);
@pragma('dartc:native', 'dartrt_bigint_shift_right')
@pragma('vm:exact-result-type', '_BigIntDigits')
external _BigIntDigits? _bigShiftRight(_BigIntDigits a, int shift, int roundUp);
@pragma('dartc:native', 'dartrt_bigint_bit_op')
@pragma('vm:exact-result-type', '_BigIntDigits')
external _BigIntDigits? _bigBitOp(int op, int aNegative, _BigIntDigits a, int bNegative, _BigIntDigits b);
@pragma('dartc:native', 'dartrt_bigint_bit_length')
external int _bigBitLength(_BigIntDigits a);
@pragma('dartc:native', 'dartrt_bigint_vm_negative_bit_length')
external int _bigVmNegativeBitLength(_BigIntDigits a);
@pragma('dartc:native', 'dartrt_bigint_hash')
external int _bigHash(_BigIntDigits a, int negative);
@pragma('dartc:native', 'dartrt_bigint_to_double')
external double _bigToDouble(_BigIntDigits a);
@pragma('dartc:native', 'dartrt_bigint_parse')
@pragma('vm:exact-result-type', '_BigIntDigits')
external _BigIntDigits? _bigParse(String source, int start, int end, int radix);
@pragma('dartc:native', 'dartrt_bigint_to_radix_string')
external String? _bigToRadixString(_BigIntDigits a, int radix, int negative);
@pragma('dartc:native', 'dartrt_bigint_mod_pow')
@pragma('vm:exact-result-type', '_BigIntDigits')
external _BigIntDigits? _bigModPow(_BigIntDigits base, _BigIntDigits exponent, _BigIntDigits modulus);

// A native's result; null only when the heap is exhausted.
_BigIntDigits _checked(_BigIntDigits? digits) => digits ?? (throw OutOfMemoryError());

final class _BigIntImpl implements BigInt {
  final bool _isNegative;
  final _BigIntDigits _mag;

  // Zero is never negative.
  _BigIntImpl._(bool negative, _BigIntDigits mag)
      : _isNegative = negative && _bigLength(mag) != 0,
        _mag = mag;

  static final _BigIntImpl _zero = _BigIntImpl._fromInt(0);
  static final _BigIntImpl _one = _BigIntImpl._fromInt(1);
  static final _BigIntImpl _two = _BigIntImpl._fromInt(2);

  // The VM's BigInt.from: doubles are truncated toward zero; NaN and infinities are an
  // ArgumentError.
  factory _BigIntImpl.from(num value) {
    if (value is int) return _BigIntImpl._fromInt(value);
    double d = value as double;
    if (d.isNaN || d.isInfinite) throw ArgumentError("Value must be finite: $d");
    double magnitude = d.abs();
    if (magnitude < 9223372036854775808.0) return _BigIntImpl._fromInt(d.toInt());
    return _BigIntImpl._(d < 0, _checked(_bigFromDoubleMagnitude(magnitude)));
  }

  factory _BigIntImpl._fromInt(int value) {
    // -minInt is minInt, whose bits are the magnitude 2^63 read as unsigned.
    return _BigIntImpl._(value < 0, _checked(_bigFromUint64(value < 0 ? -value : value)));
  }

  bool get _isZero => _bigLength(_mag) == 0;

  static _BigIntImpl _of(BigInt other) => other as _BigIntImpl;

  _BigIntImpl operator -() => _isZero ? this : _BigIntImpl._(!_isNegative, _mag);

  _BigIntImpl abs() => _isNegative ? _BigIntImpl._(false, _mag) : this;

  // |this| + |other| or |this| - |other| with the sign the operation gives.
  _BigIntImpl _addSigned(_BigIntImpl other, bool otherNegative) {
    if (_isNegative == otherNegative) {
      return _BigIntImpl._(_isNegative, _checked(_bigAdd(_mag, other._mag)));
    }
    int c = _bigCompare(_mag, other._mag);
    if (c == 0) return _zero;
    if (c > 0) return _BigIntImpl._(_isNegative, _checked(_bigSub(_mag, other._mag)));
    return _BigIntImpl._(otherNegative, _checked(_bigSub(other._mag, _mag)));
  }

  _BigIntImpl operator +(BigInt other) {
    _BigIntImpl o = _of(other);
    return _addSigned(o, o._isNegative);
  }

  _BigIntImpl operator -(BigInt other) {
    _BigIntImpl o = _of(other);
    return _addSigned(o, !o._isNegative && !o._isZero);
  }

  _BigIntImpl operator *(BigInt other) {
    _BigIntImpl o = _of(other);
    return _BigIntImpl._(_isNegative != o._isNegative, _checked(_bigMul(_mag, o._mag)));
  }

  double operator /(BigInt other) => toDouble() / other.toDouble();

  _BigIntImpl _divisor(BigInt other) {
    _BigIntImpl o = _of(other);
    if (o._isZero) throw const IntegerDivisionByZeroException();
    return o;
  }

  _BigIntImpl operator ~/(BigInt other) {
    _BigIntImpl o = _divisor(other);
    return _BigIntImpl._(_isNegative != o._isNegative, _checked(_bigDivRem(_mag, o._mag, 0)));
  }

  // The remainder of the truncating division: the sign of this.
  _BigIntImpl remainder(BigInt other) {
    _BigIntImpl o = _divisor(other);
    return _BigIntImpl._(_isNegative, _checked(_bigDivRem(_mag, o._mag, 1)));
  }

  // The Euclidean modulo: never negative.
  _BigIntImpl operator %(BigInt other) {
    _BigIntImpl o = _divisor(other);
    _BigIntDigits r = _checked(_bigDivRem(_mag, o._mag, 1));
    if (!_isNegative || _bigLength(r) == 0) return _BigIntImpl._(false, r);
    return _BigIntImpl._(false, _checked(_bigSub(o._mag, r)));
  }

  _BigIntImpl operator <<(int shiftAmount) {
    if (shiftAmount < 0) throw ArgumentError("shift-amount must be positive $shiftAmount");
    if (_isZero || shiftAmount == 0) return this;
    return _BigIntImpl._(_isNegative, _checked(_bigShiftLeft(_mag, shiftAmount)));
  }

  // Rounds toward negative infinity, as on ints.
  _BigIntImpl operator >>(int shiftAmount) {
    if (shiftAmount < 0) throw ArgumentError("shift-amount must be positive $shiftAmount");
    if (_isZero || shiftAmount == 0) return this;
    return _BigIntImpl._(_isNegative, _checked(_bigShiftRight(_mag, shiftAmount, _isNegative ? 1 : 0)));
  }

  _BigIntImpl _bitOp(int op, BigInt other, bool negative) {
    _BigIntImpl o = _of(other);
    return _BigIntImpl._(negative, _checked(_bigBitOp(op, _isNegative ? 1 : 0, _mag, o._isNegative ? 1 : 0, o._mag)));
  }

  _BigIntImpl operator &(BigInt other) => _bitOp(0, other, _isNegative && other.isNegative);
  _BigIntImpl operator |(BigInt other) => _bitOp(1, other, _isNegative || other.isNegative);
  _BigIntImpl operator ^(BigInt other) => _bitOp(2, other, _isNegative != other.isNegative);
  _BigIntImpl operator ~() => (-this) - _one;

  int compareTo(BigInt other) {
    _BigIntImpl o = _of(other);
    if (_isNegative != o._isNegative) return _isNegative ? -1 : 1;
    int c = _bigCompare(_mag, o._mag);
    return _isNegative ? -c : c;
  }

  bool operator <(BigInt other) => compareTo(other) < 0;
  bool operator <=(BigInt other) => compareTo(other) <= 0;
  bool operator >(BigInt other) => compareTo(other) > 0;
  bool operator >=(BigInt other) => compareTo(other) >= 0;

  bool operator ==(Object other) => other is _BigIntImpl && compareTo(other) == 0;

  int get hashCode => _bigHash(_mag, _isNegative ? 1 : 0);

  int get bitLength => _isNegative ? _bigVmNegativeBitLength(_mag) : _bigBitLength(_mag);

  int get sign => _isZero ? 0 : (_isNegative ? -1 : 1);
  bool get isEven => (_bigLowLimb(_mag) & 1) == 0;
  bool get isOdd => !isEven;
  bool get isNegative => _isNegative;

  _BigIntImpl pow(int exponent) {
    if (exponent < 0) throw ArgumentError("Exponent must not be negative: $exponent");
    _BigIntImpl result = _one;
    _BigIntImpl base = this;
    while (exponent != 0) {
      if ((exponent & 1) == 1) result = result * base;
      exponent = exponent >> 1;
      if (exponent != 0) base = base * base;
    }
    return result;
  }

  _BigIntImpl modPow(BigInt exponent, BigInt modulus) {
    _BigIntImpl e = _of(exponent);
    _BigIntImpl m = _of(modulus);
    if (e._isNegative) throw ArgumentError("exponent must be positive: $e");
    if (m <= _zero) throw ArgumentError("modulus must be strictly positive: $m");
    // As on the VM, a zero exponent gives one whatever the modulus (also 1).
    if (e._isZero) return _one;
    _BigIntImpl base = (_isNegative || _bigCompare(_mag, m._mag) >= 0) ? this % m : this;
    return _BigIntImpl._(false, _checked(_bigModPow(base._mag, e._mag, m._mag)));
  }

  // The inverse in [0, modulus) by the extended Euclidean algorithm; the VM's errors.
  _BigIntImpl modInverse(BigInt modulus) {
    _BigIntImpl m = _of(modulus);
    if (m <= _zero) throw ArgumentError("Modulus must be strictly positive: $m");
    if (m == _one) return _zero;
    _BigIntImpl a = (_isNegative || _bigCompare(_mag, m._mag) >= 0) ? this % m : this;
    if (a._isZero) throw Exception("Not coprime");
    // Invariants: t * a == r (mod m), newT * a == newR (mod m).
    _BigIntImpl t = _zero, newT = _one, r = m, newR = a;
    while (!newR._isZero) {
      _BigIntImpl q = r ~/ newR;
      _BigIntImpl next = t - q * newT;
      t = newT;
      newT = next;
      next = r - q * newR;
      r = newR;
      newR = next;
    }
    if (r != _one) throw Exception("Not coprime");
    return t._isNegative ? t + m : t;
  }

  _BigIntImpl gcd(BigInt other) {
    _BigIntImpl o = _of(other);
    _BigIntImpl x = abs(), y = o.abs();
    while (!y._isZero) {
      _BigIntImpl t = x.remainder(y);
      x = y;
      y = t;
    }
    return x;
  }

  _BigIntImpl toUnsigned(int width) => this & ((_one << width) - _one);

  _BigIntImpl toSigned(int width) {
    _BigIntImpl signMask = _one << (width - 1);
    return (this & (signMask - _one)) - (this & signMask);
  }

  // Whether the value is in int's range, -2^63 included.
  bool get isValidInt {
    int length = _bigLength(_mag);
    if (length == 0) return true;
    if (length > 1) return false;
    int low = _bigLowLimb(_mag);
    return low >= 0 || (_isNegative && low == -9223372036854775808);
  }

  // The VM clamps values outside int's range to its minimum or maximum.
  int toInt() {
    if (!isValidInt) return _isNegative ? -9223372036854775808 : 9223372036854775807;
    int low = _bigLowLimb(_mag);
    return _isNegative ? -low : low;
  }

  double toDouble() {
    double d = _bigToDouble(_mag);
    return _isNegative ? -d : d;
  }

  String toString() => _radixString(10);

  String toRadixString(int radix) {
    if (radix < 2 || radix > 36) throw RangeError.range(radix, 2, 36);
    return _radixString(radix);
  }

  String _radixString(int radix) {
    String? text = _bigToRadixString(_mag, radix, _isNegative ? 1 : 0);
    if (text == null) throw OutOfMemoryError();
    return text;
  }

  // JavaScript's \s, which the VM's parse expression uses (unlike String.trim, not U+0085).
  static bool _isSpace(int c) {
    if (c <= 0x20) return c == 0x20 || (c >= 0x09 && c <= 0x0D);
    if (c < 0xA0) return false;
    return c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
        c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
  }

  static bool _isAsciiAlphanumeric(int c) {
    int lower = c | 0x20;
    return (c >= 0x30 && c <= 0x39) || (lower >= 0x61 && lower <= 0x7A);
  }

  // The VM's BigInt.tryParse: the whole string must match
  // ^\s*([+-]?)((0x[a-f0-9]+)|(\d+)|([a-z0-9]+))\s*$ (case-insensitive); without a radix only
  // the decimal and the 0x forms are accepted; with one, the radix is checked only after the
  // match, and the body's characters must be digits of the radix (a "0x" prefix included, so
  // "0x1f" needs radix 34 or more).
  static _BigIntImpl? _tryParse(String source, int? radix) {
    int end = source.length;
    int start = 0;
    while (start < end && _isSpace(source.codeUnitAt(start))) start++;
    while (end > start && _isSpace(source.codeUnitAt(end - 1))) end--;
    if (start == end) return null;
    bool negative = false;
    int first = source.codeUnitAt(start);
    if (first == 0x2B || first == 0x2D) {
      negative = first == 0x2D;
      start++;
    }
    if (start == end) return null;
    bool allDecimal = true;
    for (int i = start; i < end; i++) {
      int c = source.codeUnitAt(i);
      if (!_isAsciiAlphanumeric(c)) return null;
      if (c > 0x39) allDecimal = false;
    }
    bool hex = !allDecimal && end - start > 2 && source.codeUnitAt(start) == 0x30 &&
        (source.codeUnitAt(start + 1) | 0x20) == 0x78 && _allHex(source, start + 2, end);
    int actualRadix;
    if (radix == null) {
      if (allDecimal) {
        actualRadix = 10;
      } else if (hex) {
        actualRadix = 16;
        start += 2;
      } else {
        return null;
      }
    } else {
      if (radix < 2 || radix > 36) throw RangeError.range(radix, 2, 36, 'radix');
      actualRadix = radix;
    }
    _BigIntDigits? digits = _bigParse(source, start, end, actualRadix);
    if (digits == null) {
      // A digit outside the radix, or an exhausted heap.
      for (int i = start; i < end; i++) {
        int c = source.codeUnitAt(i);
        int value = c <= 0x39 ? c - 0x30 : (c | 0x20) - 0x61 + 10;
        if (value >= actualRadix) return null;
      }
      throw OutOfMemoryError();
    }
    return _BigIntImpl._(negative, digits);
  }

  static bool _allHex(String s, int start, int end) {
    for (int i = start; i < end; i++) {
      int c = s.codeUnitAt(i);
      int lower = c | 0x20;
      if (!((c >= 0x30 && c <= 0x39) || (lower >= 0x61 && lower <= 0x66))) return false;
    }
    return true;
  }
}
