// Conformance: Expressions — "Cascades", the null-aware form `e?..s1..s2` (dartLangSpec.tex,
// grammar rule <cascade>: only the first section may be written `?..`, and it guards all of
// them).
// Expectations derived from the specification: when e is null no section runs and the value is
// null; otherwise every section runs on e and the value is e.
import '../lib/expect.dart';

final t = Trace();

class B {
  final List<String> parts = [];
  void add(String s) {
    t.add('add $s');
    parts.add(s);
  }

  int count = 0;
}

B? find(bool found) => found ? B() : null;

void main() {
  var r = find(false)
    ?..add('never')
    ..add('never either')
    ..count += 1;
  Expect.isNull(r, '?.. on null yields null');
  t.expect('', '?.. on null runs no section');

  var b = find(true)
    ?..add('p')
    ..add('q')
    ..count += 2;
  Expect.isNotNull(b);
  t.expect('add p add q', '?.. on an object runs every section');
  Expect.equals(2, b!.count);
  Expect.deepEquals(['p', 'q'], b.parts);
}
