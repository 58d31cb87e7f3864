// Conformance: Functions — `.call` on a value of static type `Function`, and
// `Function.apply` (dartLangSpec.tex, "Function Expression Invocation": invoking `f.call(...)`
// on a Function is a dynamic invocation; dart:core Function.apply documentation).
// Expectations derived from the specification and the documentation. Regression test for
// issue 9, B (`Function baz = bar; baz.call(42)`) and C (`Function.apply`).
import '../lib/expect.dart';

int bar(int x) => x + 1;
String named(String a, {String b = 'b'}) => '$a$b';

void main() {
  Function baz = bar;
  Expect.equals(43, baz.call(42));
  Expect.equals(43, baz(42));
  Expect.equals(43, Function.apply(bar, [42]));
  Expect.equals('xy', Function.apply(named, ['x'], {#b: 'y'}));
  Expect.equals('xb', Function.apply(named, ['x']));
  Expect.throwsNoSuchMethodError(() => Function.apply(bar, []));
}
