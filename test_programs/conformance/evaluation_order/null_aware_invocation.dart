// Conformance: Expressions — "Conditional Member Access" and null shortening for method
// invocations and property accesses (dartLangSpec.tex, "Member Invocations"; null safety
// feature spec, "Null shortening").
// Expectations derived from the specification: `e?.m(args)` evaluates e; when it is null the
// arguments are not evaluated and the result is null; otherwise it is `e.m(args)`.
import '../lib/expect.dart';

final t = Trace();

class C {
  int m(int x) {
    t.add('m $x');
    return x * 2;
  }

  int get g {
    t.add('g');
    return 3;
  }

  C? get next => null;
}

int arg(int x) => t.log('arg', x);

void main() {
  C? none;
  C? some = C();
  Expect.isNull(none?.m(arg(1)));
  t.expect('', 'arguments skipped on null');
  Expect.equals(2, some?.m(arg(1)));
  t.expect('arg m 1');

  Expect.isNull(none?.g);
  t.expect('');
  Expect.equals(3, some?.g);
  t.expect('g');

  // Chains: once the receiver is null, the rest of the selector chain is skipped.
  Expect.isNull(none?.next?.m(arg(2)));
  t.expect('');
  Expect.isNull(some?.next?.m(arg(2)));
  t.expect('');

  // `??` after a null-aware access.
  Expect.equals(7, none?.m(arg(1)) ?? arg(7));
  t.expect('arg');
}
