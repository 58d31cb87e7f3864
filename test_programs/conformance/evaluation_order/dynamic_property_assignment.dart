// Conformance: Expressions — property assignment and compound assignment through `dynamic`
// receivers (dartLangSpec.tex, "Assignment", "Compound Assignment", "Postfix Expressions").
// Expectations derived from the specification: the receiver chain is evaluated before the
// right-hand side whatever the receiver's static type. (Issue 9, A7 notes that these forms were
// already right; this keeps them so.)
import '../lib/expect.dart';

final t = Trace();

class X {
  get b {
    t.add('get b');
    return Y();
  }

  String toString() {
    t.add('toString');
    return 'x';
  }
}

class Y {
  dynamic _c = 1;
  get c {
    t.add('get c');
    return _c;
  }

  set c(value) {
    t.add('set c=$value');
    _c = value;
  }
}

void main() {
  var x = X();
  x.b.c = '$x';
  t.expect('get b toString set c=x', 'x.b.c = rhs');

  x.b.c += t.log('rhs', 2);
  t.expect('get b get c rhs set c=3', 'x.b.c += rhs');

  x.b.c++;
  t.expect('get b get c set c=2', 'x.b.c++');

  --x.b.c;
  t.expect('get b get c set c=0', '--x.b.c');

  dynamic y = Y();
  Expect.equals(5, y.c = t.log('rhs', 5));
  t.expect('rhs set c=5', 'value of a dynamic assignment');
}
