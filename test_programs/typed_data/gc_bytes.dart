// The collector never reads typed data's bytes as pointers: lists full of words that look like
// heap pointers (16-byte aligned, non-Smi) stay live across many collections (gc-stress collects
// at every allocation), unchanged, and nothing crashes. Expected sums computed with Python:
// sum(0x7F0000000000 + i * 16 for i in range(20000)) == 2792759537750880000 and
// sum(0x10000 + i * 16 for i in range(20000)) == 4510560000.
import 'dart:typed_data';

void main() {
  var words = Int64List(20000);
  var halves = Uint32List(20000);
  for (var i = 0; i < words.length; i++) {
    words[i] = 0x7F0000000000 + i * 16;
    halves[i] = 0x10000 + i * 16;
  }
  var keep = <Object>[];
  for (var round = 0; round < 200; round++) {
    keep.add(List<int>.filled(50, round));
    keep.add(Float64List(64));
    while (keep.length > 20) keep.removeAt(0);
  }
  var sum = 0;
  var sum32 = 0;
  for (var i = 0; i < words.length; i++) {
    sum += words[i];
    sum32 += halves[i];
  }
  print('$sum $sum32 ${words[19999].toRadixString(16)} ${keep.length}');
}
