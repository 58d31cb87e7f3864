// Conformance: Expressions — "Equality" with an operand whose type is a type variable
// (dartLangSpec.tex, "Equality": `e1 == e2` is valid for any operand types; it calls `==` of
// e1's value unless one of them is null).
// Expectations derived from the specification. Regression test for issue 9, B (`==` with a
// type-variable operand).
import '../lib/expect.dart';

class Box<U> {
  final U v;
  Box(this.v);
  bool same(U other) => v == other;
  bool sameAsObject(Object? other) => other == v;
}

bool eq<T>(T a, T b) => a == b;

void main() {
  Expect.isTrue(Box(1).same(1));
  Expect.isFalse(Box(1).same(2));
  Expect.isTrue(Box('a').sameAsObject('a'));
  Expect.isTrue(Box<int?>(null).same(null));
  Expect.isTrue(eq(1, 1));
  Expect.isTrue(eq(1.0, 1.0));
  Expect.isFalse(eq('a', 'b'));
  Expect.isTrue(eq<num>(1, 1.0), '1 == 1.0 for num');
}
