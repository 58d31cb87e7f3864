// Conformance: Expressions — "Strings", escape sequences (dartLangSpec.tex, "Strings": \n \r \f
// \b \t \v, \x HEX HEX, \u HEX HEX HEX HEX, \u{HEX...}, and `\` followed by any other character
// is that character).
// Expectations derived from the specification, checked through code units.
import '../lib/expect.dart';

void main() {
  Expect.deepEquals([10, 13, 12, 8, 9, 11], '\n\r\f\b\t\v'.codeUnits);
  Expect.deepEquals([0x41, 0x7f, 0xff], '\x41\x7F\xff'.codeUnits);
  Expect.deepEquals([0x41, 0xe9, 0x20ac], '\u0041\u00e9\u20AC'.codeUnits);
  Expect.deepEquals([0x41], '\u{41}'.codeUnits);
  Expect.deepEquals([0x20ac], '\u{20ac}'.codeUnits);
  Expect.deepEquals([0xd83d, 0xde00], '\u{1F600}'.codeUnits, 'astral: a surrogate pair');
  Expect.deepEquals([0xdbff, 0xdfff], '\u{10FFFF}'.codeUnits);
  Expect.equals(2, '\u{1F600}'.length);
  Expect.equals(1, '\u{1F600}'.runes.length);
  Expect.equals(0x1F600, '\u{1F600}'.runes.first);

  // Quote and backslash escapes.
  Expect.equals(39, '\''.codeUnitAt(0));
  Expect.equals(34, "\"".codeUnitAt(0));
  Expect.equals(92, '\\'.codeUnitAt(0));
  Expect.equals(36, '\$'.codeUnitAt(0));
  Expect.equals('\$x', r'$x');

  // Any other escaped character is itself.
  Expect.equals('q', '\q');
  Expect.equals('%', '\%');
  Expect.equals('a b', 'a\ b');

  // Quotes of the other kind need no escape.
  Expect.equals(1, "'".length);
  Expect.equals(1, '"'.length);
  Expect.equals('it\'s', "it's");
}
