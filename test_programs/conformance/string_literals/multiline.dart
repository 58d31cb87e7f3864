// Conformance: Expressions — multi-line strings (dartLangSpec.tex, "Strings": in a triple-quoted
// string, if the first line after the opening quotes contains only whitespace (spaces and tabs)
// followed by a line break, that line including its line break is ignored; an escaped backslash
// `\\` is a backslash, not part of that rule).
// Expectations derived from the specification.
import '../lib/expect.dart';

void main() {
  var s1 = '''
abc''';
  Expect.equals('abc', s1, 'the first line break is dropped');

  var s2 = '''   
abc''';
  Expect.equals('abc', s2, 'whitespace-only first line is dropped');

  var s3 = '''a
b''';
  Expect.equals('a\nb', s3);

  var s4 = """

x""";
  Expect.equals('\nx', s4, 'only the first line break is dropped');

  var s9 = '''\
abc''';
  Expect.equals('abc', s9, 'a first line of a single backslash is dropped too');

  var s5 = '''''';
  Expect.equals('', s5);

  var s6 = ''' x
''';
  Expect.equals(' x\n', s6, 'a first line with text is kept');

  var s7 = '''it's "quoted"''';
  Expect.equals('it\'s "quoted"', s7);

  var n = 3;
  var s8 = '''
value: $n
next: ${n + 1}''';
  Expect.equals('value: 3\nnext: 4', s8);
}
