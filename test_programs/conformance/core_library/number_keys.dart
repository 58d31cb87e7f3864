// Conformance: dart:core number equality and hash codes in collections (dart:core
// documentation of `num.==` and `hashCode`: an int and a double with the same numerical value
// are equal, so their hash codes are equal too, and maps and sets treat them as the same key;
// `0.0 == -0.0`).
// Expectations derived from the documentation.
import '../lib/expect.dart';

void main() {
  Expect.equals(1.hashCode, 1.0.hashCode, 'equal numbers have equal hash codes');
  Expect.equals(0.0.hashCode, (-0.0).hashCode);
  Expect.equals((1 << 40).hashCode, (1 << 40).toDouble().hashCode);
  var m = <num, String>{1: 'one'};
  Expect.equals('one', m[1.0], 'a double key finds the equal int key');
  m[1.0] = 'uno';
  Expect.equals(1, m.length);
  Expect.equals('{1: uno}', '$m', 'the first key is kept');
  var s = <num>{2, 2.0, 3.5};
  Expect.equals(2, s.length);
  Expect.isTrue(s.contains(2.0));
  Expect.isTrue(<Object>[0.0].contains(-0.0));
  Expect.equals(0, <num>[1, 2].indexOf(1.0));
  Expect.isTrue(<double>{0.0}.contains(-0.0));
}
