// Conformance: flow analysis — promotion of a private final field read through a local variable
// other than `this` (Dart 3.2, feature spec accepted/3.2/field-promotion: `x._f` is promotable
// when x is itself promotable, e.g. a local variable or parameter that is not written between
// the test and the use).
// Expectations derived from the feature specification.
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

class Box {
  final C? _inner;
  Box(this._inner);
}

// A promotable field read through a promotable field read.
int nested(Box b) {
  if (b._inner != null && b._inner._x != null) return b._inner._x + 100;
  return -1;
}

// Each variable's field is its own place.
int two(C a, C b) {
  if (a._x == null || b._x == null) return 0;
  return a._x + b._x;
}

// The promotion survives into a closure when the variable is never written.
int Function() later(final C c) {
  if (c._x == null) return () => 0;
  return () => c._x + 1;
}

void main() {
  Expect.equals(6, C(null).viaOther(C(5)));
  Expect.equals(0, C(1).viaOther(C(null)));
  Expect.equals(9, top(C(3)));
  Expect.equals(-1, top(C(null)));
  Expect.equals(107, nested(Box(C(7))));
  Expect.equals(-1, nested(Box(C(null))));
  Expect.equals(-1, nested(Box(null)));
  Expect.equals(5, two(C(2), C(3)));
  Expect.equals(0, two(C(2), C(null)));
  Expect.equals(9, later(C(8))());
}
