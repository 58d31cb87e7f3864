// Typed lists filled from Lists (fromList and setRange, the `_copyFrom` loops of
// lib/typed_data.dart, which keep the store and the byte offset in locals since issue 10's
// branch `intloops`): views at a byte offset, a start index, a skipCount, conversions of every
// element kind (truncation to 8/16/32 bits, clamping, float32 rounding, 64-bit values) and a
// source list of the program's own class. Expectations derived by hand from the element types'
// definitions (dart:typed_data's docs: values are truncated to the low bits, Uint8ClampedList
// clamps to 0..255, Float32List rounds to the nearest float32).
import 'dart:collection';
import 'dart:typed_data';

class Squares extends ListBase<int> {
  int get length => 4;
  set length(int value) => throw UnsupportedError('fixed');
  int operator [](int index) => index * index;
  void operator []=(int index, int value) => throw UnsupportedError('fixed');
}

void main() {
  final buffer = Uint8List(32).buffer;
  final i16 = Int16List.view(buffer, 2, 6);
  i16.setRange(1, 4, [70000, -1, 5, 99], 1);
  print(i16);
  print(Uint8List.view(buffer, 0, 10));
  final clamped = Uint8ClampedList.view(buffer, 20, 4);
  clamped.setRange(0, 4, [-5, 300, 128, 255]);
  print(clamped);
  final u32 = Uint32List.view(buffer, 24, 2);
  u32.setRange(1, 2, [-1]);
  print(u32);
  print(Uint8List.view(buffer, 18, 14));
  print(Float32List.fromList([1.5, 0.1]));
  print(Float64List(3)..setRange(1, 3, [2.5, -0.0]));
  print(Int64List.fromList([1 << 62, -1, 9223372036854775807]));
  print(Int8List.fromList([200, -129]));
  print(Uint16List.fromList([65536 + 7, -2]));
  print(Int32List.fromList(Squares()));
  print(Int32List(5)..setRange(2, 5, Squares(), 1));
}
