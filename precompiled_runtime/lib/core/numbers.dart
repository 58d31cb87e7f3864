part of dart.core;

// Numbers, with the semantics and texts of the Dart VM (sdk/lib/_internal/vm/lib/integers.dart,
// double.dart, integers_patch.dart, double_patch.dart): 64-bit wrapping ints, compareTo's order
// for -0.0 and NaN, "Infinity or NaN toInt", int.parse's FormatException texts.

abstract final class num implements Comparable<num> {
  num._();

  external num operator +(num other);
  external num operator -(num other);
  external num operator *(num other);
  @pragma('dartc:calls', '_throwIntegerDivisionByZero')
  external num operator %(num other);
  external double operator /(num other);
  @pragma('dartc:calls', '_throwIntegerDivisionByZero')
  external int operator ~/(num other);
  external num operator -();
  external bool operator <(num other);
  external bool operator >(num other);
  external bool operator <=(num other);
  external bool operator >=(num other);
  external bool operator ==(Object other);
  external int get hashCode;
  external String toString();
  @pragma('dartc:calls', '_throwIntegerDivisionByZero')
  external num remainder(num other);

  int compareTo(num other);
  num abs();
  num get sign;
  int toInt();
  double toDouble();
  bool get isNaN;
  bool get isNegative;
  bool get isInfinite;
  bool get isFinite;
  int round();
  int floor();
  int ceil();
  int truncate();
  double roundToDouble();
  double floorToDouble();
  double ceilToDouble();
  double truncateToDouble();
  String toStringAsFixed(int fractionDigits);
  String toStringAsExponential([int? fractionDigits]);
  String toStringAsPrecision(int precision);

  num clamp(num lowerLimit, num upperLimit) {
    if (this is int && lowerLimit is int && upperLimit is int && lowerLimit <= upperLimit) {
      if (this < lowerLimit) return lowerLimit;
      if (this > upperLimit) return upperLimit;
      return this;
    }
    if (lowerLimit.compareTo(upperLimit) > 0) throw ArgumentError(lowerLimit);
    if (lowerLimit.isNaN) return lowerLimit;
    // A double compares with compareTo (the VM's double.clamp), so -0.0 is below 0.0 and NaN
    // above everything; an int with < (the VM's int.clamp: exact for ints, no -0.0).
    if (this is double ? this.compareTo(lowerLimit) < 0 : this < lowerLimit) return lowerLimit;
    if (this.compareTo(upperLimit) > 0) return upperLimit;
    return this;
  }

  static num parse(String input) {
    num? result = tryParse(input);
    if (result != null) return result;
    throw FormatException(input);
  }

  static num? tryParse(String input) {
    String source = input.trim();
    return int.tryParse(source) ?? double.tryParse(source);
  }
}

final class int extends num {
  // See String.fromEnvironment: a constant with the -D definitions, the default at run time.
  factory int.fromEnvironment(String name, {int defaultValue = 0}) => defaultValue;

  int._() : super._();

  external int operator &(int other);
  external int operator |(int other);
  external int operator ^(int other);
  external int operator ~();
  @pragma('dartc:calls', '_throwArgumentError')
  external int operator <<(int shiftAmount);
  @pragma('dartc:calls', '_throwArgumentError')
  external int operator >>(int shiftAmount);
  @pragma('dartc:calls', '_throwArgumentError')
  external int operator >>>(int shiftAmount);
  external String toString();

  bool get isEven => (this & 1) == 0;
  bool get isOdd => (this & 1) != 0;
  bool get isNegative => this < 0;
  bool get isNaN => false;
  bool get isInfinite => false;
  bool get isFinite => true;
  int abs() => this < 0 ? -this : this;
  int get sign => this < 0 ? -1 : (this > 0 ? 1 : 0);
  int toInt() => this;
  double toDouble() => _toDouble(this);
  external static double _toDouble(int value);
  int round() => this;
  int floor() => this;
  int ceil() => this;
  int truncate() => this;
  double roundToDouble() => _toDouble(this);
  double floorToDouble() => _toDouble(this);
  double ceilToDouble() => _toDouble(this);
  double truncateToDouble() => _toDouble(this);

