// Conformance: Expressions — "Identity" (`identical`) and "Equality" (dartLangSpec.tex, "Object
// Identity", "Equality", "Constants"): equal constants are identical (canonicalized); integers
// with the same value are identical; doubles are identical when they have the same bits
// (so `identical(0.0, -0.0)` is false and a NaN is identical to the same NaN); `e1 == e2` is
// false without calling `==` when exactly one side is null.
// Expectations derived from the specification (VM semantics for numbers).
import '../lib/expect.dart';

class Loud {
  static int calls = 0;
  @override
  bool operator ==(Object other) {
    calls++;
    return true;
  }

  @override
  int get hashCode => 0;
}

void main() {
  Expect.isTrue(identical(1, 1));
  var big = 1 << 62;
  Expect.isTrue(identical(big, 1 << 62), 'equal ints are identical');
  Expect.isTrue(identical(1.5, 1.5));
  var d = 0.1 + 0.2;
  Expect.isTrue(identical(d, 0.30000000000000004));
  Expect.isFalse(identical(0.0, -0.0), 'different bits');
  var nan = double.nan;
  Expect.isTrue(identical(nan, nan), 'same NaN bits');
  Expect.isFalse(identical(1, 1.0), 'an int is not identical to a double');
  Expect.isTrue(identical('ab', 'a' 'b'), 'equal constant strings are identical');
  Expect.isTrue(identical(const [1], const [1]));
  Expect.isFalse(identical([1], [1]));
  Expect.isTrue(identical(null, null));
  Expect.isTrue(identical(true, 1 < 2));

  var l = Loud();
  Loud? none;
  Expect.isFalse(l == null);
  Expect.isFalse(none == l, 'null == object does not call ==');
  Expect.equals(0, Loud.calls, 'neither comparison with null calls ==');
  Expect.isTrue(l == Loud());
  Expect.equals(1, Loud.calls);
  Expect.isFalse(l != Loud(), '!= is the negation of ==');
  Expect.equals(2, Loud.calls);
}
