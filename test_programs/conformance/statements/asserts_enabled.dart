// Conformance: Statements — "Assert" (dartLangSpec.tex) with assertions enabled
// (`--enable-asserts`, see asserts_enabled.flags): the condition is evaluated; when false, the
// message is evaluated and an AssertionError carrying it is thrown; the message is not
// evaluated when the condition holds. The same holds in initializer lists.
// Expectations derived from the specification.
import '../lib/expect.dart';

final t = Trace();

class Positive {
  final int v;
  Positive(this.v) : assert(v > 0, 'not positive: $v');
}

void main() {
  assert(t.log('cond', true), t.log('message', 'unused'));
  t.expect('cond', 'message not evaluated when the condition holds');

  var e = Expect.throws(() {
    assert(t.log('cond', false), t.log('message', 'it failed'));
  }, (e) => e is AssertionError);
  t.expect('cond message');
  Expect.equals('it failed', (e as AssertionError).message);

  Expect.throws(() => Positive(-1), (e) => e is AssertionError && e.message == 'not positive: -1');
  Expect.equals(2, Positive(2).v);

  var noMessage = Expect.throws(() {
    assert(1 > 2);
  }) as AssertionError;
  Expect.isNull(noMessage.message);
}
