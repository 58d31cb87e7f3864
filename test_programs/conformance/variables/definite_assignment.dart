// Conformance: Variables — locals declared without an initializer and assigned later
// (dartLangSpec.tex, "Local Variable Declaration"; null safety flow analysis: a non-nullable
// local may be declared without an initializer if it is definitely assigned before use).
// Expectations derived from the specification. Regression test for issue 9, A0 (such an `int`
// local crashed at -O0; this program runs in every optimization mode of the suite).
import '../lib/expect.dart';

int pick(bool b) {
  int x;
  if (b) {
    x = 1;
  } else {
    x = 2;
  }
  return x;
}

void main() {
  int x;
  x = 1;
  Expect.equals(1, x);
  double d;
  d = 2.5;
  Expect.equals(2.5, d);
  bool flag;
  flag = true;
  Expect.isTrue(flag);
  String s;
  s = 'set';
  Expect.equals('set', s);
  Expect.equals(1, pick(true));
  Expect.equals(2, pick(false));

  final int f;
  if (x > 0) {
    f = 10;
  } else {
    f = 20;
  }
  Expect.equals(10, f);

  int counter;
  var i = 0;
  do {
    counter = i;
    i++;
  } while (i < 3);
  Expect.equals(2, counter);

  int? nullable;
  Expect.isNull(nullable, 'a nullable local starts as null');
}
