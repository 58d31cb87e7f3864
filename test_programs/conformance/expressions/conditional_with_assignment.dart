// Conformance: Expressions — an assignment in a branch of a conditional expression
// (dartLangSpec.tex, "Conditional Expressions": the branches are <expressionWithoutCascade>,
// which includes assignments, so `c ? b = true : null` parses as `c ? (b = true) : null`).
// Expectations derived from the specification. Regression test for issue 9, B.
import '../lib/expect.dart';

void main() {
  var b = false;
  var c = true;
  c ? b = true : null;
  Expect.isTrue(b);
  var n = 0;
  c ? n = 1 : n = 2;
  Expect.equals(1, n);
  c = false;
  c ? n = 1 : n = 2;
  Expect.equals(2, n);
  var v = c ? n += 10 : n -= 1;
  Expect.equals(1, v);
}
