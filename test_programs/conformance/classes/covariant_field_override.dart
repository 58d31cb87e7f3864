// Conformance: Classes — a field overridden by a `covariant` field of a narrower type
// (dartLangSpec.tex, "Covariant Parameters", "Instance Variables": a field declares a getter
// and a setter; `covariant int value` overrides `num value` validly, its implicit setter's
// parameter being covariant, so storing a non-int through the supertype throws a TypeError).
// Expectations derived from the specification.
import '../lib/expect.dart';

class Base {
  num value = 1;
}

class Sub extends Base {
  @override
  covariant int value = 2;
}

void main() {
  Base b = Sub();
  Expect.equals(2, b.value);
  Expect.throwsTypeError(() => b.value = 1.5);
  b.value = 7;
  Expect.equals(7, b.value);
  Expect.equals(8, (b as Sub).value + 1);
}
