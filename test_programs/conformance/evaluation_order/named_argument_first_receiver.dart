// Conformance: Expressions — "Method Invocation" with a named argument written before a
// positional one (Dart 2.17 "named arguments anywhere", feature spec
// named-arguments-anywhere/feature-specification.md; dartLangSpec.tex "Method Invocation").
// Expectations derived from the specification: the receiver is evaluated before any argument,
// and the arguments in source order, wherever the named ones are written.
import '../lib/expect.dart';

final t = Trace();

int v(String name, int value) => t.log(name, value);

class C {
  int m(int a, int b, {int c = 0, int d = 0}) {
    t.add('m');
    return a + b + c + d;
  }
}

C receiver() => t.log('receiver', C());

void main() {
  Expect.equals(10, receiver().m(c: v('c', 3), v('a', 1), d: v('d', 4), v('b', 2)));
  t.expect('receiver c a d b m', 'named arguments before positional ones');
  Expect.equals(3, receiver().m(v('a', 1), d: v('d', 0), v('b', 2)));
  t.expect('receiver a d b m', 'a named argument between positional ones');
}
