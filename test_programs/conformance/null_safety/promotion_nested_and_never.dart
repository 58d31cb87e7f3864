// Conformance: flow analysis (null safety feature spec, accepted/2.12/nnbd/feature-specification.md
// and flow-analysis.md): a promotion survives a nested `if` with no `else` that tests a
// subtype; a call of a function whose return type is `Never` (or a type variable bounded by
// `Never`) does not complete normally, so the code after it sees the promotion.
// Expectations derived from the specification. Regression test for issue 9, B (flow analysis).
import '../lib/expect.dart';

class A {}

class B extends A {
  String get b => 'B';
}

class C extends B {
  String get c => 'C';
}

Never fail(String message) => throw StateError(message);

T failWith<T extends Never>(String message) => throw StateError(message);

String nested(A a) {
  if (a is B) {
    if (a is C) {
      a.c;
    }
    return a.b; // still promoted to B
  }
  return 'A';
}

int afterNever(int? x) {
  if (x == null) fail('null');
  return x + 1; // x promoted: fail() never returns
}

int afterNeverBound(Object o) {
  if (o is! int) failWith<Never>('not int');
  return o * 2;
}

void main() {
  Expect.equals('B', nested(B()));
  Expect.equals('B', nested(C()));
  Expect.equals('A', nested(A()));
  Expect.equals(2, afterNever(1));
  Expect.throwsStateError(() => afterNever(null));
  Expect.equals(6, afterNeverBound(3));
  Expect.throwsStateError(() => afterNeverBound('3'));
}
