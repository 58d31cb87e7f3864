// Conformance: Mixins — mixin application and linearization (dartLangSpec.tex, "Mixins",
// "Mixin Application"; Dart 3 class modifiers: `mixin`, `mixin class`): `class C extends S with
// M1, M2` creates the chain S, S&M1, S&M1&M2, C, so M2's members override M1's and `super` in a
// mixin refers to the previous element of the chain; `on` clauses give the mixin access to
// super members.
// Expectations derived from the specification.
import '../lib/expect.dart';

class Base {
  String describe() => 'base';
  String who() => 'Base';
}

mixin Loud on Base {
  @override
  String describe() => '${super.describe()} loud';
}

mixin Quick on Base {
  @override
  String describe() => '${super.describe()} quick';
  String who() => 'Quick';
}

mixin Counting {
  int calls = 0;
  void call0() => calls++;
}

mixin class Both {
  String both() => 'both';
}

class A extends Base with Loud, Quick {}

class B extends Base with Quick, Loud {}

class C extends Base with Loud, Quick, Counting {
  @override
  String describe() => '${super.describe()} C';
}

class D with Both {}

class E extends Both {}

class F = Base with Loud;

class WithFields {
  final int x;
  WithFields(this.x);
  WithFields.doubled(int y) : x = 2 * y;
}

class G = WithFields with Counting;

void main() {
  Expect.equals('base loud quick', A().describe());
  Expect.equals('base quick loud', B().describe(), 'order of the with clause');
  Expect.equals('base loud quick C', C().describe());
  Expect.equals('Quick', A().who());
  Expect.equals('Quick', B().who(), 'Loud does not declare who');
  var c = C();
  c.call0();
  c.call0();
  Expect.equals(2, c.calls, 'mixin fields are per instance');
  Expect.isTrue(c is Counting);
  Expect.isTrue(c is Loud);
  Expect.isTrue(A() is Quick);
  Expect.isFalse(Base() is Loud);
  Expect.equals('both', D().both());
  Expect.equals('both', E().both(), 'a mixin class can be extended');
  Expect.equals('base loud', F().describe(), 'class alias of a mixin application');
  Expect.isTrue(F() is Base);
  Expect.equals(1, G(1).x, 'forwarding constructor');
  Expect.equals(4, G.doubled(2).x, 'forwarding named constructor');
  // Optional parameters of forwarding constructors: mixin_application_constructors.dart.
}
