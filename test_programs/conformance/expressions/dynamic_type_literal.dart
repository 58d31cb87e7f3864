// Conformance: Expressions — type literals of the special types (dartLangSpec.tex, "Type
// dynamic": `dynamic` denotes a Type object when used as an expression; "Identifier
// Reference": type literals evaluate to Type objects).
// Expectations derived from the specification; the texts are those of the VM. Regression test
// for issue 9, B (`Type t = dynamic;`).
import '../lib/expect.dart';

typedef VoidT = void;
typedef NeverT = Never;

void main() {
  Type t = dynamic;
  Expect.equals('dynamic', '$t');
  Expect.equals(dynamic, t);
  Expect.equals('void', '$VoidT');
  Expect.equals('Never', '$NeverT');
  Expect.equals('Object', '$Object');
  Expect.equals('Null', '$Null');
  var types = [int, dynamic, String];
  Expect.equals('[int, dynamic, String]', '$types');
}
