// Conformance: Classes — "Constant Constructors": a const redirecting generative constructor
// whose argument is a constant expression over its parameters (dartLangSpec.tex, "Constant
// Constructors", "Redirecting Generative Constructors": potentially constant expressions such
// as `x + y` may be passed).
// The untyped parameter `x` makes `x + y` a dynamic operation, evaluated when the constant is.
// Expectations derived from the specification. Regression test for issue 9, B
// (`const C.named(x, int y) : this(x + y);`).
import '../lib/expect.dart';

class C {
  final int v;
  const C(this.v);
  const C.named(x, int y) : this(x + y);
  const C.twice(int x) : this.named(x, x);
}

void main() {
  Expect.equals(5, const C.named(2, 3).v);
  Expect.identical(const C(5), const C.named(2, 3), 'canonicalized by state');
  Expect.identical(const C(8), const C.twice(4));
  Expect.equals(7, C.named(3, 4).v, 'also usable without const');
}
