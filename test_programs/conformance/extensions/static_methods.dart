// Conformance: Extensions — static methods declared in an extension, called through the
// extension's name (dartLangSpec.tex, "Extensions": static members of an extension are accessed
// as `E.m(...)` like static members of a class, and take no receiver).
// Expectations derived from the specification.
import '../lib/expect.dart';

extension Parsing on String {
  static int zero() => 0;
  static int twice(int x) => 2 * x;
  static String join(List<String> parts, {String sep = ','}) => parts.join(sep);
  static String get greeting => 'hi';
  int get asInt => int.parse(this);
}

void main() {
  Expect.equals(0, Parsing.zero());
  Expect.equals(4, Parsing.twice(2));
  Expect.equals('a;b', Parsing.join(['a', 'b'], sep: ';'));
  Expect.equals('hi', Parsing.greeting);
  var f = Parsing.twice;
  Expect.equals(6, f(3), 'tear-off of a static extension method');
  Expect.equals(12, '12'.asInt);
}
