// Expected output derived by hand from the language specification ("Strings"): the first line
// of a multi-line string is dropped, with its line break, only when it holds nothing but spaces
// and tabs, each possibly written after a backslash (the Dart front end's reading of "possibly
// prefixed by \", pkg/_fe_analyzer_shared quote.dart): a backslash pairs with the next character,
// so an escaped backslash (`\\`) is text and keeps the line; an escaped line break is dropped.
// Raw strings follow the same rule for their first line.
void main() {
  var escapedBackslash = '''\\
foo''';
  print(escapedBackslash.length);
  print(escapedBackslash.codeUnits);
  var blank = '''  
bar''';
  print(blank);
  var escapedSpaces = '''\ \	
baz''';
  print(escapedSpaces);
  var escapedNewline = '''\
qux''';
  print(escapedNewline);
  var raw = r'''\\
r''';
  print(raw.length);
  var text = '''x
y''';
  print(text.length);
  var doubled = """\\
z""";
  print(doubled.length);
}
