// dart:math: constants, elementary functions, min/max with NaN and -0.0, pow, Point.
//
// Expectations derived by hand from the Dart SDK's documentation and sources (sdk/lib/math/
// math.dart, sdk/lib/_internal/vm/lib/math_patch.dart: the functions are the C library's, pow of
// two ints with a non-negative exponent is an int computed by squaring (wrapping like int
// arithmetic), otherwise a double with the ECMA special cases; min/max return NaN if either
// argument is NaN and order -0.0 before 0.0). Printed values are correctly rounded results
// (glibc's libm is correctly rounded for these inputs) shown as the shortest round-trip text.
import 'dart:math';

void main() {
  print('$pi $e $ln2 $ln10 $log2e $log10e $sqrt2 $sqrt1_2');
  print('${sqrt(16)} ${sqrt(2)} ${sqrt(-1)}');
  print('${sin(0)} ${cos(0)} ${tan(0)} ${sin(pi / 2)} ${cos(pi)}');
  print('${asin(1)} ${acos(1)} ${atan(1)} ${atan2(1, 1)} ${atan2(0, -1)}');
  print('${exp(0)} ${exp(1)} ${log(1)} ${log(e)} ${log(0)} ${log(-1)}');
  print('${pow(2, 10)} ${pow(2, 0.5)} ${pow(2, -1)} ${pow(2.0, 3)} ${pow(0, 0)} ${pow(-8, 1 / 3)}');
  print('${pow(3, 40)} ${pow(2, 63)} ${pow(2, 64)} ${pow(10, 2) is int} ${pow(10, 2.0) is double}');
  print('${min(1, 2)} ${max(1, 2)} ${min(1.5, -2)} ${max(-1, 0.5)} ${min(3, 3)}');
  print('${min(0.0, -0.0)} ${max(0.0, -0.0)} ${min(double.nan, 1.0)} ${max(1.0, double.nan)} ${min(-0.0, 0)}');
  var p = Point(3, 4);
  var q = Point(1, 1);
  print(p);
  print('${p.x} ${p.y} ${p.magnitude} ${p.distanceTo(q)} ${p.squaredDistanceTo(q)}');
  print('${p + q} ${p - q} ${p * 2} ${p == Point(3, 4)} ${p == q}');
  print(Point(1.5, -2.0));
  var r = Rectangle(0, 0, 10, 5);
  print('$r ${r.right} ${r.bottom} ${r.containsPoint(Point(3, 3))} ${r.containsPoint(Point(11, 3))}');
}
