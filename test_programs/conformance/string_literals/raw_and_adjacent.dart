// Conformance: Expressions — raw strings and adjacent string literals (dartLangSpec.tex,
// "Strings": a raw string `r'...'` has no escapes and no interpolation; adjacent string
// literals are concatenated, and may mix raw, interpolated, single- and triple-quoted forms).
// Expectations derived from the specification.
import '../lib/expect.dart';

void main() {
  Expect.equals(4, r'\n\t'.length);
  Expect.deepEquals([92, 110, 92, 116], r'\n\t'.codeUnits);
  var x = 1;
  Expect.equals('\$x', r'$x');
  Expect.equals(r'${x}', '\${x}');
  Expect.equals('a\\b', r'a\b');
  Expect.equals(r'"', '"');

  Expect.equals('abc', 'a' 'b' 'c');
  Expect.equals('a1\\n', 'a' '$x' r'\n');
  Expect.equals('one two', 'one'
      ' two');
  Expect.equals('xy', 'x' """y""");
  Expect.equals('x\ny', '''x
''' 'y');

  // Raw multi-line string: no escapes, the first newline still dropped.
  var raw = r'''
a\nb
c''';
  Expect.equals('a\\nb\nc', raw);

  // Adjacent literals form one constant.
  const joined = 'con' 'st';
  Expect.identical('const', joined);
}
