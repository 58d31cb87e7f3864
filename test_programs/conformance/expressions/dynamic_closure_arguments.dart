// Conformance: Expressions — a function value called through `dynamic` (or `Function`) with an
// argument of the wrong type (dartLangSpec.tex, "Function Expression Invocation" and "Binding
// Actuals to Formals": in a dynamic invocation every argument is checked against the
// parameter's type, and a mismatch throws a TypeError before the body runs).
// Expectations derived from the specification.
import '../lib/expect.dart';

int top(int x) => x + 1;

class C {
  String m(String s) => s;
}

void main() {
  dynamic f = (int x) => x + 1;
  Expect.throwsTypeError(() => f('x'), 'closure with an int parameter');
  dynamic g = (String s) => s.length;
  Expect.throwsTypeError(() => g(3), 'closure with a String parameter');
  dynamic h = (List<int> l) => l.length;
  Expect.throwsTypeError(() => h(<String>['a']), 'generic parameter type');
  dynamic t = top;
  Expect.throwsTypeError(() => t(1.5), 'top-level tear-off');
  dynamic m = C().m;
  Expect.throwsTypeError(() => m(1), 'method tear-off');
  Function fn = (double d) => d * 2;
  Expect.throwsTypeError(() => fn(true), 'static type Function');
  dynamic named = ({required int n}) => n;
  Expect.throwsTypeError(() => named(n: 'x'), 'named parameter');
  Expect.equals(2, f(1));
}
