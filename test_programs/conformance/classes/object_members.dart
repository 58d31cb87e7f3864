// Conformance: Classes — the members every object has: `==` (identity by default), `hashCode`,
// `toString()` ("Instance of 'C'"), `runtimeType`, and `noSuchMethod` errors for missing
// members of dynamic receivers (dartLangSpec.tex, "Object"; dart:core Object documentation).
// Expectations derived from the specification and the documentation; the default toString
// text is the VM's.
import '../lib/expect.dart';

class Plain {}

class Valued {
  final int v;
  Valued(this.v);
  @override
  bool operator ==(Object other) => other is Valued && other.v == v;
  @override
  int get hashCode => v;
}

void main() {
  var p = Plain(), q = Plain();
  Expect.isTrue(p == p);
  Expect.isFalse(p == q, 'default == is identity');
  Expect.equals(p.hashCode, p.hashCode, 'hashCode is stable');
  Expect.equals(identityHashCode(p), p.hashCode, 'default hashCode is the identity hash');
  Expect.equals("Instance of 'Plain'", p.toString());
  Expect.equals('Plain', p.runtimeType.toString());

  Expect.isTrue(Valued(1) == Valued(1));
  Expect.isFalse(identical(Valued(1), Valued(1)));
  var set = {Valued(1), Valued(1), Valued(2)};
  Expect.equals(2, set.length, 'collections use == and hashCode');
  var map = {Valued(3): 'three'};
  Expect.equals('three', map[Valued(3)]);
  Expect.isTrue([Valued(4)].contains(Valued(4)));
  Expect.equals(0, [Valued(5)].indexOf(Valued(5)));

  dynamic d = Plain();
  Expect.throwsNoSuchMethodError(() => d.missing());
  Expect.throwsNoSuchMethodError(() => d.missing);
  Expect.throwsNoSuchMethodError(() => d.missing = 1);
  Expect.equals("Instance of 'Plain'", d.toString());
  Expect.isTrue(d == d);
  Expect.equals('Plain', d.runtimeType.toString());
}
