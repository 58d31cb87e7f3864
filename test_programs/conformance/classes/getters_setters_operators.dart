// Conformance: Classes — getters, setters, and user-defined operators (dartLangSpec.tex,
// "Getters", "Setters", "Operators"): operators are instance methods invoked by the operator
// syntax; `a != b` is `!(a == b)`; compound assignment uses the operator then the setter;
// `-x` calls `unary-`.
// Expectations derived from the specification.
import '../lib/expect.dart';

class Money {
  final int cents;
  const Money(this.cents);
  Money operator +(Money o) => Money(cents + o.cents);
  Money operator -(Money o) => Money(cents - o.cents);
  Money operator -() => Money(-cents);
  Money operator *(int k) => Money(cents * k);
  Money operator ~/(int k) => Money(cents ~/ k);
  bool operator <(Money o) => cents < o.cents;
  bool operator >=(Money o) => cents >= o.cents;
  int operator [](int i) => i == 0 ? cents ~/ 100 : cents % 100;
  Money operator ~() => Money(cents.abs());
  Money operator <<(int s) => Money(cents << s);
  Money operator &(Money o) => Money(cents & o.cents);
  @override
  bool operator ==(Object o) => o is Money && o.cents == cents;
  @override
  int get hashCode => cents.hashCode;
  String toString() => '\$${this[0]}.${this[1]}';
}

class Temperature {
  double _celsius = 0;
  double get fahrenheit => _celsius * 9 / 5 + 32;
  set fahrenheit(double f) => _celsius = (f - 32) * 5 / 9;
  double get celsius => _celsius;
}

class Matrix {
  final List<List<int>> rows = [
    [0, 0],
    [0, 0]
  ];
  List<int> operator [](int r) => rows[r];
}

void main() {
  var a = const Money(150), b = const Money(275);
  Expect.equals(const Money(425), a + b);
  Expect.equals(const Money(-125), a - b);
  Expect.equals(const Money(-150), -a);
  Expect.equals(const Money(300), a * 2);
  Expect.equals(const Money(75), a ~/ 2);
  Expect.isTrue(a < b);
  Expect.isTrue(b >= a);
  Expect.equals(1, a[0]);
  Expect.equals(50, a[1]);
  Expect.equals(const Money(150), ~(-a));
  Expect.equals(const Money(600), a << 2);
  Expect.equals(const Money(150 & 275), a & b);
  Expect.isTrue(a != b);
  Expect.isFalse(a != const Money(150));
  Expect.equals('\$1.50', '$a');

  var total = const Money(0);
  total += a;
  total *= 3;
  Expect.equals(const Money(450), total);

  var t = Temperature();
  t.fahrenheit = 212;
  Expect.equals(100.0, t.celsius);
  t.fahrenheit -= 180;
  Expect.approxEquals(0.0, t.celsius, 1e-9);

  var m = Matrix();
  m[1][0] = 5;
  m[1][0] += 2;
  Expect.equals(7, m.rows[1][0]);
  Expect.isFalse(a == null, '== with null is false without calling the operator');
}
