// Conformance: Expressions — multi-line strings starting with an escaped backslash
// (dartLangSpec.tex, "Strings": a first line consisting solely of whitespace, possibly prefixed
// by a single `\`, is ignored with its line break; `\\` is an escape sequence, a backslash).
// Expectations derived from the specification: `'''\\` + newline + `foo'''` is backslash,
// newline, `foo` (length 5). Regression test for issue 9, A6.
import '../lib/expect.dart';

void main() {
  var s = '''\\
foo''';
  Expect.equals(5, s.length);
  Expect.deepEquals([92, 10, 102, 111, 111], s.codeUnits);

  var t = """\\
""";
  Expect.equals('\\\n', t);
}
