// Expected output derived by hand from Dart's string semantics: UTF-16 code units (an emoji is
// two), escapes, raw strings, adjacent literals, triple-quoted strings dropping the first
// newline.
void main() {
  String s = 'Hello';
  String t = "World";
  print(s + ', ' + t + '!');
  print(s.length);
  print(s[1]);
  print(s.codeUnitAt(0));
  print('tab\there');
  print('quote: \' and \"');
  print('hex \x41\u0042\u{43}');
  print('dollar \$ sign');
  print(r'raw \n $not interpolated');
  print('adjacent ' 'strings ' "concatenate");
  print('''first line
second line''');
  print("""
starts on the next line""");
  print('😀'.length);
  print('é'.length);
  print('abc' == 'ab' + 'c');
  print('abc' == 'abd');
  print(''.isEmpty);
  print('x'.isNotEmpty);
  print('hello'.substring(1, 3));
  print('hello'.substring(2));
  print('a'.compareTo('b'));
  print('b'.compareTo('a'));
  print('same'.compareTo('same'));
  print(String.fromCharCode(65));
}
