// dart:typed_data lists: fixed length, elements wrapped to their width (two's complement for the
// signed ones), Uint8ClampedList clamps, Float32List rounds to the nearest float.
//
// Expectations derived by hand from the Dart SDK's documentation (sdk/lib/typed_data/
// typed_data.dart: "stores the low N bits", clamping for Uint8ClampedList, IEEE single precision
// for Float32List) and IEEE 754: 0.1 as a float is 0.100000001490116119384765625, whose shortest
// double text is 0.10000000149011612; 1e40 overflows a float to Infinity. An index out of range
// fails the VM's bounds check (sdk/lib/_internal/vm/lib/typed_data_patch.dart checks with
// _typedDataIndexCheck, which the VM compiles to a bounds check throwing RangeError.range(index,
// 0, length - 1, "length"), runtime/vm/runtime_entry.cc). Setting the length throws the VM's
// _TypedListBase text, "Cannot resize a fixed-length list".
import 'dart:typed_data';

void main() {
  var b = Uint8List(4);
  b[0] = 300;
  b[1] = -1;
  print(b);
  print('${b.length} ${b.lengthInBytes} ${b.elementSizeInBytes} ${Uint8List.bytesPerElement}');
  print(Int8List.fromList([127, 128, 255, -129]));
  print(Int16List.fromList([32767, 32768, -32769]));
  print(Uint16List.fromList([65536 + 5, -1]));
  print(Int32List.fromList([0x7fffffff, 0x80000000, -1]));
  print(Uint32List.fromList([-1, 0x100000001]));
  print(Int64List.fromList([1 << 62, -1]));
  print(Uint8ClampedList.fromList([-5, 300, 7]));
  var f = Float64List(3);
  f[1] = 1.5;
  print(f);
  print(Float32List.fromList([0.1, 1e40, -2.5]));
  print(b.sublist(1, 3));
  var view = Uint8List.sublistView(b, 1, 3);
  view[0] = 9;
  print('$view $b');
  b.fillRange(2, 4, 257);
  print(b);
  b.setRange(0, 2, [7, 8]);
  print(b);
  print(b.map((x) => x * 2).toList());
  print(b.reduce((x, y) => x + y));
  var sorted = Int32List.fromList([5, -2, 9, 0]);
  sorted.sort();
  print(sorted);
  try {
    b.add(1);
  } catch (e) {
    print(e);
  }
  try {
    b[4] = 0;
  } catch (e) {
    print(e);
  }
  try {
    b.length = 2;
  } catch (e) {
    print(e);
  }
}
