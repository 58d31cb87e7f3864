// Conformance: Expressions — "Assignment" to an index expression whose receiver is `dynamic`
// (dartLangSpec.tex, "Assignment": `e1[e2] = e3` evaluates e1, e2, e3, then calls `[]=`).
// Expectations derived from the specification; the evaluation order must not depend on the
// static type of the receiver. Regression test for issue 9, A7.
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
  get d {
    t.add('get d');
    return Z();
  }
}

class Z {
  void operator []=(index, value) {
    t.add('[$index]=$value');
  }

  operator [](index) {
    t.add('[$index]');
    return 1;
  }
}

void main() {
  var x = X();
  x.b.d[42] = '$x';
  t.expect('get b get d toString [42]=x', 'index assignment through dynamic getters');

  dynamic z = Z();
  z[t.log('index', 1)] = t.log('rhs', 2);
  t.expect('index rhs [1]=2', 'dynamic receiver variable');

  // Compound forms, already right: keep them so.
  x.b.d[7] += t.log('rhs', 1);
  t.expect('get b get d [7] rhs [7]=2', '[] += through dynamic');
  x.b.d[8]++;
  t.expect('get b get d [8] [8]=2', '[]++ through dynamic');
}
