// Conformance: Generics and Mixins — a field initializer in a generic mixin uses the mixin's
// type parameter, bound through a mixin application (dartLangSpec.tex, "Mixins", "Mixin
// Application": the application's type arguments are those given to the mixin).
// Expectations derived from the specification. Regression test for issue 9, A4.
import '../lib/expect.dart';

class A<U> {}

mixin M<T> {
  var f = A<T>();
  List<T> items = <T>[];
}

class C<V> = Object with M<V>;

class D extends Object with M<String> {}

void main() {
  Expect.isTrue(C<int>().f is A<int>);
  Expect.isFalse(C<int>().f is A<String>);
  Expect.equals('List<int>', C<int>().items.runtimeType.toString());
  Expect.isTrue(D().f is A<String>);
  Expect.equals('List<String>', D().items.runtimeType.toString());
}
