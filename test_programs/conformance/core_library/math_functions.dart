// Conformance: dart:math functions (API documentation of pow, min, max, sqrt, Point): `pow` of
// two ints is an int (wrapping like int multiplication on native platforms), otherwise a
// double; min/max propagate NaN and order -0.0 below 0.0, and return the first argument when
// the two are equal numbers of different types.
// Expectations derived from the documentation.
import 'dart:math';
import '../lib/expect.dart';

void main() {
  Expect.equals(1024, pow(2, 10));
  Expect.isTrue(pow(2, 10) is int);
  Expect.equals(0.5, pow(2, -1));
  Expect.isTrue(pow(2.0, 2) is double);
  Expect.equals(1, pow(0, 0));
  Expect.isTrue((pow(-8, 1 / 3) as double).isNaN);
  Expect.equals(-6289078614652622815, pow(3, 40), '3^40 wraps modulo 2^64');
  Expect.equals(0, pow(2, 64));

  Expect.equals(2.0, max(1, 2.0));
  Expect.isFalse((max(0.0, -0.0) as double).isNegative);
  Expect.isTrue((min(0.0, -0.0) as double).isNegative);
  Expect.isTrue(max(double.nan, 1).isNaN);
  Expect.isTrue(min(1, double.nan).isNaN);
  Expect.isTrue(min(1, 1.0) is int, 'equal values: the first argument');
  Expect.isTrue(max(3, 3.0) is int);

  Expect.equals(1.4142135623730951, sqrt(2));
  Expect.isTrue(sqrt(-1).isNaN);
  Expect.equals(1.0, log(e));
  Expect.equals(pi, atan2(1, 1) * 4);
  Expect.equals(const Point(4, 6), const Point(1, 2) + const Point(3, 4));
  Expect.equals(5.0, const Point(3, 4).distanceTo(const Point(0, 0)));
  Expect.equals('Point(1, 2)', '${const Point(1, 2)}');
}
