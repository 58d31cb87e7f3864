// SIMD values stay LLVM vectors where their static type is the SIMD class (codegen/src/
// simd_values.cpp): locals, loop-carried values, parameters and results of direct calls. None
// of these loops allocates.
import 'dart:typed_data';

// spectral-norm-simd's inner loop (bench/game/spectral_norm_simd.dart), returning the sum.
@pragma('vm:never-inline')
Float64x2 rowSum(Float64List v, int i) {
  var sum = Float64x2.zero();
  for (var j = 0; j < v.length; j++) {
    final d = Float64x2(((i + j) * (i + j + 1) ~/ 2 + i + 1).toDouble(), ((i + j + 1) * (i + j + 2) ~/ 2 + i + 2).toDouble());
    sum += Float64x2.splat(v[j]) / d;
  }
  return sum;
}

// A multiply-add chain with a lane getter and a comparison mask in the loop.
@pragma('vm:never-inline')
Float32x4 chain(Float32x4 acc, Float32x4 m, Float32x4 d, int n) {
  var count = 0;
  for (var k = 0; k < n; k++) {
    acc = (acc * m + d).min(Float32x4.splat(1000.0));
    if (acc.lessThan(d).signMask != 0) count++;
    if (acc.x > 999.0) acc = acc.withX(0.5);
  }
  return acc.scale(count.toDouble());
}

// Int32x4 lanes in a loop.
@pragma('vm:never-inline')
Int32x4 mix(Int32x4 acc, Int32x4 inc, int n) {
  for (var k = 0; k < n; k++) {
    acc = (acc + inc) ^ Int32x4(k, 0, 0, k);
  }
  return acc;
}

// A direct call passes and returns the vectors.
@pragma('vm:never-inline')
Float64x2 pair(Float64x2 a, Float64x2 b) => a * b - a;

@pragma('vm:never-inline')
Float64x2 usePair(Float64x2 a, int n) {
  for (var k = 0; k < n; k++) {
    a = pair(a, Float64x2(1.5, 0.5));
  }
  return a;
}

void main(List<String> args) {
  var n = 4 + args.length;
  var v = Float64List(n)..fillRange(0, n, 1.0);
  print(rowSum(v, 0));
  print(chain(Float32x4(1.0, 2.0, 3.0, 4.0), Float32x4.splat(1.5), Float32x4.splat(0.25), n));
  print(mix(Int32x4(1, 2, 3, 4), Int32x4(5, 6, 7, 8), n));
  print(usePair(Float64x2(1.0, 2.0), n));
}
