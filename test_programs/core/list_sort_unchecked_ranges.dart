// List.sort with a comparator: the insertion sort and the dual-pivot partition (when the pivots
// differ) read and write the array without bounds checks once the range is known to be within it
// (sort.dart), and fall back to the checked loops otherwise. This checks that they still behave
// like the SDK's sort (sdk/lib/internal/sort.dart), step for step:
//
// 1. A comparator that writes the list while it runs: the insertion sort re-reads a[j - 1] after
//    the comparison, as the SDK does (`a[j] = a[j - 1]`). Derived by hand on [3, 2, 1] with a
//    comparator `a - b` that sets list[0] = 7 on its first call: i = 1: element 2,
//    compare(3, 2) writes 7 to a[0] and answers 1, so a[1] = a[0] = 7, then a[0] = 2:
//    [2, 7, 1]; i = 2: element 1, compare(7, 1) > 0: a[2] = 7; compare(2, 1) > 0: a[1] = 2;
//    a[0] = 1: [1, 2, 7] (without the re-read it would be [1, 2, 3]).
// 2. A comparator that answers 0 only on its 10th call (the pivots' comparison after the nine of
//    the sorting network) and 1 otherwise, on 40 elements: the three-way partition's inner loop
//    (`compare(a[great], pivot) > 0` decrements great without a bound) walks great from 38 down
//    to 0 with 39 calls and then reads a[-1]: a RangeError after 9 + 1 + 1 + 39 = 50 calls.
// 3. A comparator that answers only -1 or 1 from a fixed pseudo-random sequence (inconsistent,
//    but never 0, so the pivots always differ and the unchecked partition runs): every step
//    moves elements without losing any, so the result is a permutation of the input.
// 4. Consistent comparators over ints and strings at lengths around the insertion-sort
//    threshold (33) and larger: sorted, and a permutation of the input.

List<int> pseudoRandom(int n, int seed) {
  final out = <int>[];
  var x = seed;
  for (var i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out.add(x % 1000 - 500);
  }
  return out;
}

bool sameElements(List<Object> a, List<Object> b) {
  if (a.length != b.length) return false;
  final counts = <Object, int>{};
  for (final x in a) counts[x] = (counts[x] ?? 0) + 1;
  for (final x in b) {
    final c = counts[x];
    if (c == null || c == 0) return false;
    counts[x] = c - 1;
  }
  return true;
}

bool isSorted<T>(List<T> xs, int Function(T, T) compare) {
  for (var i = 1; i < xs.length; i++) {
    if (compare(xs[i - 1], xs[i]) > 0) return false;
  }
  return true;
}

void main() {
  // 1.
  final list = <int>[3, 2, 1];
  var first = true;
  list.sort((a, b) {
    if (first) {
      first = false;
      list[0] = 7;
    }
    return a - b;
  });
  print(list);

  // 2.
  var calls = 0;
  final forty = List<int>.generate(40, (i) => i);
  try {
    forty.sort((a, b) {
      calls++;
      return calls == 10 ? 0 : 1;
    });
    print('sorted');
  } on RangeError {
    print('RangeError after $calls calls');
  }

  // 3.
  for (final n in [20, 33, 34, 100, 500]) {
    final input = pseudoRandom(n, n);
    final copy = List<int>.of(input);
    var state = 7;
    copy.sort((a, b) {
      state = (state * 1103515245 + 12345) % 2147483648;
      return (state >> 16).isOdd ? 1 : -1;
    });
    print('$n inconsistent: permutation ${sameElements(input, copy)}');
  }

  // 4.
  var ok = true;
  for (final n in [0, 1, 2, 3, 31, 32, 33, 34, 35, 64, 100, 257, 1000]) {
    final ints = pseudoRandom(n, 3 * n + 1);
    final up = List<int>.of(ints)..sort((a, b) => a - b);
    final down = List<int>.of(ints)..sort((a, b) => b.compareTo(a));
    final strings = [for (final x in ints) 'k$x'];
    final byText = List<String>.of(strings)..sort((a, b) => a.compareTo(b));
    ok = ok &&
        isSorted(up, (int a, int b) => a - b) &&
        sameElements(ints, up) &&
        isSorted(down, (int a, int b) => b - a) &&
        sameElements(ints, down) &&
        isSorted(byText, (String a, String b) => a.compareTo(b)) &&
        sameElements(strings, byText);
  }
  print('consistent comparators: $ok');
}
