// Conformance: dart:core String — strings are sequences of UTF-16 code units (dartLangSpec.tex,
// "Strings"; dart:core String documentation: length, codeUnitAt, runes, operator [], compareTo
// by code units).
// Expectations derived from the documentation.
import '../lib/expect.dart';

void main() {
  var s = 'aé€😀';
  Expect.equals(5, s.length, 'the emoji is two code units');
  Expect.deepEquals([0x61, 0xe9, 0x20ac, 0x1f600], s.runes.toList());
  Expect.equals(0xd83d, s.codeUnitAt(3));
  Expect.equals(0xde00, s.codeUnitAt(4));
  Expect.equals('\ud83d', s[3], 'indexing yields a lone surrogate');
  Expect.equals('😀', s.substring(3));
  Expect.equals('😀', String.fromCharCode(0x1f600));
  Expect.equals('a😀', String.fromCharCodes([0x61, 0x1f600]));
  Expect.equals(2, String.fromCharCode(0x1f600).length);
  Expect.isTrue('é'.compareTo('z') > 0, 'compared by code unit');
  Expect.isTrue('😀'.compareTo('\uffff') < 0, 'a surrogate is below U+FFFF');
  Expect.equals('ÉTÉ', 'été'.toUpperCase());
  Expect.equals(3, '€'.codeUnits.length + 2);
  Expect.equals('😀😀', '😀' * 2);
}
