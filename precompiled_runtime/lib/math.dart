// dart:math for dartc: constants, the libm functions, min/max with the VM's NaN and -0.0 rules,
// pow, Random with the Dart VM's generator, Point and Rectangle.
library dart.math;

const double e = 2.718281828459045;
const double ln10 = 2.302585092994046;
const double ln2 = 0.6931471805599453;
const double log2e = 1.4426950408889634;
const double log10e = 0.4342944819032518;
const double pi = 3.1415926535897932;
const double sqrt1_2 = 0.7071067811865476;
const double sqrt2 = 1.4142135623730951;

/// The smaller of [a] and [b]; NaN if either is NaN, -0.0 before 0.0 (sdk math_patch.dart).
T min<T extends num>(T a, T b) {
  if (a > b) return b;
  if (a < b) return a;
  num bn = b;
  if (bn is double) {
    num an = a;
    if (an is double) {
      if (an == 0.0) {
        // a and b are both zeros (or b is NaN): -0.0 if either is, NaN if b is.
        num n = (an + bn) * an * bn;
        return n as T;
      }
    }
    if (a == 0 && bn.isNegative || bn.isNaN) return b;
    return a;
  }
  return a;
}

/// The larger of [a] and [b]; NaN if either is NaN, 0.0 after -0.0.
T max<T extends num>(T a, T b) {
  if (a > b) return a;
  if (a < b) return b;
  num bn = b;
  if (bn is double) {
    num an = a;
    if (an is double) {
      if (an == 0.0) {
        num n = an + bn;
        return n as T;
      }
    }
    if (bn.isNaN) return b;
    return a;
  }
  if (b == 0 && a.isNegative) return b;
  return a;
}

double atan2(num a, num b) => _atan2(a.toDouble(), b.toDouble());

/// An int when both are ints and the exponent is not negative, else a double.
num pow(num x, num exponent) {
  if (x is int && exponent is int && exponent >= 0) return _intPow(x, exponent);
  return _doublePow(x.toDouble(), exponent.toDouble());
}

int _intPow(int base, int exponent) {
  int result = 1;
  while (exponent != 0) {
    if ((exponent & 1) == 1) result *= base;
    exponent >>= 1;
    if (exponent != 0) base *= base;
  }
  return result;
}

double _doublePow(double base, double exponent) {
  if (exponent == 0.0) return 1.0;
  if (exponent == 1.0) return base;
  if (exponent == 2.0) return base * base;
  if (exponent == 3.0) return base * base * base;
  if (base == 1.0) return 1.0;
  if (base.isNaN || exponent.isNaN) return double.nan;
  if (base != -double.infinity && exponent == 0.5) {
    if (base == 0.0) return 0.0;
    return _sqrt(base);
  }
  return _pow(base, exponent);
}

double sin(num radians) => _sin(radians.toDouble());
double cos(num radians) => _cos(radians.toDouble());
double tan(num radians) => _tan(radians.toDouble());
double acos(num x) => _acos(x.toDouble());
double asin(num x) => _asin(x.toDouble());
double atan(num x) => _atan(x.toDouble());
double sqrt(num x) => _sqrt(x.toDouble());
double exp(num x) => _exp(x.toDouble());
double log(num x) => _log(x.toDouble());

@pragma('dartc:native', 'atan2')
external double _atan2(double a, double b);
@pragma('dartc:native', 'pow')
external double _pow(double x, double y);
@pragma('dartc:native', 'sin')
external double _sin(double x);
@pragma('dartc:native', 'cos')
external double _cos(double x);
@pragma('dartc:native', 'tan')
external double _tan(double x);
@pragma('dartc:native', 'acos')
external double _acos(double x);
@pragma('dartc:native', 'asin')
external double _asin(double x);
@pragma('dartc:native', 'atan')
external double _atan(double x);
@pragma('dartc:native', 'sqrt')
external double _sqrt(double x);
@pragma('dartc:native', 'exp')
external double _exp(double x);
@pragma('dartc:native', 'log')
external double _log(double x);

/// Pseudo-random numbers. `Random(seed)` reproduces the Dart VM's sequence for the same seed
/// (sdk/lib/_internal/vm/lib/math_patch.dart and runtime/lib/math.cc): a multiply-with-carry
/// generator with base 2^32 and multiplier 0xffffda61 on a 64-bit state whose initial value is
/// the seed scrambled by Thomas Wang's 64-bit mix (0 replaced by 0x5a17), stepped four times.
abstract interface class Random {
  factory Random([int? seed]) {
    int state = _Random._setupSeed(seed ?? _Random._nextSeed());
    _Random random = _Random._(state);
    random._nextState();
    random._nextState();
    random._nextState();
    random._nextState();
    return random;
  }

