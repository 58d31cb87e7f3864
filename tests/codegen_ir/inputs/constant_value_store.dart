// Stores of constants into lists (issue 10, branch sieve2; sieve's `flags[k - 1] = false`).
//
// clear: the covariant check of `[]=` reads the class id of `false`, a constant object aligned to
// 16 bytes, whose Smi tag test is folded (codegen/src/aligned_constant_folding.cpp): no
// `ptrtoint (ptr @dartc.false to i1)` branch is left in the loop.
//
// countSet: a large List.filled is made by the runtime (dartrt_array_new_filled), and its length
// is stored again after the call so that LLVM knows it: the loop bounded by 5000 needs no
// bounds check (no _throwRangeError).
@pragma('vm:never-inline')
void clear(List<bool> flags, int step) {
  for (var k = 0; k < flags.length; k += step) {
    flags[k] = false;
  }
}

@pragma('vm:never-inline')
int countSet(int step) {
  final flags = List<bool>.filled(5000, true);
  var n = 0;
  for (var i = 0; i < 5000; i++) {
    if (i % step == 0) flags[i] = false;
    if (flags[i]) n++;
  }
  return n;
}

void main(List<String> args) {
  final flags = List<bool>.filled(10, true);
  clear(flags, 3 + args.length);
  print(flags); // [false, true, true, false, true, true, false, true, true, false]
  print(countSet(7 + args.length)); // 4285
}
