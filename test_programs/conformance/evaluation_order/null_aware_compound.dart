// Conformance: Expressions — `??=` and compound assignment on properties and super properties
// (dartLangSpec.tex, "Compound Assignment", "Super Invocations"): `e.v ??= e2` evaluates e
// once, calls the getter, and only when the value is null evaluates e2 and calls the setter;
// `super.v op= e` calls the superclass getter and setter.
// Expectations derived from the specification.
import '../lib/expect.dart';

final t = Trace();

class Holder {
  int? _v;
  int? get v {
    t.add('get');
    return _v;
  }

  set v(int? x) {
    t.add('set $x');
    _v = x;
  }
}

class Base {
  int _n = 1;
  int get n {
    t.add('Base.get');
    return _n;
  }

  set n(int x) {
    t.add('Base.set $x');
    _n = x;
  }
}

class Derived extends Base {
  @override
  int get n => -1;
  @override
  set n(int x) => t.add('Derived.set');

  void bump() {
    super.n += 2;
  }

  void bumpPostfix() {
    super.n++;
  }
}

final holder = Holder();
Holder target() => t.log('target', holder);

void main() {
  Expect.equals(5, target().v ??= t.log('rhs', 5));
  t.expect('target get rhs set 5', '??= on null');
  Expect.equals(5, target().v ??= t.log('rhs', 6));
  t.expect('target get', '??= on non-null');

  var d = Derived();
  d.bump();
  t.expect('Base.get Base.set 3', 'super.n += 2');
  d.bumpPostfix();
  t.expect('Base.get Base.set 4', 'super.n++');
}
