// Conformance: Statements — "Switch" on doubles, booleans and nullable values, nested switches,
// and `break`/`continue` of an enclosing loop from inside a switch (dartLangSpec.tex, "Switch",
// "Break", "Continue"; Dart 3 patterns: constant patterns match with `==`, so `-0.0` matches
// `case 0.0` and NaN matches nothing; an unlabeled `break` leaves the switch).
// Expectations derived from the specifications.
import '../lib/expect.dart';

String f(double d) {
  switch (d) {
    case 2.5:
      return 'two.5';
    case 0.0:
      return 'zero';
    default:
      return 'other';
  }
}

String g(bool b) {
  switch (b) {
    case true:
      return 'T';
    case false:
      return 'F';
  }
}

String h(String? s) {
  switch (s) {
    case null:
      return 'null';
    case '':
      return 'empty';
    default:
      return 'text';
  }
}

void main() {
  Expect.equals('two.5', f(2.5));
  Expect.equals('zero', f(-0.0), '-0.0 == 0.0');
  Expect.equals('other', f(double.nan));
  Expect.equals('F', g(false));
  Expect.equals('T', g(true));
  Expect.equals('null', h(null));
  Expect.equals('empty', h(''));
  Expect.equals('text', h('x'));

  var out = <String>[];
  loop:
  for (var i = 0; i < 4; i++) {
    switch (i) {
      case 1:
        continue loop;
      case 2:
        break loop;
      case 0:
        out.add('zero');
        break;
    }
    out.add('end$i');
  }
  Expect.deepEquals(['zero', 'end0'], out);

  var n = 3, log = '';
  switch (n) {
    case 3:
      switch (n * 2) {
        case 6:
          log += 'nested ';
      }
      log += 'after';
  }
  Expect.equals('nested after', log);
}
