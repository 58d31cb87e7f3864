// Typed lists keep their elements in bytes of the element's real width: every list type's
// elementSizeInBytes/lengthInBytes, and the bytes each store leaves in a shared buffer, read back
// through views of other types (little-endian, the host order of x86-64 and aarch64).
//
// Expectations derived with Python's struct module from the SDK's documented semantics
// (sdk/lib/typed_data/typed_data.dart: an integer list stores its value's low N bits, two's
// complement for signed lists; Uint8ClampedList clamps to 0..255; Float32List rounds to the
// nearest single; views share the buffer's bytes), e.g. struct.pack('<f', 0.1).hex() ==
// 'cdcccc3d', struct.unpack('<4H', struct.pack('<d', 1.5)) == (0, 0, 0, 16376), and
// struct.unpack('<i', struct.pack('<I', 0xDEADBEEF)) == (-559038737,).
import 'dart:typed_data';

String hex(Uint8List bytes) => bytes.map((b) => b.toRadixString(16).padLeft(2, '0')).join();

void main() {
  List<TypedData> lists = [
    Int8List(3), Uint8List(3), Uint8ClampedList(3), Int16List(3), Uint16List(3), Int32List(3),
    Uint32List(3), Int64List(3), Uint64List(3), Float32List(3), Float64List(3), ByteData(3),
  ];
  for (var list in lists) {
    print('${list.elementSizeInBytes} ${list.lengthInBytes} ${list.buffer.lengthInBytes} ${list.offsetInBytes}');
  }
  print('${Int16List.bytesPerElement} ${Uint32List.bytesPerElement} ${Float32List.bytesPerElement} '
      '${Uint64List.bytesPerElement} ${Float64List.bytesPerElement}');

  // Stores of each width, seen as bytes.
  var i16 = Int16List.fromList([1, -1, 0x1234, 70000]);
  print(hex(i16.buffer.asUint8List()));
  var u32 = Uint32List.fromList([0xDEADBEEF, -1, 0x100000001]);
  print(hex(u32.buffer.asUint8List()));
  print(Int32List.view(u32.buffer));
  var i64 = Int64List.fromList([-2, 0x0102030405060708]);
  print(hex(i64.buffer.asUint8List()));
  print(Uint64List.view(i64.buffer));
  var f32 = Float32List.fromList([0.1, -2.5, 1e40, 3.4028234663852886e38]);
  print(hex(f32.buffer.asUint8List()));
  print(Uint32List.view(f32.buffer));
  var f64 = Float64List.fromList([1.5, -0.0]);
  print(hex(f64.buffer.asUint8List()));
  print(Uint16List.view(f64.buffer));
  var clamped = Uint8ClampedList.fromList([-5, 300, 128]);
  print(Int8List.view(clamped.buffer));

  // One buffer, several views: writes through one are seen by the others.
  var bytes = Uint8List(16);
  var words = Uint32List.view(bytes.buffer);
  var halves = Int16List.view(bytes.buffer, 4, 2);
  var doubles = Float64List.view(bytes.buffer, 8);
  words[0] = 0x80000001;
  halves[1] = -2;
  doubles[0] = 2.0;
  print(hex(bytes));
  print('$words $halves $doubles');
  bytes[15] = 0xC0;
  print(doubles[0]);
  print(Float32List.view(bytes.buffer, 12, 1)[0]);
}
