part of dart.core;

abstract final class num implements Comparable<num> {
  num._();

  external num operator +(num other);
  external num operator -(num other);
  external num operator *(num other);
  external num operator %(num other);
  external double operator /(num other);
  external int operator ~/(num other);
  external num operator -();
  external bool operator <(num other);
  external bool operator >(num other);
  external bool operator <=(num other);
  external bool operator >=(num other);
  external bool operator ==(Object other);
  external int get hashCode;
  external String toString();

  int compareTo(num other) => this < other ? -1 : (this > other ? 1 : 0);

  external num remainder(num other);
  num abs();
  int toInt();
  double toDouble();
  bool get isNaN;
  bool get isNegative;
  bool get isInfinite;
  bool get isFinite;
}

final class int extends num {
  int._() : super._();

  external int operator &(int other);
  external int operator |(int other);
  external int operator ^(int other);
  external int operator ~();
  external int operator <<(int shiftAmount);
  external int operator >>(int shiftAmount);
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

  String toRadixString(int radix) {
    if (radix < 2 || 36 < radix) {
      throw RangeError.range(radix, 2, 36, "radix");
    }
    return _toRadixString(radix);
  }

  external String _toRadixString(int radix);
}

final class double extends num {
  double._() : super._();

  external String toString();
  bool get isNaN => this != this;
  bool get isInfinite => this == 1.0 / 0.0 || this == -1.0 / 0.0;
  bool get isFinite => !isNaN && !isInfinite;
  bool get isNegative => this < 0.0 || (this == 0.0 && 1.0 / this < 0.0);
  double abs() => this < 0.0 ? -this : (this == 0.0 ? 0.0 : this);
  double toDouble() => this;
  external int toInt();
}
