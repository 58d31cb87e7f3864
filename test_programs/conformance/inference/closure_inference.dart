// Conformance: type inference for function literals (language repo,
// resources/type-system/inference.md, "Function literals"; dartLangSpec.tex, "Function
// Expressions"): parameter types come from the context function type, the return type from the
// body; generic methods such as `map` and `fold` infer their type arguments from them.
// Expectations derived from the specification (observed through reified types).
import '../lib/expect.dart';

void main() {
  var ints = [3, 1, 2];
  var doubled = ints.map((x) => x * 2).toList();
  Expect.equals('List<int>', doubled.runtimeType.toString(), 'x is int, so x * 2 is int');
  var strings = ints.map((x) => '$x').toList();
  Expect.equals('List<String>', strings.runtimeType.toString());
  var halves = ints.map((x) => x / 2).toList();
  Expect.equals('List<double>', halves.runtimeType.toString());

  var sum = ints.fold(0, (a, b) => a + b);
  Expect.equals(6, sum);
  Expect.isTrue(sum is int);
  var total = ints.fold<num>(0.5, (a, b) => a + b);
  Expect.equals(6.5, total);

  ints.sort((a, b) => b.compareTo(a));
  Expect.deepEquals([3, 2, 1], ints);

  var expanded = ints.expand((x) => [x, x]).toList();
  Expect.equals('List<int>', expanded.runtimeType.toString());

  var f = (int x) => x > 1;
  Expect.equals('List<int>', ints.where(f).toList().runtimeType.toString());

  // Return type inferred from a block body.
  var g = (int x) {
    if (x > 0) return x;
    return 0;
  };
  var results = [g(1), g(-1)];
  Expect.equals('List<int>', results.runtimeType.toString());

  // A closure assigned to a declared function type takes its parameter types.
  String Function(int) h = (x) => x.toRadixString(2);
  Expect.equals('101', h(5));

  // Local function with an inferred return type of its body.
  int twice(int x) => x * 2;
  Expect.equals('List<int>', [1].map(twice).toList().runtimeType.toString());
}
