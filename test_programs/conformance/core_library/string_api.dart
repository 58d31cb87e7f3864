// Conformance: dart:core String (API documentation): searching, slicing, splitting, padding,
// trimming (Unicode whitespace as documented), case mapping, replacing, comparing, and
// StringBuffer.
// Expectations derived from the documentation.
import '../lib/expect.dart';

void main() {
  var s = 'Hello, World';
  Expect.equals(12, s.length);
  Expect.equals('H', s[0]);
  Expect.equals(7, s.indexOf('W'));
  Expect.equals(-1, s.indexOf('w'));
  Expect.equals(10, s.lastIndexOf('l'));
  Expect.equals(3, s.indexOf('l', 3));
  Expect.isTrue(s.contains('lo, W'));
  Expect.isTrue(s.startsWith('Hell'));
  Expect.isTrue(s.startsWith('World', 7));
  Expect.isTrue(s.endsWith('ld'));
  Expect.equals('World', s.substring(7));
  Expect.equals('ello', s.substring(1, 5));
  Expect.deepEquals(['Hello', ' World'], s.split(','));
  Expect.deepEquals(['a', 'b', 'c'], 'abc'.split(''));
  Expect.deepEquals(['', 'a', ''], ',a,'.split(','));
  Expect.deepEquals([''], ''.split(','));
  Expect.equals('HELLO, WORLD', s.toUpperCase());
  Expect.equals('hello, world', s.toLowerCase());
  Expect.equals('x', '  x \n\t'.trim());
  Expect.equals('x \n', ' x \n'.trimLeft());
  Expect.equals(' x', ' x \n'.trimRight());
  Expect.equals('x', '\u00a0\u2003x\u3000\ufeff'.trim(), 'Unicode whitespace');
  Expect.equals('007', '7'.padLeft(3, '0'));
  Expect.equals('7..', '7'.padRight(3, '.'));
  Expect.equals('7', '7'.padLeft(0));
  Expect.equals('a-b-c', 'a b c'.replaceAll(' ', '-'));
  Expect.equals('a-b c', 'a b c'.replaceFirst(' ', '-'));
  Expect.equals('aXc', 'abc'.replaceRange(1, 2, 'X'));
  Expect.equals('ababab', 'ab' * 3);
  Expect.equals('', 'ab' * 0);
  Expect.isTrue('a'.compareTo('b') < 0);
  Expect.isTrue('B'.compareTo('a') < 0, 'code-unit order: upper case first');
  Expect.isTrue('abc'.compareTo('ab') > 0);
  Expect.equals(0, 'x'.compareTo('x'));
  Expect.isTrue(''.isEmpty);
  Expect.isTrue(' '.isNotEmpty);
  Expect.equals('cba', String.fromCharCodes('abc'.codeUnits.reversed));
  Expect.equals(97, 'a'.codeUnitAt(0));
  Expect.isTrue('abc' == 'ab' + 'c');
  Expect.equals('abc'.hashCode, ('ab' + 'c').hashCode);

  var sb = StringBuffer('start');
  sb.write(1);
  sb.write(null);
  sb.writeAll([2, 3], ',');
  sb.writeln('!');
  sb.writeCharCode(65);
  Expect.equals('start1null2,3!\nA', sb.toString());
  Expect.equals(16, sb.length);
  sb.clear();
  Expect.isTrue(sb.isEmpty);
}
