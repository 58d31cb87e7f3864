// Conformance: type inference — an expression whose own inference leaves a type open takes it
// from the parameter type it is passed to (language repo, resources/type-system/inference.md:
// the downward context `Iterable<int>` reaches `[].map(...)`, so `map`'s type argument is int
// and the literal's element type follows).
// Expectations derived from the specification. Regression test for issue 9, B (upward inference
// into a context).
import '../lib/expect.dart';

int sum(Iterable<int> xs) => xs.fold(0, (a, b) => a + b);
String kind(Iterable<int> xs) => xs.runtimeType.toString();

void main() {
  Expect.equals(0, sum([].map((x) => x)));
  Expect.equals(6, sum([1, 2, 3].map((x) => x)));
  List<int> l = [].map((x) => x as int).toList();
  Expect.equals('List<int>', l.runtimeType.toString());
}
