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
  int abs() => this < 0 ? -this : this;
  int get sign => this < 0 ? -1 : (this > 0 ? 1 : 0);
  int toInt() => this;
  double toDouble() => _toDouble(this);
  external static double _toDouble(int value);
}

final class double extends num {
  double._() : super._();

  external String toString();
  bool get isNaN => this != this;
  bool get isNegative => this < 0.0 || (this == 0.0 && 1.0 / this < 0.0);
  double abs() => this < 0.0 ? -this : (this == 0.0 ? 0.0 : this);
  double toDouble() => this;
  external int toInt();
}
