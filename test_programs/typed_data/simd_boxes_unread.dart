// SIMD values whose lanes no Dart code reads: only boxed, compared and counted. Compiled code
// unboxes a value by loading the box's `_s` field itself (codegen/src/simd_values.cpp), so the
// field must survive tree shaking even here (the library's constructor reads it); `identical`
// compares the bits of two boxes (docs/typed_data.md, "Unboxed SIMD values").
//
// Expected output derived by hand: the two zero values have equal bits (identical), the splat of
// -0.0 differs from 0.0 in its sign bits, and the list holds three objects.
import 'dart:typed_data';

void main() {
  Object a = Float32x4.zero();
  Object b = Float32x4.zero();
  Object c = Float64x2.splat(-0.0);
  Object d = Float64x2.zero();
  print(identical(a, b));
  print(identical(c, d));
  print(identical(a, d));
  print(<Object>[a, c, Int32x4.bool(true, false, true, false)].length);
}