  int compareTo(num other) {
    if (other is int) return this < other ? -1 : (this > other ? 1 : 0);
    double d = other as double;
    if (d.isNaN) return -1;
    if (d < -9223372036854775808.0) return 1;
    if (d >= 9223372036854775808.0) return -1;
    if (-9007199254740992 <= this && this <= 9007199254740992) {
      // Exactly representable: let double.compareTo deal with -0.0.
      return -d.compareTo(_toDouble(this));
    }
    // |d| >= 2^53: d is an integer.
    int o = d.toInt();
    return this < o ? -1 : (this > o ? 1 : 0);
  }

  int get bitLength {
    int value = this < 0 ? ~this : this;
    int length = 0;
    while (value != 0) {
      value = value >> 1;
      length++;
    }
    return length;
  }

  int toUnsigned(int width) => this & ((1 << width) - 1);

  int toSigned(int width) {
    int signMask = 1 << (width - 1);
    return (this & (signMask - 1)) - (this & signMask);
  }

  int gcd(int other) {
    int x = abs();
    int y = other.abs();
    while (y != 0) {
      int t = x % y;
      x = y;
      y = t;
    }
    return x;
  }

  int modPow(int exponent, int modulus) {
    if (exponent < 0) throw RangeError.range(exponent, 0, null, "exponent");
    if (modulus <= 0) throw RangeError.range(modulus, 1, null, "modulus");
    if (exponent == 0) return 1 % modulus;
    int base = this % modulus;
    int result = 1;
    while (exponent > 0) {
      if ((exponent & 1) == 1) result = _mulMod(result, base, modulus);
      exponent = exponent >> 1;
      if (exponent > 0) base = _mulMod(base, base, modulus);
    }
    return result;
  }

  int modInverse(int modulus) {
    if (modulus <= 0) throw RangeError.range(modulus, 1, null, "modulus");
    if (modulus == 1) return 0;
    int t = 0, newT = 1, r = modulus, newR = this % modulus;
    while (newR != 0) {
      int q = r ~/ newR;
      int tmp = t - q * newT;
      t = newT;
      newT = tmp;
      tmp = r - q * newR;
      r = newR;
      newR = tmp;
    }
    if (r != 1) throw Exception("Not coprime");
    return t < 0 ? t + modulus : t;
  }

  // (a * b) % m for 0 <= a, b < m without overflowing 64 bits.
  static int _mulMod(int a, int b, int m) {
    if (a < 0x80000000 && b < 0x80000000) return (a * b) % m;
    int result = 0;
    a = a % m;
    while (b > 0) {
      if ((b & 1) == 1) {
        result = result + a - m;
        if (result < 0) result += m;
      }
      b = b >> 1;
      a = a + a - m;
      if (a < 0) a += m;
    }
    return result;
  }

  String toRadixString(int radix) {
    if (radix < 2 || 36 < radix) throw RangeError.range(radix, 2, 36, "radix");
    return _toRadixString(radix);
  }

  external String _toRadixString(int radix);

  String toStringAsFixed(int fractionDigits) => _toDouble(this).toStringAsFixed(fractionDigits);
  String toStringAsExponential([int? fractionDigits]) => _toDouble(this).toStringAsExponential(fractionDigits);
  String toStringAsPrecision(int precision) => _toDouble(this).toStringAsPrecision(precision);

  static int parse(String source, {int? radix}) {
    if (source.isEmpty) throw _intFormatError(source, 0, radix, null);
    if (radix == null || radix == 10) {
      int? fast = _tryParseSmall(source);
      if (fast != null) return fast;
    } else if (radix < 2 || radix > 36) {
      throw RangeError("Radix $radix not in range 2..36");
    }
    return _parseInt(source, radix, true)!;
  }

  static int? tryParse(String source, {int? radix}) {
    if (source.isEmpty) return null;
    if (radix == null || radix == 10) {
      int? fast = _tryParseSmall(source);
      if (fast != null) return fast;
    } else if (radix < 2 || radix > 36) {
      throw RangeError("Radix $radix not in range 2..36");
    }
    return _parseInt(source, radix, false);
  }

  // Decimal without whitespace, at most 18 digits: the common case.
  static int? _tryParseSmall(String source) {
    int length = source.length;
    int i = 0;
    int sign = 1;
    int c = source.codeUnitAt(0);
    if (c == 0x2B || c == 0x2D) {
      i = 1;
      if (c == 0x2D) sign = -1;
      if (length == 1) return null;
    }
    if (length - i > 18) return null;
    int result = 0;
    for (; i < length; i++) {
      int digit = source.codeUnitAt(i) ^ 0x30;
      if (digit > 9) return null;
      result = 10 * result + digit;
    }
    return sign * result;
  }