  factory Random.secure() => Random();

  int nextInt(int max);
  double nextDouble();
  bool nextBool();
}

final class _Random implements Random {
  // The state: low 32 bits and high 32 bits of one 64-bit value.
  int _state;

  _Random._(this._state);

  static const int _pow2_32 = 1 << 32;
  static const double _pow2_53 = 9007199254740992.0;
  static const double _pow2_27 = 134217728.0;

  // state = 0xffffda61 * low + high, modulo 2^64.
  void _nextState() {
    _state = 0xffffda61 * (_state & 0xFFFFFFFF) + (_state >>> 32);
  }

  int nextInt(int max) {
    if (max <= 0 || (max > 0x3FFFFFFF && max > _pow2_32)) {
      throw RangeError.range(max, 1, _pow2_32, "max", "Must be positive and <= 2^32");
    }
    if ((max & -max) == max) {
      // Powers of two: the low bits.
      _nextState();
      return _state & 0xFFFFFFFF & (max - 1);
    }
    int rnd32;
    int result;
    do {
      _nextState();
      rnd32 = _state & 0xFFFFFFFF;
      result = rnd32 % max;
    } while ((rnd32 - result + max) > _pow2_32);
    return result;
  }

  double nextDouble() => ((nextInt(1 << 26) * _pow2_27) + nextInt(1 << 27)) / _pow2_53;

  bool nextBool() => nextInt(2) == 0;

  // Random_setupSeed: Thomas Wang's 64-bit integer mix.
  static int _setupSeed(int seed) {
    int n = seed;
    n = (~n) + (n << 21);
    n = n ^ (n >>> 24);
    n = n * 265;
    n = n ^ (n >>> 14);
    n = n * 21;
    n = n ^ (n >>> 28);
    n = n + (n << 31);
    if (n == 0) n = 0x5a17;
    return n;
  }

  // Seeds for Random() without a seed: a generator seeded from the clock, stepped once per use.
  static _Random? _seedSource;

  static int _nextSeed() {
    _Random source = _seedSource ??= _Random._(_setupSeed(_clockSeed()));
    source._nextState();
    return source._state & 0xFFFFFFFF;
  }
}

@pragma('dartc:native', 'dartrt_wall_clock_micros')
external int _clockSeed();

// Non-generic markers for `is Point` / `is Rectangle` (type tests against generic classes with
// bounds need reified type arguments, which codegen does not support yet).
abstract interface class _PointMarker {}

abstract interface class _RectangleMarker {}

T _unsafeCast<T>(Object? value) => value as T;

/// A point in the plane.
class Point<T extends num> implements _PointMarker {
  final T x;
  final T y;

  const Point(T x, T y)
      : this.x = x,
        this.y = y;

  String toString() => "Point($x, $y)";

  bool operator ==(Object other) {
    if (other is! _PointMarker) return false;
    Point<num> p = _unsafeCast<Point<num>>(other);
    return x == p.x && y == p.y;
  }

  int get hashCode => Object.hash(x.hashCode, y.hashCode);

  Point<T> operator +(Point<T> other) => Point<T>((x + other.x) as T, (y + other.y) as T);

  Point<T> operator -(Point<T> other) => Point<T>((x - other.x) as T, (y - other.y) as T);

  Point<T> operator *(num factor) => Point<T>((x * factor) as T, (y * factor) as T);

  double get magnitude => sqrt(x * x + y * y);

  double distanceTo(Point<T> other) {
    num dx = x - other.x;
    num dy = y - other.y;
    return sqrt(dx * dx + dy * dy);
  }

  T squaredDistanceTo(Point<T> other) {
    num dx = x - other.x;
    num dy = y - other.y;
    return (dx * dx + dy * dy) as T;
  }
}

/// An axis-aligned rectangle.
class Rectangle<T extends num> implements _RectangleMarker {
  final T left;
  final T top;
  final T width;
  final T height;

  const Rectangle(this.left, this.top, this.width, this.height);

  T get right => (left + width) as T;
  T get bottom => (top + height) as T;

  String toString() => "Rectangle ($left, $top) $width x $height";

  bool operator ==(Object other) {
    if (other is! _RectangleMarker) return false;
    Rectangle<num> r = _unsafeCast<Rectangle<num>>(other);
    return left == r.left && top == r.top && right == r.right && bottom == r.bottom;
  }

  int get hashCode => Object.hash(left.hashCode, top.hashCode, right.hashCode, bottom.hashCode);

  bool containsPoint(Point<num> another) =>
      another.x >= left && another.x <= left + width && another.y >= top && another.y <= top + height;

  Point<T> get topLeft => Point<T>(left, top);
  Point<T> get bottomRight => Point<T>(right, bottom);
}
