// Conformance: Classes — `noSuchMethod` overrides (dartLangSpec.tex, "Ordinary Invocation" /
// "noSuchMethod forwarding"; dart:core Invocation and Symbol documentation): a dynamic call of
// a missing member calls the user's `noSuchMethod` with an Invocation describing it; a class
// with a non-trivial noSuchMethod may leave interface members unimplemented, and calls to them
// are forwarded. `Symbol('x') == #x` and its toString is `Symbol("x")`.
// Expectations derived from the specification and the documentation. Regression test for
// issue 9, C (noSuchMethod, Invocation, Symbol).
import '../lib/expect.dart';

abstract class Greeter {
  String greet(String name);
}

class Recorder implements Greeter {
  final List<Invocation> calls = [];
  @override
  dynamic noSuchMethod(Invocation i) {
    calls.add(i);
    return 'handled';
  }
}

void main() {
  var r = Recorder();
  dynamic d = r;
  Expect.equals('handled', d.foo(1, 2, bar: 3));
  var i = r.calls.last;
  Expect.equals(#foo, i.memberName);
  Expect.isTrue(i.isMethod);
  Expect.deepEquals([1, 2], i.positionalArguments);
  Expect.equals(3, i.namedArguments[#bar]);

  Expect.equals('handled', d.prop);
  Expect.isTrue(r.calls.last.isGetter);
  d.prop = 5;
  Expect.isTrue(r.calls.last.isSetter);
  Expect.equals(const Symbol('prop='), r.calls.last.memberName);
  Expect.deepEquals([5], r.calls.last.positionalArguments);

  d.generic<int>();
  Expect.deepEquals([int], r.calls.last.typeArguments);

  Expect.equals('handled', r.greet('x'), 'unimplemented interface member is forwarded');
  Expect.equals(#greet, r.calls.last.memberName);

  Expect.equals(Symbol('x'), #x);
  Expect.equals('Symbol("x")', '${#x}');
  Expect.identical(#x, #x);
}
