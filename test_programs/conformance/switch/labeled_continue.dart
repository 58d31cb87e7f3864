// Conformance: Statements — "Switch" with labeled cases and `continue label` (dartLangSpec.tex,
// "Switch", "Continue": `continue L` where L labels a case of the enclosing switch transfers
// control to that case).
// Expectations derived from the specification.
import '../lib/expect.dart';

List<String> run(int start) {
  var log = <String>[];
  switch (start) {
    one:
    case 1:
      log.add('one');
      continue three;
    case 2:
      log.add('two');
      continue one;
    three:
    case 3:
      log.add('three');
    case 4:
      log.add('four');
  }
  return log;
}

void main() {
  Expect.deepEquals(['one', 'three'], run(1));
  Expect.deepEquals(['two', 'one', 'three'], run(2));
  Expect.deepEquals(['three'], run(3));
  Expect.deepEquals(['four'], run(4));
  Expect.deepEquals([], run(5));
}