  static FormatException _intFormatError(String source, int? offset, int? radix, String? message) {
    if (message != null) return FormatException(message, source, offset);
    if (radix == null) return FormatException("Invalid number", source, offset);
    return FormatException("Invalid radix-$radix number", source, offset);
  }

  static int? _failParse(bool throwing, String source, int? offset, int? radix, String? message) {
    if (throwing) throw _intFormatError(source, offset, radix, message);
    return null;
  }

  // The VM's int.parse after the fast path: surrounding whitespace, a sign, "0x" when no radix
  // is given. Digits are read in blocks of the most digits whose value stays below 2^62, the
  // first block taking the remainder, with overflow checked between blocks; a bad digit is
  // reported at the start of its block and an overflow without an offset, as on the VM.
  static int? _parseInt(String source, int? radix, bool throwing) {
    int end = source._lastNonWhitespace() + 1;
    if (end == 0) return _failParse(throwing, source, source.length, radix, null);
    int start = source._firstNonWhitespace();
    int first = source.codeUnitAt(start);
    int sign = 1;
    if (first == 0x2B || first == 0x2D) {
      if (first == 0x2D) sign = -1;
      start++;
      if (start == end) return _failParse(throwing, source, end, radix, null);
      first = source.codeUnitAt(start);
    }
    int actualRadix;
    bool allowUnsigned = false;
    if (radix == null) {
      actualRadix = 10;
      if (first == 0x30) {
        int index = start + 1;
        if (index == end) return 0;
        int next = source.codeUnitAt(index);
        if ((next | 0x20) == 0x78) {
          index++;
          if (index == end) return _failParse(throwing, source, index, null, null);
          actualRadix = 16;
          allowUnsigned = sign > 0;
          start = index;
        }
      }
    } else {
      actualRadix = radix;
    }
    // Block size and radix^blockSize.
    int blockSize = 0;
    int multiplier = 1;
    while (multiplier <= 0x4000000000000000 ~/ actualRadix) {
      multiplier *= actualRadix;
      blockSize++;
    }
    int length = end - start;
    if (length <= blockSize) {
      int block = _parseBlock(source, actualRadix, start, end);
      if (block < 0) return _failParse(throwing, source, start, actualRadix, null);
      return sign * block;
    }
    int smallBlockSize = length % blockSize;
    int result = 0;
    if (smallBlockSize > 0) {
      int blockEnd = start + smallBlockSize;
      int block = _parseBlock(source, actualRadix, start, blockEnd);
      if (block < 0) return _failParse(throwing, source, start, actualRadix, null);
      result = sign * block;
      start = blockEnd;
    }
    int positiveLimit = 0x7FFFFFFFFFFFFFFF ~/ multiplier;
    int negativeLimit = (-0x7FFFFFFFFFFFFFFF - 1) ~/ multiplier;
    int positiveBlockLimit = 0x7FFFFFFFFFFFFFFF % multiplier;
    // 2^63 mod multiplier (the magnitude of the minimum int's remainder).
    int negativeBlockLimit = (positiveBlockLimit + 1) % multiplier;
    int blockEnd = start + blockSize;
    do {
      int block = _parseBlock(source, actualRadix, start, blockEnd);
      if (block < 0) return _failParse(throwing, source, start, actualRadix, null);
      if (result >= positiveLimit) {
        if (result > positiveLimit || block > positiveBlockLimit) {
          // "0x" literals may use all 64 bits (0xFFFFFFFFFFFFFFFF is -1).
          if (allowUnsigned && !(result >= 0xF && (result > 0xF || block > 0xFFFFFFFFFFFFFFF)) && blockEnd + blockSize > end) {
            return result * multiplier + block;
          }
          return _failParse(throwing, source, null, actualRadix, "Positive input exceeds the limit of integer");
        }
      } else if (result <= negativeLimit) {
        if (result < negativeLimit || block > negativeBlockLimit) {
          return _failParse(throwing, source, null, actualRadix, "Negative input exceeds the limit of integer");
        }
      }
      result = result * multiplier + sign * block;
      start = blockEnd;
      blockEnd = start + blockSize;
    } while (blockEnd <= end);
    return result;
  }

