// A library with a public class, a private helper and a library-private member.
import 'dart:math' as math;

class Circle {
  final double radius;
  Circle(this.radius);
  double get area => _round(math.pi * radius * radius);
  // Library-private: visible in this file only.
  int _hits = 0;
  int hit() => ++_hits;
}

double _round(double x) => (x * 100).round() / 100;

String describe(Circle c) => 'circle r=${c.radius} hits=${c._hits}';
