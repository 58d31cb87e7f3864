// Conformance: Generics — storing into a field through a `dynamic` receiver checks the value
// against the field's type (dartLangSpec.tex, "Assignment": a dynamic invocation of a setter
// with an argument that is not a subtype of the parameter type throws a TypeError).
// Expectations derived from the specification. Regression test for issue 9, A5.
import '../lib/expect.dart';

class C<T> {}

class A {
  late C<int> c;
  int n = 0;
  List<String> names = [];
}

void main() {
  dynamic a = A();
  Expect.throwsTypeError(() => a.c = C<bool>(), 'late C<int> field');
  a.c = C<int>();
  Expect.throwsTypeError(() => a.n = 'x', 'int field');
  Expect.throwsTypeError(() => a.names = <int>[], 'List<String> field');
  a.names = <String>['ok'];
  Expect.equals('ok', (a as A).names.single);
}
