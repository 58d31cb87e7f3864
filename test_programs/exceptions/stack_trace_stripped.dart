// Stack traces keep their file:line:col in a stripped executable (the test harness runs
// `llvm-strip --strip-all` on it first, see stack_trace_stripped.strip): the positions come from
// dartc's own line table, plain read-only data, not from debug information. An uncaught error's
// report on stderr carries the same frames (innermost first, '#<n padded to 6> <name> (<uri>:
// <line>:<column>)'), and the exit code is 255.
//
// Expectations derived by hand from the Dart VM's trace format and positions (the column of the
// call's name, of the 'throw' keyword; closures named 'main.<anonymous closure>').

class Parser {
  final String text;
  Parser(this.text);

  int parse() => _digit(0) * 10 + _digit(1);

  int _digit(int i) {
    int unit = text.codeUnitAt(i) - 48;
    if (unit < 0 || unit > 9) throw FormatException('not a digit', text, i);
    return unit;
  }
}

String where(StackTrace st) {
  String first = st.toString().split('\n').first;
  return first.substring(first.lastIndexOf('/') + 1);
}

void main() {
  try {
    Parser('4x').parse();
  } on FormatException catch (e, st) {
    print('${e.message} at ${e.offset}: ${where(st)}');
  }
  print(Parser('42').parse());
  [1, 2].forEach((n) {
    if (n == 2) Parser('?').parse();
  });
}
