// Closures passed to functions that call them (closure_specialization.cpp clones the callee for
// a closure created at the call site and inlines it): results, captured state, a closure of
// another shape (optional parameter: the dynamic call path), a parameter reassigned in the
// callee, and stack traces through the clones. Expected output derived by hand from the
// program's semantics (sort order, sums) and from the frames the VM prints for these calls
// (the closure, then _Sort._insertionSort, _Sort._doSort, _Sort.sort, List.sort, main).
void walk(List<int> xs, int i, void Function(int) visit) {
  if (i >= xs.length) return;
  visit(xs[i]);
  walk(xs, i + 1, visit);
}

void each(List<int> xs, void Function(int) f, bool swap) {
  if (swap) f = (x) => print('swapped $x');
  for (final x in xs) f(x);
}

List<String> frames(StackTrace s) =>
    s.toString().split('\n').where((l) => l.isNotEmpty).map((l) => l.substring(8).split(' (').first).toList();

void main() {
  final xs = [5, 3, 9, 1, 7, 2, 8];
  var descending = true;
  xs.sort((a, b) => descending ? b - a : a - b);
  print(xs);
  descending = false;
  xs.sort((a, b) => descending ? b - a : a - b);
  print(xs);
  var sum = 0;
  walk(xs, 0, (v) => sum += v * 10);
  print(sum);
  walk(xs, 0, ([int v = 0, int w = 1]) => sum += v * w);
  print(sum);
  each([1, 2], (x) => print('kept $x'), false);
  each([3], (x) => print('kept $x'), true);
  try {
    xs.sort((a, b) {
      if (a == 1 && b == 2) throw StateError('cmp');
      return a - b;
    });
  } catch (e, s) {
    print(e);
    print(frames(s).take(6).join(' < '));
  }
  try {
    walk(xs, 0, (v) {
      if (v == 3) throw 'at $v';
    });
  } catch (e, s) {
    print(e);
    print(frames(s).take(5).join(' < '));
  }
}
