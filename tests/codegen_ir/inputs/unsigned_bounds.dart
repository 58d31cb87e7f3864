// A list's bounds check is one unsigned compare (issue 10): `(index < 0) | (index >= _length)`
// with the length known to be in [0, 2^57) folds into `index u< length`, so no signed compare
// of the index against 0 is left (towers' `piles[pile]`, queens' `freeMaxs[c + r]`). The same for typed data.
import 'dart:typed_data';

@pragma('vm:never-inline')
int readGrowable(List<int> list, int i) => list[i];

@pragma('vm:never-inline')
void writeGrowable(List<int> list, int i, int v) {
  list[i] = v;
}

@pragma('vm:never-inline')
int readBytes(Uint8List list, int i) => list[i];

void main(List<String> args) {
  final list = <int>[1, 2, 3];
  final bytes = Uint8List.fromList(list);
  // Indices on both sides of 0, so that the compiler knows nothing of their sign.
  for (final i in [args.length - 1, args.length + 1]) {
    try {
      writeGrowable(list, i, 7);
      print(readGrowable(list, i) + readBytes(bytes, i)); // 9
    } on RangeError catch (e) {
      print(e.invalidValue); // -1
    }
  }
}