  // The value of the digits in [start, end), or -1 when one is not a digit of the radix.
  static int _parseBlock(String source, int radix, int start, int end) {
    int result = 0;
    for (int i = start; i < end; i++) {
      int c = source.codeUnitAt(i);
      int digit = c ^ 0x30;
      if (digit > 9) {
        digit = (c | 0x20) - (0x61 - 10);
        if (digit < 10) return -1;
      }
      if (digit >= radix) return -1;
      result = result * radix + digit;
    }
    return result;
  }
}

final class double extends num {
  double._() : super._();

  static const double nan = 0.0 / 0.0;
  static const double infinity = 1.0 / 0.0;
  static const double negativeInfinity = -infinity;
  static const double minPositive = 5e-324;
  static const double maxFinite = 1.7976931348623157e+308;

  external String toString();
  bool get isNaN => this != this;
  bool get isInfinite => this == 1.0 / 0.0 || this == -1.0 / 0.0;
  bool get isFinite => this - this == 0.0;
  bool get isNegative => this < 0.0 || (this == 0.0 && 1.0 / this < 0.0);
  double abs() => _fabs(this);
  double get sign {
    if (this > 0.0) return 1.0;
    if (this < 0.0) return -1.0;
    return this;
  }

  double toDouble() => this;

  int toInt() {
    if (!isFinite) throw UnsupportedError("Infinity or NaN toInt");
    return this ~/ 1.0;
  }

  int round() => roundToDouble().toInt();
  int floor() => floorToDouble().toInt();
  int ceil() => ceilToDouble().toInt();
  int truncate() => toInt();
  double roundToDouble() => _round(this);
  double floorToDouble() => _floor(this);
  double ceilToDouble() => _ceil(this);
  double truncateToDouble() => _trunc(this);

  int compareTo(num other) {
    if (this < other) return -1;
    if (this > other) return 1;
    if (this == other) {
      if (this == 0.0) {
        bool thisNegative = isNegative;
        if (thisNegative == other.isNegative) return 0;
        return thisNegative ? -1 : 1;
      }
      if (other is int) {
        if (-9007199254740992 <= other && other <= 9007199254740992) return 0;
        if (this >= 9223372036854775808.0) return 1;
        int i = toInt();
        return i < other ? -1 : (i > other ? 1 : 0);
      }
      return 0;
    }
    if (isNaN) return other.isNaN ? 0 : 1;
    return -1;
  }

  String toStringAsFixed(int fractionDigits) {
    if (fractionDigits < 0 || fractionDigits > 20) {
      throw RangeError.range(fractionDigits, 0, 20, "fractionDigits");
    }
    return _toStringAsFixed(fractionDigits);
  }

  String toStringAsExponential([int? fractionDigits]) {
    if (fractionDigits != null && (fractionDigits < 0 || fractionDigits > 20)) {
      throw RangeError.range(fractionDigits, 0, 20, "fractionDigits");
    }
    return _toStringAsExponential(fractionDigits ?? -1);
  }

  String toStringAsPrecision(int precision) {
    if (precision < 1 || precision > 21) {
      throw RangeError.range(precision, 1, 21, "precision");
    }
    return _toStringAsPrecision(precision);
  }

  @pragma('dartc:native', 'dartrt_double_to_string_as_fixed')
  external String _toStringAsFixed(int fractionDigits);
  @pragma('dartc:native', 'dartrt_double_to_string_as_exponential')
  external String _toStringAsExponential(int fractionDigits);
  @pragma('dartc:native', 'dartrt_double_to_string_as_precision')
  external String _toStringAsPrecision(int precision);

  static double parse(String source) {
    double? result = _tryParse(source);
    if (result == null) throw FormatException("Invalid double", source);
    return result;
  }

  static double? tryParse(String source) => _tryParse(source);

  @pragma('dartc:native', 'dartrt_double_try_parse_boxed')
  external static double? _tryParse(String source);
}

@pragma('dartc:native', 'fabs')
external double _fabs(double x);
@pragma('dartc:native', 'round')
external double _round(double x);
@pragma('dartc:native', 'floor')
external double _floor(double x);
@pragma('dartc:native', 'ceil')
external double _ceil(double x);
@pragma('dartc:native', 'trunc')
external double _trunc(double x);
