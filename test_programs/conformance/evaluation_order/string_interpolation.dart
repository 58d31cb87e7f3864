// Conformance: Expressions — "String Interpolation" (dartLangSpec.tex).
// Expectations derived from the specification: the embedded expressions are evaluated left to
// right, each immediately followed by a call of its `toString()` (the whole string is built
// after all of them ran); adjacent string literals with interpolations behave as one string.
import '../lib/expect.dart';

final t = Trace();

class Named {
  final String name;
  Named(this.name);
  String toString() {
    t.add('toString $name');
    return name;
  }
}

Named n(String name) => t.log('eval $name', Named(name));

void main() {
  Expect.equals('a-b-c', '${n('a')}-${n('b')}-${n('c')}');
  t.expect('eval a toString a eval b toString b eval c toString c', 'left to right');

  Expect.equals('ab', '${n('a')}' '${n('b')}');
  t.expect('eval a toString a eval b toString b', 'adjacent literals');

  var x = Named('x');
  Expect.equals('[x]', '[$x]');
  t.expect('toString x', 'simple identifier interpolation');

  // Nested interpolation.
  Expect.equals('outer inner x', 'outer ${'inner ${n('x')}'}');
  t.expect('eval x toString x', 'nested interpolation');

  // Side effects inside interpolations are sequenced.
  var i = 0;
  Expect.equals('0 1 2', '${i++} ${i++} ${i++}');
  Expect.equals(3, i);
}
