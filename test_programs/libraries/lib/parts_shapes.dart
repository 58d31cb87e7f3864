// A part of test_programs/libraries/parts.dart, named by URI.
part of '../parts.dart';

class Circle {
  final double r;
  Circle(this.r);
  double get area => math.pi * r * r;
}

String _secret() => 'from a part';

void bump() {
  _counter++;
}
