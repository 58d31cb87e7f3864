// Float64x2: constructors, arithmetic in double, scale, abs, clamp, min, max, sqrt, signMask,
// withX/withY, the conversions with Float32x4, and toString.
//
// Expectations derived from the VM's natives in runtime/lib/simd128.cc (lanes are C doubles; min
// `a < b ? a : b`, max `a > b ? a : b`, clamp MAX(MIN(self, hi), lo), abs is fabs, signMask bit i
// is lane i's bit 63, fromFloat32x4 widens lanes x and y, Float32x4.fromFloat64x2 narrows them to
// float and zeroes z and w) and from Float64x2::ToCString in runtime/vm/object.cc ("[%f, %f]", C's
// printf). The values were computed with Python ('%f' rounds exactly, ties to even, as glibc's
// printf does; struct.pack('<f') for the float32 rounding).
import 'dart:typed_data';

void main() {
  var a = Float64x2(1.5, -0.1);
  var b = Float64x2(0.25, 3.0);
  print('a $a b $b lanes ${a.x} ${a.y}');
  print('splat ${Float64x2.splat(1.0 / 3.0)} zero ${Float64x2.zero()}');
  print('a+b ${a + b} ${(a + b).y}');
  print('a-b ${a - b}');
  print('a*b ${a * b} ${(a * b).y}');
  print('a/b ${a / b}');
  print('-a ${-a} ${(-Float64x2.zero()).signMask}');
  print('scale ${a.scale(-2.0)}');
  print('abs ${Float64x2(-0.0, -7.5).abs()} ${Float64x2(-0.0, -7.5).abs().signMask}');
  print('clamp ${Float64x2(-3.0, 9.0).clamp(Float64x2(0.0, 0.0), Float64x2(1.0, 5.0))}');
  print('min ${a.min(b)} max ${a.max(b)}');
  print('sqrt ${Float64x2(2.0, 1e-4).sqrt()} ${Float64x2(2.0, 1e-4).sqrt().x}');
  print('signMask ${a.signMask} ${(-a).signMask} ${Float64x2(-1.0, -1.0).signMask}');
  print('with ${a.withX(2.0).withY(1e300)}');
  // 0.1 narrowed to float32 and widened back.
  var f = Float32x4(0.1, -2.0, 3.0, 4.0);
  print('fromFloat32x4 ${Float64x2.fromFloat32x4(f)} ${Float64x2.fromFloat32x4(f).x}');
  print('toFloat32x4 ${Float32x4.fromFloat64x2(Float64x2(1e-3, 2.5))}');
  print('large ${Float64x2(1e22, -123456789.0078125)}');
  print('inf ${Float64x2(double.infinity, double.negativeInfinity)} ${Float64x2(1.0, -1.0) / Float64x2(0.0, 0.0)}');
}
