// Argument evaluation order with a named argument written before a positional one, in the call
// forms the conformance program evaluation_order/named_argument_first_receiver does not cover:
// an extension method, a callee that is itself an expression, a name argument (a getter, or a
// variable that a later argument assigns), a dynamic call and a null-aware call.
//
// Expectations derived by hand from the specification (named-arguments-anywhere feature spec:
// arguments are evaluated in source order; dartLangSpec.tex "Method Invocation", "Function
// Expression Invocation": the receiver or callee is evaluated before the arguments).
var log = <String>[];
int v(String n, int x) { log.add(n); return x; }
int get g { log.add('g'); return 10; }
class C {
  int m(int a, int b, {int c = 0, int d = 0}) { log.add('m'); return a + b + c + d; }
}
extension E on C {
  int e(int a, {int c = 0}) { log.add('e'); return a + c; }
}
C recv() { log.add('receiver'); return C(); }
int f(int a, int b, {int c = 0}) { log.add('f'); return a + b + c; }
int Function(int, {int c}) getF() { log.add('getF'); return (int a, {int c = 0}) { log.add('closure'); return a + c; }; }
void main() {
  print(recv().m(c: v('c', 3), v('a', 1), d: v('d', 4), v('b', 2))); print(log.join(' ')); log.clear();
  print(recv().e(c: v('c', 3), v('a', 1))); print(log.join(' ')); log.clear();
  print(getF()(c: v('c', 3), v('a', 1))); print(log.join(' ')); log.clear();
  var x = 1;
  print(f(x, c: (x = 5), x)); log.clear();
  print(f(c: v('c', 1), g, v('b', 2))); print(log.join(' ')); log.clear();
  dynamic d = C();
  print(d.m(c: v('c', 3), v('a', 1), d: v('d', 4), v('b', 2))); print(log.join(' ')); log.clear();
  print(recv()?.m(c: v('c', 3), v('a', 1), v('b', 2))); print(log.join(' ')); log.clear();
}
