// dart:typed_data's SIMD types are not implemented yet: each construction is rejected at compile
// time with "not supported yet" (docs/typed_data.md), never left to fail at run time.
import 'dart:typed_data';

void main() {
  var a = Float32x4(1.0, 2.0, 3.0, 4.0);
  var b = Float32x4.splat(1.0);
  var c = Int32x4(1, 2, 3, 4);
  var d = Float64x2.zero();
  var e = Float32x4List(4);
  var f = Int32x4List(4);
  var g = Float64x2List(2);
  print('$a $b $c $d $e $f $g');
}
