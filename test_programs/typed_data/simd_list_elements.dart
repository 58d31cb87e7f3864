// Elements of Float32x4List, Float64x2List and Int32x4List read and written as unboxed vectors
// (codegen/src/simd_values.cpp): after the library's index check, a 16-byte load or store at the
// view's offset, so writes through a view are seen by the list it views and out-of-range indexes
// throw the RangeError of every typed list.
//
// Expected output derived by hand: lanes are small binary fractions, so every sum and product is
// exact and prints with C's "%f" (the VM's Float32x4::ToCString); Int32x4 lanes print "%08x". The
// loop computes acc = acc * 0.5 + xs[i] for xs[i] = (i, i + 0.5, -i, 2): (0, 0.5, 0, 2),
// (1, 1.75, -1, 3), (2.5, 3.375, -2.5, 3.5), (4.25, 5.1875, -4.25, 3.75),
// (6.125, 7.09375, -6.125, 3.875), each stored back into xs[i]. The errors are those of
// `_indexError` in lib/typed_data.dart: RangeError.range(index, 0, length - 1, "length").
import 'dart:typed_data';

// (Not inlined: codegen-ir `simd-list-elements-unboxed` checks this function's loop.)
@pragma('vm:never-inline')
Float32x4 total(Float32x4List xs, Float32x4 m) {
  var acc = Float32x4.zero();
  for (var i = 0; i < xs.length; i++) {
    acc = acc * m + xs[i];
    xs[i] = acc;
  }
  return acc;
}

void main() {
  var xs = Float32x4List(5);
  for (var i = 0; i < 5; i++) {
    xs[i] = Float32x4(i + 0.0, i + 0.5, -1.0 * i, 2.0);
  }
  print(total(xs, Float32x4.splat(0.5)));
  print(xs);
  var view = Float32x4List.view(xs.buffer, 16, 2);
  view[0] = Float32x4.splat(9.0);
  print('view ${xs[1]} ${view[1].x}');

  var ys = Float64x2List(3);
  ys[2] = Float64x2(1.5, -2.0);
  ys[1] = ys[2] * ys[2];
  print(ys);
  var sub = Float64x2List.sublistView(ys, 1);
  print('sublist ${sub.length} ${sub[0]} ${sub[1].y}');

  var zs = Int32x4List.fromList([Int32x4(1, 2, 3, 4), Int32x4(16, 32, 48, 64)]);
  zs[0] = zs[0] | zs[1];
  print(zs[0]);

  for (var bad in [5, -1]) {
    try {
      print(xs[bad]);
    } on RangeError catch (e) {
      print(e);
    }
  }
  try {
    zs[2] = Int32x4(1, 2, 3, 4);
  } on RangeError catch (e) {
    print(e);
  }
}
