// Conformance: type inference — the downward context flows into the inference of constructor
// and generic method type arguments (language repo, resources/type-system/inference.md,
// "Constraint solution for a generic invocation": the context type's constraint is part of the
// solution, together with the arguments' upward constraints).
// Expectations derived from the specification. Regression test for issue 9, A3.
import '../lib/expect.dart';

void take(List l) {
  l.add(1);
  Expect.equals('List<dynamic>', l.runtimeType.toString());
}

T id<T>(T x) => x;

void main() {
  List<int?> dp = List.filled(3, null);
  dp[0] = 5;
  Expect.equals('[5, null, null]', '$dp');
  Expect.equals('List<int?>', dp.runtimeType.toString());

  take(List.filled(0, null, growable: true));

  List<num> nums = List.filled(2, 0);
  nums[0] = 1.5;
  Expect.equals('List<num>', nums.runtimeType.toString());

  Map<String, Object?> m = Map.of({'a': 1});
  m['b'] = 'x';
  Expect.equals('{a: 1, b: x}', '$m');

  List<Object> objects = List.generate(2, (i) => i);
  objects.add('s');
  Expect.equals('List<Object>', objects.runtimeType.toString());

  num n = id(1);
  Expect.equals(1, n);
  List<num> fromId = id([1]);
  Expect.equals('List<num>', fromId.runtimeType.toString(), 'context type for the literal argument');
}
