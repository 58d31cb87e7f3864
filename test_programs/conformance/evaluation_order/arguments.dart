// Conformance: Expressions — "Actual Argument Lists", "Method Invocation", "Function Invocation"
// (dartLangSpec.tex), and the named-arguments-anywhere feature (Dart 2.17).
// Expectations derived from the specification: the receiver is evaluated first, then the actual
// arguments in the order they appear in the source, positional and named alike, and only then
// is the method invoked. A named argument written before a positional one is still evaluated in
// source order.
import '../lib/expect.dart';

final t = Trace();

int v(String name, int value) => t.log(name, value);

class C {
  final String name;
  C(this.name);

  String m(int a, int b, {int c = 0, int d = 0}) {
    t.add('m');
    return '$name $a $b $c $d';
  }

  static String s(int a, {int b = 0}) {
    t.add('s');
    return '$a $b';
  }
}

String f(int a, [int b = 7, int c = 8]) {
  t.add('f');
  return '$a $b $c';
}

C receiver(String name) => t.log('receiver', C(name));

void main() {
  Expect.equals('r 1 2 3 4', receiver('r').m(v('a', 1), v('b', 2), c: v('c', 3), d: v('d', 4)));
  t.expect('receiver a b c d m', 'receiver, positionals, nameds, call');

  Expect.equals('r 1 2 3 4', receiver('r').m(v('a', 1), v('b', 2), d: v('d', 4), c: v('c', 3)));
  t.expect('receiver a b d c m', 'named arguments in source order');

  Expect.equals('r 1 2 3 0', receiver('r').m(v('c', 3) * 0 + v('a', 1), v('b', 2), c: 3));
  t.expect('receiver c a b m', 'nested expressions');

  Expect.equals('5 6', C.s(b: v('b', 6), v('a', 5)));
  t.expect('b a s', 'static method, named argument first');

  Expect.equals('1 7 8', f(v('a', 1)));
  t.expect('a f', 'defaults are not argument expressions');
  Expect.equals('1 2 8', f(v('a', 1), v('b', 2)));
  t.expect('a b f', 'optional positional');

  // A function-typed expression is evaluated before its arguments.
  String Function(int, [int, int]) g() => t.log('g', f);
  Expect.equals('1 2 3', g()(v('a', 1), v('b', 2), v('c', 3)));
  t.expect('g a b c f', 'callee expression first');
}
