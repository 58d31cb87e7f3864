// List.sort with int-returning comparator closures made at the call site: the specialized sort
// (closure_specialization.cpp) inlines the closure, and the box of its int result and the
// sort's unbox of it fold to the int (boxed_int_round_trip.cpp). Covers results outside the
// Smi range (mints, from differences of large ints and from constants), the Smi range's edges,
// lists of lengths around the insertion-sort threshold (33 elements), a comparator that throws
// and one that is inconsistent. Expected output derived by hand: a consistent comparator gives
// the list in its order (equal ints are indistinguishable); the sign of each comparator result
// is what matters (Dart's sort tests `compare(a, b) > 0`, `< 0`, `== 0`); an inconsistent
// comparator (here a fixed sequence of results from an LCG) still permutes the list: each step
// of the algorithm (sort.dart, the SDK's) swaps or rotates elements, the pivots and the range's
// ends through locals that it writes back; a throw propagates out of sort unchanged, after the
// comparisons counted by hand for the 5-element insertion sort ([-47, -6, 35, -25, 16]: 1 + 1 +
// 3 + 2 = 7 calls).

List<int> numbers(int n, int seed) => List<int>.generate(n, (i) => (i * 7919 + seed) % 101 - 50);

bool isSorted(List<int> xs, bool descending) {
  for (var i = 1; i < xs.length; i++) {
    if (descending ? xs[i - 1] < xs[i] : xs[i - 1] > xs[i]) return false;
  }
  return true;
}

bool samePermutation(List<int> a, List<int> b) {
  final x = List<int>.of(a)..sort();
  final y = List<int>.of(b)..sort();
  if (x.length != y.length) return false;
  for (var i = 0; i < x.length; i++) {
    if (x[i] != y[i]) return false;
  }
  return true;
}

void lengths() {
  for (final n in [0, 1, 2, 3, 32, 33, 34, 35, 100, 1000]) {
    final xs = numbers(n, n);
    final down = List<int>.of(xs)..sort((a, b) => b - a);
    final up = List<int>.of(xs)..sort((a, b) => a - b);
    print('n=$n descending=${isSorted(down, true)} ascending=${isSorted(up, false)} '
        'permutation=${samePermutation(xs, down) && samePermutation(xs, up)}');
  }
}

void mints() {
  // Differences beyond the Smi range (2^62 and more) but within 64 bits: the comparator's
  // result is a boxed int.
  const big = 3458764513820540928; // 3 * 2^60
  final xs = [big, -big, 0, big - 1, -big + 1, 4611686018427387903, -4611686018427387904, 7];
  final down = List<int>.of(xs)..sort((a, b) => b - a);
  print(down);
  final up = List<int>.of(xs)..sort((a, b) => a - b);
  print(up);
  // Constant results outside the Smi range, and at its edges.
  final signs = List<int>.of(xs)
    ..sort((a, b) => a < b ? -5000000000000000000 : (a > b ? 5000000000000000000 : 0));
  print(signs);
  final edges = List<int>.of(xs)
    ..sort((a, b) => a < b ? -4611686018427387904 : (a > b ? 4611686018427387903 : 0));
  print(edges);
  // A long list of mints (-4e18 to 3.96e18: every difference fits in 64 bits, most are mints):
  // the quicksort's partitions compare mints too.
  final many = List<int>.generate(200, (i) => (i * 37 % 200 - 100) * 40000000000000000);
  final sorted = List<int>.of(many)..sort((a, b) => b - a);
  print('mints descending=${isSorted(sorted, true)} permutation=${samePermutation(many, sorted)} '
      'first=${sorted.first} last=${sorted.last}');
}

void throwing() {
  for (final n in [5, 100]) {
    final xs = numbers(n, 3);
    var calls = 0;
    try {
      xs.sort((a, b) {
        if (++calls == 20) throw StateError('comparator $calls');
        return a - b;
      });
      print('n=$n sorted after $calls calls');
    } on StateError catch (e) {
      print('n=$n caught ${e.message} length=${xs.length}');
    }
  }
}

void inconsistent() {
  for (final n in [10, 40, 300]) {
    final xs = numbers(n, 11);
    var state = 12345;
    final ys = List<int>.of(xs)
      ..sort((a, b) {
        state = (state * 1103515245 + 12345) & 0x7fffffff;
        return (state >> 16) % 3 - 1;
      });
    print('n=$n inconsistent permutation=${samePermutation(xs, ys)}');
  }
}

void main() {
  lengths();
  mints();
  throwing();
  inconsistent();
}
