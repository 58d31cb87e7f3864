// Conformance: Types — function types at run time (dartLangSpec.tex, "Function Types",
// "Subtypes" (function types are contravariant in parameters, covariant in return types),
// "Type Test", and the `runtimeType` of a closure, which the VM prints as its signature, e.g.
// `(int) => String`).
// Expectations derived from the specification and the VM's format of function types.
import '../lib/expect.dart';

String show(int x) => '$x';
num widen(Object o) => 1;

void main() {
  Object f = show;
  Expect.isTrue(f is String Function(int));
  Expect.isTrue(f is Object Function(int), 'covariant return type');
  Expect.isFalse(f is String Function(String));
  Expect.isFalse(f is String Function(Object), 'contravariant parameter type');
  Object g = widen;
  Expect.isTrue(g is num Function(int), 'a function taking Object accepts an int');
  Expect.isFalse(g is int Function(Object));
  Expect.throwsTypeError(() => f as int Function(int));
  Expect.equals('(int) => String', show.runtimeType.toString());
  var closure = (String s, {int n = 0}) => s.length + n;
  Expect.equals('(String, {int n}) => int', closure.runtimeType.toString());
}
