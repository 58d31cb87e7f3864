// Conformance: type inference — inferring a type argument whose parameter has a bound
// (language repo, resources/type-system/inference.md, "Type parameter bounds" /
// inference-using-bounds: the bound's constraint takes part, and the argument types decide).
// Expectations derived from the specification: `maxOf([3, 9, 2])` with
// `T extends Comparable` infers T = int. Regression test for issue 9, B (inference with bounds).
import '../lib/expect.dart';

T maxOf<T extends Comparable>(List<T> xs) {
  var best = xs.first;
  for (var x in xs) {
    if (x.compareTo(best) > 0) best = x;
  }
  return best;
}

List<T> sortedCopy<T extends Comparable<Object>>(Iterable<T> xs) => xs.toList()..sort();

void main() {
  var m = maxOf([3, 9, 2]);
  Expect.equals(9, m);
  Expect.isTrue(m.isOdd, 'static type int: T was inferred as int');
  Expect.equals('b', maxOf(['a', 'b']));
  Expect.deepEquals([1, 2], sortedCopy({2, 1}));
  Expect.equals('List<int>', sortedCopy([2, 1]).runtimeType.toString());
}
