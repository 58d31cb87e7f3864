// Conformance: flow analysis — promotion of a private final field read through a local variable
// other than `this` (Dart 3.2, feature spec accepted/3.2/field-promotion: `x._f` is promotable
// when x is itself promotable, e.g. a local variable or parameter that is not written between
// the test and the use).
// Expectations derived from the feature specification.
// pending: new bug (not in issue 9): `if (other._x == null) return 0; return other._x + 1;` is
//   rejected (promotion only works on `this`'s fields)
import '../lib/expect.dart';

class C {
  final int? _x;
  C(this._x);
  int viaOther(C other) {
    if (other._x == null) return 0;
    return other._x + 1;
  }
}

int top(C c) => c._x is int ? c._x * 3 : -1;

void main() {
  Expect.equals(6, C(null).viaOther(C(5)));
  Expect.equals(0, C(1).viaOther(C(null)));
  Expect.equals(9, top(C(3)));
  Expect.equals(-1, top(C(null)));
}
