// Float32x4List, Int32x4List and Float64x2List: construction, element reads and writes, views on a
// ByteBuffer shared with the other typed lists, sublistView, sublist, setRange, fillRange, the
// List members, and the checks' texts. Run under gc-stress too (elements are copied out as new
// values).
//
// Expectations derived from the VM's sdk/lib/_internal/vm/lib/typed_data_patch.dart and
// sdk/lib/typed_data/typed_data.dart: 16 bytes per element (`bytesPerElement`), lanes stored
// little-endian in lane order (x first) as the VM's simd128_value_t; `ByteBuffer.asFloat32x4List`
// checks with _rangeCheck and _offsetAlignmentCheck (16); index errors as every dartc typed list
// gives them (docs/typed_data.md); toString is ListBase.listToString of the elements' toString
// (runtime/vm/object.cc "[%f, %f, %f, %f]", "[%08x, ...]", "[%f, %f]"). Byte values checked with
// Python's struct module (1.0f is bytes 00 00 80 3f; 2.0 as a double is 00 .. 00 40).
import 'dart:typed_data';

void attempt(String what, Object? Function() f) {
  try {
    print('$what: ${f()}');
  } catch (e) {
    print('$what: $e');
  }
}

void main() {
  var f = Float32x4List(3);
  print('f ${f.length} ${f.lengthInBytes} ${f.elementSizeInBytes} ${Float32x4List.bytesPerElement}');
  print('f0 ${f[0]}');
  f[1] = Float32x4(1.0, 2.0, 0.1, -4.0);
  var e = f[1];
  print('f1 $e ${e.z}');
  // Elements are values: writing the list again does not change `e`.
  f[1] = Float32x4.zero();
  print('e after $e f1 ${f[1]}');
  f[2] = e;
  // The same bytes seen as floats, ints and bytes.
  var floats = f.buffer.asFloat32List();
  print('floats ${floats.sublist(8)}');
  var ints = Int32x4List.view(f.buffer, 32);
  print('ints $ints ${ints.length}');
  print('bytes ${f.buffer.asUint8List(32, 4)}');
  // Writing through a Float32List view shows in the Float32x4List.
  floats[0] = 0.5;
  floats[3] = -1.0;
  print('f0 via floats ${f[0]}');
  // A Float64x2List on the same buffer.
  var d = Float64x2List.view(f.buffer);
  d[0] = Float64x2(2.0, -0.5);
  print('d $d');
  print('f0 as floats ${f[0]}');
  print('d bytes ${f.buffer.asUint8List(0, 16)}');
  // A Float64x2List's lanes are the Float64List's elements.
  var dl = Float64x2List(2);
  dl[1] = Float64x2(1.25, 3.0);
  print('dl ${dl.buffer.asFloat64List()}');
  // sublistView and sublist.
  var sv = Float32x4List.sublistView(floats, 4, 12);
  print('sublistView ${sv.length} ${sv.offsetInBytes} ${sv[1]}');
  var sub = f.sublist(1);
  sub[0] = Float32x4.splat(9.0);
  print('sublist ${sub.length} ${sub[0]} ${f[1]} ${sub is Float32x4List}');
  // fromList, setRange, fillRange, the List members.
  var i = Int32x4List.fromList([Int32x4(1, 2, 3, 4), Int32x4(-1, -2, -3, -4), Int32x4.bool(true, false, true, false)]);
  print('i $i');
  i.setRange(0, 2, i, 1);
  print('setRange ${i[0]} ${i[1]}');
  i.fillRange(1, 3, Int32x4(7, 7, 7, 7));
  print('fillRange $i');
  print('members ${i.first.x} ${i.last.w} ${i.map((v) => v.x + v.y).toList()} ${i.reversed.first.z}');
  var it = <double>[];
  for (var v in Float64x2List.fromList([Float64x2(1.0, 2.0), Float64x2(3.0, 4.0)])) {
    it.add(v.x + v.y);
  }
  print('iterate $it');
  print('types ${f is List<Float32x4>} ${i is List<Int32x4>} ${d is TypedData} ${f is Float64x2List}');
  // Checks.
  attempt('index', () => f[3]);
  attempt('index -1', () => i[-1] = Int32x4(0, 0, 0, 0));
  attempt('view offset', () => Float32x4List.view(f.buffer, 8));
  attempt('view range', () => Float32x4List.view(f.buffer, 16, 3));
  attempt('sublistView bytes', () => Float64x2List.sublistView(floats, 0, 2));
  attempt('add', () => f.add(Float32x4.zero()));
  // A list of many elements, each made and read back (gc-stress collects between them).
  var many = Float32x4List(1000);
  for (var k = 0; k < many.length; k++) {
    many[k] = Float32x4(k.toDouble(), -k.toDouble(), 0.5, 0.25) * Float32x4.splat(2.0);
  }
  var sum = Float32x4.zero();
  for (var k = 0; k < many.length; k++) {
    sum += many[k];
  }
  print('sum $sum');
}
