// Strings: UTF-16 code units, searching, slicing, case, padding, replacing, splitting.
//
// Expectations derived by hand from the Dart SDK's documentation and sources (sdk/lib/core/
// string.dart, sdk/lib/_internal/vm/lib/string_patch.dart): indices are UTF-16 code units
// (an emoji is 2), trim removes Unicode whitespace, split('') gives code units, replaceAll('')
// inserts between every code unit, toUpperCase and toLowerCase map one character to one (the
// VM's String::ToUpperCase uses simple case mappings, runtime/vm/unicode.h, so ß stays ß: its
// only upper case is the two letters SS), compareTo compares code units,
// out-of-range substring throws RangeError.range(end, start, length, 'end'); `[]` out of range is
// the VM's String_charAt native, RangeError.range(index, 0, length - 1, "index")
// (runtime/lib/string.cc), codeUnitAt a bounds-checked load that throws the same range named
// "length" (runtime/vm/runtime_entry.cc, RangeError).
void main() {
  var s = 'Hello, World';
  print(s.length);
  print(s[4]);
  print(s.codeUnitAt(0));
  print(s.substring(7));
  print(s.substring(0, 5));
  print(s.indexOf('o'));
  print(s.indexOf('o', 5));
  print(s.indexOf('xyz'));
  print(s.lastIndexOf('o'));
  print(s.lastIndexOf('o', 7));
  print(s.contains('World'));
  print(s.contains('world'));
  print(s.startsWith('Hell'));
  print(s.startsWith('World', 7));
  print(s.endsWith('ld'));
  print(s.toUpperCase());
  print(s.toLowerCase());
  print('[${'  \t pad \n '.trim()}]');
  print('[${'  pad  '.trimLeft()}]');
  print('[${'  pad  '.trimRight()}]');
  print('[${'\u00a0\u2003x\u3000'.trim()}]');
  print('7'.padLeft(3, '0'));
  print('7'.padRight(3, '*'));
  print('long'.padLeft(2));
  print('ab'.padLeft(5, 'xy'));
  print('a-b-c'.split('-'));
  print('abc'.split(''));
  print(''.split(','));
  print(',a,,b,'.split(','));
  print('a b c'.replaceAll(' ', '_'));
  print('aaa'.replaceAll('a', 'bb'));
  print('abc'.replaceAll('', '-'));
  print('a.b.c'.replaceFirst('.', '!'));
  print('a.b.c'.replaceFirst('.', '!', 2));
  print('abcdef'.replaceRange(1, 3, 'XY'));
  print('ab' * 3);
  print('ab' * 0);
  print('abc'.compareTo('abd'));
  print('b'.compareTo('a'));
  print('a'.compareTo('a'));
  print('a'.compareTo('ab'));
  print('Z'.compareTo('a'));
  print('abc' == 'ab' + 'c');
  print('x'.isEmpty);
  print(''.isEmpty);
  print('x'.isNotEmpty);
  print('abc'.codeUnits);
  print('a😀b'.length);
  print('a😀b'.codeUnits);
  print('a😀b'.runes.toList());
  print('a😀b'.runes.length);
  print(String.fromCharCode(65));
  print(String.fromCharCode(0x1F600) == '😀');
  print(String.fromCharCodes([72, 105, 33]));
  print(String.fromCharCodes([0x48, 0x1F600, 0x21]).length);
  print(String.fromCharCodes([97, 98, 99, 100], 1, 3));
  print('straße'.toUpperCase());
  print('ÀÉÎõü'.toLowerCase());
  print('àéîÕÜ'.toUpperCase());
  print('Ωμέγα'.toUpperCase());
  print('ПРИВЕТ'.toLowerCase());
  print('x'.toString());
  print('ab'.hashCode == 'a${'b'}'.hashCode);
  var sb = '';
  for (var i = 0; i < 5; i++) {
    sb += '$i';
  }
  print(sb);
  print('tab\there');
  print('quote " and \' and \\');
  print('${1 + 1} ${'nested ${'deep'}'}');
  print('é'.codeUnitAt(0));
  print('中文'.length);
  try {
    s.substring(5, 2);
  } catch (e) {
    print(e);
  }
  try {
    s.substring(20);
  } catch (e) {
    print(e);
  }
  try {
    s[20];
  } catch (e) {
    print(e);
  }
  try {
    s.codeUnitAt(-1);
  } catch (e) {
    print(e);
  }
  try {
    s.indexOf('a', 40);
  } catch (e) {
    print(e);
  }
}
