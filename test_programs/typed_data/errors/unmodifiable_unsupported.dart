// dart:typed_data's unmodifiable views are not implemented yet: each use is rejected at compile
// time with "not supported yet" (docs/typed_data.md), never left to fail at run time.
import 'dart:typed_data';

void main() {
  print(UnmodifiableUint8ListView(Uint8List(1)));
  print(Int32List(1).asUnmodifiableView());
  print(UnmodifiableByteDataView(ByteData(1)));
  print(ByteData(1).asUnmodifiableView());
  print(UnmodifiableByteBufferView(Uint8List(1).buffer));
}
