// Conformance: Expressions — assignments whose target is a null-aware access: `c?.v = e`,
// `c?.v += e`, `c?.v++`, `c?.list[0] ??= e` (dartLangSpec.tex, "Assignment", "Compound
// Assignment"; null safety feature spec, "Null shortening").
// Expectations derived from the specification: when c is null nothing is evaluated after it
// (not even the right-hand side) and the value is null; otherwise it is the plain assignment.
// Regression test for issue 9, B (null-aware assignment targets).
import '../lib/expect.dart';

final t = Trace();

class C {
  int v = 0;
  List<int?> list = [null, 1];
}

void main() {
  C? none;
  C? c = C();
  Expect.isNull(none?.v = t.log('rhs', 1));
  t.expect('', 'no right-hand side on null');
  Expect.equals(1, c?.v = t.log('rhs', 1));
  t.expect('rhs');
  Expect.equals(1, c!.v);

  Expect.isNull(none?.v += 2);
  Expect.equals(3, c?.v += 2);
  Expect.isNull(none?.v++);
  Expect.equals(3, c?.v++);
  Expect.equals(4, c?.v);

  Expect.isNull(none?.list[0] ??= t.log('rhs', 9));
  t.expect('');
  Expect.equals(9, c?.list[0] ??= 9);
  Expect.equals(9, c?.list[0] ??= 10);
  Expect.deepEquals([9, 1], c?.list);
}
