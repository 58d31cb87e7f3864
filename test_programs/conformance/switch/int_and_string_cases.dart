// Conformance: Statements — "Switch" on int and String values (dartLangSpec.tex, "Switch";
// Dart 3 patterns feature spec: a non-empty case body no longer falls through, empty cases
// share the next body, `default` matches anything else).
// Expectations derived from the specification.
import '../lib/expect.dart';

String classify(int n) {
  switch (n) {
    case 0:
      return 'zero';
    case 1:
    case 2:
    case 3:
      return 'small';
    case -1:
      return 'minus one';
    default:
      return 'other';
  }
}

String day(String s) {
  var result = '';
  switch (s) {
    case 'sat':
    case 'sun':
      result = 'weekend';
    case 'mon':
      result = 'start';
    default:
      result = 'week';
  }
  return result; // no fall-through from a non-empty case in Dart 3
}

int noDefault(int n) {
  var r = 0;
  switch (n) {
    case 1:
      r = 10;
    case 2:
      r = 20;
  }
  return r;
}

const big = 1 << 40;
const negative = -7;

String constants(int n) {
  switch (n) {
    case big:
      return 'big';
    case negative:
      return 'negative';
    case 0x7fffffffffffffff:
      return 'max';
  }
  return 'none';
}

int breakAndContinue(List<int> items) {
  var sum = 0;
  for (var i in items) {
    switch (i) {
      case 0:
        continue; // continues the loop
      case 99:
        break; // leaves the switch only
      default:
        sum += i;
    }
    sum += 1000;
  }
  return sum;
}

void main() {
  Expect.equals('zero', classify(0));
  Expect.equals('small', classify(1));
  Expect.equals('small', classify(3));
  Expect.equals('minus one', classify(-1));
  Expect.equals('other', classify(4));
  Expect.equals('weekend', day('sat'));
  Expect.equals('weekend', day('sun'));
  Expect.equals('start', day('mon'));
  Expect.equals('week', day('tue'));
  Expect.equals(10, noDefault(1));
  Expect.equals(20, noDefault(2));
  Expect.equals(0, noDefault(3));
  Expect.equals('big', constants(1 << 40));
  Expect.equals('negative', constants(-7));
  Expect.equals('max', constants(9223372036854775807));
  Expect.equals('none', constants(5));
  Expect.equals(5 + 1000 + 1000 + 7 + 1000, breakAndContinue([5, 0, 99, 7]));
}
