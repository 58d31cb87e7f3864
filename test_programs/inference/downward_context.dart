// The downward context flows into the inference of constructor and generic method type
// arguments (issue 9, A3).
//
// Expectations derived from the inference specification (dart-lang/language
// resources/type-system/inference.md): the call's return type is matched against the context
// first (`List<E> <# List<int?>` gives `E <: int?`); a parameter whose constraint solution is
// then a known type is fixed ("frozen") before the arguments are looked at, so `null` and `1`
// can't narrow it. A context of exactly `dynamic` is no context. `T <# Object?` constrains T
// to `Object?` as well, which is why `print(show(1))` prints `Object?` (the well-known
// `print(xs.fold(0, ...))` consequence, dart-lang/sdk#36405). With a bound, the fixed choice is
// the context's type met with the bound (`Object o = pick(1)` gives `num`, the CFE's own
// example with math.min). Type.toString prints `Object?` and `List<int?>` as written.
import 'dart:math';

void take(List l) {
  l.add(1);
  print(l.runtimeType);
}

T show<T>(T x) {
  print(T);
  return x;
}

T pick<T extends num>(T x) {
  print(T);
  return x;
}

List<T> wrap<T>(T x) => [x];

void main() {
  List<int?> dp = List.filled(3, null);
  dp[0] = 5;
  print(dp);
  print(dp.runtimeType);
  take(List.filled(0, null, growable: true));

  List<num> nums = List.filled(2, 1);
  nums[1] = 2.5;
  print(nums);

  List<List<int>> grid = List.generate(2, (i) => List.filled(i + 1, 0));
  grid[0][0] = 7;
  print(grid);

  num n = show(1);
  print(n);
  show(1);
  print(show(1));
  dynamic d = show(1);
  print(d);

  Object o = pick(1);
  print(o);
  double x = max(1, 2);
  print(x);

  Object w = wrap(1);
  print(w.runtimeType);
  Iterable<num> it = wrap(1);
  print(it.runtimeType);
}
