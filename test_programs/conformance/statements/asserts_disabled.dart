// Conformance: Statements — "Assert" (dartLangSpec.tex): when assertions are disabled (the
// default of `dart compile exe`), an assert statement and an assert in an initializer list do
// nothing: neither the condition nor the message is evaluated.
// Expectations derived from the specification.
import '../lib/expect.dart';

final t = Trace();

class Positive {
  final int v;
  Positive(this.v) : assert(t.log('cond', v > 0), t.log('message', 'not positive'));
}

void main() {
  assert(t.log('cond', false), t.log('message', 'fails'));
  t.expect('', 'neither condition nor message evaluated');
  Positive(-1);
  t.expect('', 'initializer-list assert disabled too');
}
