// Conformance: Statements — "Switch" on a value of static type `Object` or `dynamic`, with case
// constants of several types (dartLangSpec.tex, "Switch"; Dart 3 patterns feature spec: a
// constant pattern matches when `constant == value`).
// Expectations derived from the specification: each case compares with `==`, so a value of a
// different type simply does not match. Regression test for issue 9, A1.
import '../lib/expect.dart';

String describe(Object o) {
  switch (o) {
    case 1:
      return 'one';
    case 'x':
      return 'x';
    case 2.5:
      return 'two and a half';
    case true:
      return 'true';
    default:
      return 'other';
  }
}

String dyn(dynamic v) {
  switch (v) {
    case 1:
      return 'one';
    case 'one':
      return 'string one';
    case null:
      return 'null';
  }
  return 'none';
}

void main() {
  Expect.equals('one', describe(1));
  Expect.equals('x', describe('x'));
  Expect.equals('two and a half', describe(2.5));
  Expect.equals('true', describe(true));
  Expect.equals('other', describe('y'));
  Expect.equals('other', describe(2));
  Expect.equals('other', describe([1]));
  Expect.equals('one', dyn(1));
  Expect.equals('string one', dyn('one'));
  Expect.equals('null', dyn(null));
  Expect.equals('none', dyn(1.5));

  Object o = 2;
  var log = '';
  switch (o) {
    case 'x':
      log = 'x';
  }
  Expect.equals('', log, 'no case matches, no crash');
}
