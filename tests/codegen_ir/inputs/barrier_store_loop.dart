// A loop of stores of heap objects (not constants, not Smis) into a growable list: every store
// keeps its write barrier. The barrier's cold path clears the header bit in generated code and
// calls `dartrt_remember_object`, which touches only the collector's own memory
// (docs/gc.md, "Generations"), so the loop keeps the list's `_length` and backing array in
// registers: no i64 or pointer load of the list in the loop, only the element loads of `src`.
// Kept out of main (never-inline) so that the check reads its own optimized code.
@pragma('vm:never-inline')
void copyInto(List<Object?> dst, List<String> src) {
  for (var i = 0; i < src.length; i++) {
    dst[i] = src[i];
  }
}

void main(List<String> args) {
  final src = <String>['a', 'b', 'c${args.length}', 'd'];
  final dst = <Object?>['', '', '', ''];
  copyInto(dst, src);
  print(dst.join(','));
}
