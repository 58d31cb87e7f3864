// Float32x4: constructors, float32 rounding of every lane, arithmetic, comparisons giving Int32x4
// masks, select, signMask, shuffle/shuffleMix with the mask constants, withX..withW, min, max,
// sqrt, reciprocal, reciprocalSqrt, abs, clamp, scale, and toString.
//
// Expectations derived from the VM's natives in runtime/lib/simd128.cc (each lane computed in C
// `float`: constructors `static_cast<float>`, min `a < b ? a : b`, max `a > b ? a : b`, clamp
// MAX(MIN(self, hi), lo), scale multiplies by `(float)s`, reciprocalSqrt is `sqrtf(1.0f / x)`,
// shuffle lane i takes lane `(mask >> 2i) & 3`, masks outside 0..255 throw RangeError.range(m, 0,
// 255, "mask"), comparisons give 0xFFFFFFFF or 0) and from Float32x4::ToCString in
// runtime/vm/object.cc ("[%f, %f, %f, %f]", C's printf). The values were computed with a Python
// model of those rules: float32 rounding with struct.pack('<f'), lanes printed with '%f' (exact
// decimal rounding, ties to even, like glibc's printf), Int32x4 lanes with '%08x'.
// `==` is identity, and dartc's identity of SIMD values is that of their bits (docs/typed_data.md,
// "Unboxed SIMD values"; the VM's AOT code unboxes them too and gives no identity guarantee,
// dart-lang/sdk#43255): `a == Float32x4(<a's lanes>)` is true.
import 'dart:typed_data';

void attempt(String what, Object? Function() f) {
  try {
    print('$what: ${f()}');
  } catch (e) {
    print('$what: $e');
  }
}

void main() {
  var a = Float32x4(1.0, -2.5, 3.25, 100.0);
  var b = Float32x4(0.1, 0.2, 1e-3, 3.0);
  print('a $a');
  print('b $b');
  // Lanes are float32: 0.1 reads back as the nearest float.
  print('b.x ${b.x} b.y ${b.y} b.z ${b.z}');
  print('splat ${Float32x4.splat(1.0 / 3.0)} zero ${Float32x4.zero()}');
  // Out of float range: rounds to infinity; a tiny value to zero.
  var edge = Float32x4(1e39, -1e39, 1e-50, 16777217.0);
  print('edge $edge ${edge.w}');
  print('a+b ${a + b}');
  print('a-b ${a - b}');
  print('a*b ${a * b}');
  print('a/b ${a / b}');
  print('-a ${-a}');
  // Sums rounded to float32 lane by lane: 16777216 + 1 stays 16777216.
  var big = Float32x4.splat(16777216.0) + Float32x4.splat(1.0);
  print('big ${big.x}');
  print('lt ${a.lessThan(b)}');
  print('le ${a.lessThanOrEqual(Float32x4(1.0, 0.0, 0.0, 100.0))}');
  print('gt ${a.greaterThan(b)}');
  print('ge ${a.greaterThanOrEqual(Float32x4(1.0, 0.0, 4.0, 100.0))}');
  print('eq ${a.equal(Float32x4(1.0, 2.5, 3.25, 0.0))}');
  print('ne ${a.notEqual(Float32x4(1.0, 2.5, 3.25, 0.0))}');
  var nan = Float32x4(double.nan, 1.0, double.infinity, double.negativeInfinity);
  // (NaN's sign bit differs between x86-64 and aarch64, so its toString ("nan" or "-nan") is
  // not printed.)
  print('nan ${nan.x.isNaN} ${nan.withX(0.0)}');
  print('nan==nan ${nan.equal(nan)} nan!=nan ${nan.notEqual(nan)}');
  print('scale ${b.scale(0.1)}');
  print('abs ${Float32x4(-1.5, 2.0, -0.0, -1e-3).abs()}');
  print('clamp ${Float32x4(-5.0, 0.5, 5.0, 2.0).clamp(Float32x4.splat(0.0), Float32x4.splat(1.0))}');
  // Limits the wrong way round: the lower limit wins (max applied last).
  print('clamp2 ${Float32x4.splat(0.5).clamp(Float32x4.splat(2.0), Float32x4.splat(1.0))}');
  print('min ${a.min(b)} max ${a.max(b)}');
  print('sqrt ${Float32x4(4.0, 2.0, 0.25, 1e10).sqrt()}');
  print('sqrt(-1) ${Float32x4.splat(-1.0).sqrt().x.isNaN}');
  print('reciprocal ${Float32x4(3.0, 0.5, -4.0, 7.0).reciprocal()}');
  print('reciprocalSqrt ${Float32x4(4.0, 3.0, 0.01, 16.0).reciprocalSqrt()}');
  print('rsqrt x ${Float32x4.splat(3.0).reciprocalSqrt().x}');
  print('signMask ${a.signMask} ${(-a).signMask} ${Float32x4(-0.0, 0.0, -1.0, 1.0).signMask}');
  print('shuffle wzyx ${a.shuffle(Float32x4.wzyx)}');
  print('shuffle xxyy ${a.shuffle(Float32x4.xxyy)}');
  print('shuffle xyzw ${a.shuffle(Float32x4.xyzw)} ${Float32x4.xyzw} ${Float32x4.wwww} ${Float32x4.yzwx}');
  print('shuffleMix ${a.shuffleMix(b, Float32x4.xyzw)} ${a.shuffleMix(b, Float32x4.wzyx)}');
  attempt('shuffle 256', () => a.shuffle(256));
  attempt('shuffleMix -1', () => a.shuffleMix(b, -1));
  print('with ${a.withX(0.1).withY(7.0).withZ(-8.0).withW(1e20)}');
  var mask = Int32x4.bool(true, false, true, false);
  print('select ${mask.select(a, b)}');
  // A partial mask mixes the bits: 0x3F800000 (1.0) and 0x40000000 (2.0) under 0xFFFF0000 give
  // 0x3F800000; under 0x0000FFFF both have zero low halves.
  print('select bits ${Int32x4(0xFFFF0000, 0x0000FFFF, -1, 0).select(Float32x4.splat(1.0), Float32x4.splat(2.0))}');
  print('fromInt32x4Bits ${Float32x4.fromInt32x4Bits(Int32x4(0x3F800000, 0x40490FDB, 0x80000000, 0x7F800000))}');
  print('fromFloat64x2 ${Float32x4.fromFloat64x2(Float64x2(0.1, -1e40))}');
  print('toString large ${Float32x4(1e20, -3.4028234663852886e38, 123456.789, 0.0000005)}');
  // Ties at the sixth decimal round to even in C's printf (Dart's toStringAsFixed would round up).
  print('toString ties ${Float32x4(0.0078125, 0.0234375, 0.5, -0.0)}');
  print('is ${a is Float32x4} ${(a as Object) is Int32x4} ${identical(a, a)} ${a == Float32x4(1.0, -2.5, 3.25, 100.0)}');
}
