// Conformance: Expressions — "Assignment" and "Compound Assignment" on properties, and postfix
// and prefix increments (dartLangSpec.tex, "Assignment", "Compound Assignment", "Postfix
// Expressions", "Prefix Expressions").
// Expectations derived from the specification: `e1.v = e2` evaluates e1, then e2, then calls the
// setter, and its value is the value of e2. `e1.v op= e2` evaluates e1 once, calls the getter,
// evaluates e2, then the setter. `e1.v++` evaluates e1 once, gets, sets v + 1, and yields the old
// value; `++e1.v` yields the new one.
import '../lib/expect.dart';

final t = Trace();

class Box {
  int _v;
  Box(this._v);
  int get v {
    t.add('get');
    return _v;
  }

  set v(int value) {
    t.add('set $value');
    _v = value;
  }
}

final box = Box(10);
Box target() => t.log('target', box);
int rhs(int value) => t.log('rhs', value);

void main() {
  Expect.equals(5, target().v = rhs(5));
  t.expect('target rhs set 5', 'plain assignment');

  Expect.equals(8, target().v += rhs(3));
  t.expect('target get rhs set 8', '+=');

  Expect.equals(16, target().v *= rhs(2));
  t.expect('target get rhs set 16', '*=');

  Expect.equals(16, target().v++);
  t.expect('target get set 17', 'postfix ++ yields the old value');

  Expect.equals(18, ++target().v);
  t.expect('target get set 18', 'prefix ++ yields the new value');

  Expect.equals(18, target().v--);
  t.expect('target get set 17', 'postfix --');

  Expect.equals(16, --target().v);
  t.expect('target get set 16', 'prefix --');

  // Chained assignment: right-associative, the value flows outwards.
  var other = Box(0);
  Expect.equals(4, target().v = other.v = rhs(4));
  t.expect('target rhs set 4 set 4', 'chained assignment');
  Expect.equals(4, other._v);
}
