// Conformance: Statements — "For", "For-in", "While", "Do", "Labels", "Break", "Continue"
// (dartLangSpec.tex): `break L`/`continue L` target the labeled statement; a do-while runs its
// body at least once; a for-in iterates the iterator of its expression, evaluated once.
// Expectations derived from the specification.
import '../lib/expect.dart';

final t = Trace();

void main() {
  var pairs = <String>[];
  outer:
  for (var i = 0; i < 3; i++) {
    for (var j = 0; j < 3; j++) {
      if (j == 2) continue outer;
      if (i == 2) break outer;
      pairs.add('$i$j');
    }
  }
  Expect.deepEquals(['00', '01', '10', '11'], pairs);

  var n = 0;
  do {
    n++;
  } while (n < 0);
  Expect.equals(1, n, 'do-while runs once');

  var w = 0;
  while (w < 5) {
    w += 2;
  }
  Expect.equals(6, w);

  // A labeled block can be left with break.
  var reached = false;
  block:
  {
    if (n == 1) break block;
    reached = true;
  }
  Expect.isFalse(reached);

  // for-in evaluates the iterable once.
  var sum = 0;
  for (var x in t.log('iterable', [1, 2, 3])) {
    sum += x;
  }
  t.expect('iterable');
  Expect.equals(6, sum);

  // for-in over other iterables.
  var keys = <String>[];
  for (var k in {'a': 1, 'b': 2}.keys) {
    keys.add(k);
  }
  Expect.deepEquals(['a', 'b'], keys);
  var chars = <String>[];
  for (var r in 'hé'.runes) {
    chars.add(String.fromCharCode(r));
  }
  Expect.deepEquals(['h', 'é'], chars);

  // for-in with an existing variable.
  int last = -1;
  for (last in [4, 5]) {}
  Expect.equals(5, last);

  // A for loop with empty parts.
  var count = 0;
  for (;;) {
    if (++count == 4) break;
  }
  Expect.equals(4, count);

  // Condition and update order.
  var log = <String>[];
  for (var i = t.log('init', 0); t.log('cond', i < 2); i = t.log('update', i + 1)) {
    t.add('body');
  }
  t.expect('init cond body update cond body update cond');
  Expect.isTrue(log.isEmpty);
}
