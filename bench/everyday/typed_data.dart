// Everyday code: typed-data copies. Each round copies byte, 32-bit and double data of 256 and of
// 16,384 elements (64 times as many of the small ones, so that both sizes move the same bytes)
// with Uint8List.fromList, setRange and sublist, and Int32List/Float64List.fromList. Prints a
// checksum of elements read from the copies.
//   typed_data [rounds]     (default 1)
import 'dart:typed_data';

int copies(List<int> list, Uint8List bytes, List<double> doubles) {
  final size = bytes.length;
  final a = Uint8List.fromList(list);
  final b = Uint8List(size)..setRange(0, size, bytes);
  final c = bytes.sublist(size ~/ 4, size ~/ 2);
  final d = Int32List.fromList(list);
  final e = Float64List.fromList(doubles);
  return a[size - 1] + b[size ~/ 2] + c.length + c[0] + d[size ~/ 3] + e[size ~/ 5].toInt();
}

void main(List<String> args) {
  final rounds = args.isEmpty ? 1 : int.parse(args[0]);
  var checksum = 0;
  for (final size in [256, 16384]) {
    final list = List<int>.generate(size, (i) => (i * 31) & 0xff);
    final bytes = Uint8List.fromList(list);
    final doubles = List<double>.generate(size, (i) => i * 0.5);
    final repeat = 16384 ~/ size;
    for (var r = 0; r < rounds; r++) {
      for (var k = 0; k < repeat; k++) {
        checksum += copies(list, bytes, doubles);
      }
    }
  }
  print(checksum);
}
