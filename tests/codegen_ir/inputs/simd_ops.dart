// SIMD lane operations are LLVM vector operations (codegen/src/simd_intrinsics.cpp).
import 'dart:typed_data';

@pragma('vm:never-inline')
Float32x4 step(Float32x4 a, Float32x4 b) => (a * b + a).min(b);

@pragma('vm:never-inline')
Float64x2 step2(Float64x2 a, Float64x2 b) => (a / b - a).sqrt();

@pragma('vm:never-inline')
Int32x4 mask(Float32x4 a, Float32x4 b, Int32x4 c) => a.lessThan(b) ^ (a.notEqual(b) + c);

// (Operands from the arguments' count, so that LLVM cannot fold the calls into constants.)
void main(List<String> args) {
  var k = args.length.toDouble();
  var a = Float32x4(1.0 + k, 2.0, 3.0, 4.0);
  var b = Float32x4.splat(2.0 + k);
  print(step(a, b));
  print(step2(Float64x2(8.0 + k, 2.0), Float64x2(2.0, 1.0 + k)));
  print(mask(a, b, Int32x4(1, 2, 3, args.length)));
}
