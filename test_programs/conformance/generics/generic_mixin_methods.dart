// Conformance: Generics and Mixins — methods of a generic mixin use the mixin's type parameter,
// bound by the mixin application (dartLangSpec.tex, "Mixins", "Mixin Application": in
// `class C with M<int>` the mixin's T is int; in `class D<X> with M<List<X>>` it is List<X>
// for D's own X).
// Expectations derived from the specification.
import '../lib/expect.dart';

mixin M<T> {
  List<T> make() => <T>[];
  bool test(Object? o) => o is T;
  Type get type => T;
  String describe() => 'M<$T>';
}

class C with M<int> {}

class D<X> with M<List<X>> {}

class Base {}

class E extends Base with M<String> {}

void main() {
  Expect.equals('List<int>', C().make().runtimeType.toString());
  Expect.isTrue(C().test(1));
  Expect.isFalse(C().test('x'), 'o is T with T = int');
  Expect.equals(int, C().type);
  Expect.equals('M<int>', C().describe());
  Expect.equals('List<List<bool>>', D<bool>().make().runtimeType.toString());
  Expect.isTrue(D<bool>().test(<bool>[]));
  Expect.isFalse(D<bool>().test(<int>[]));
  Expect.equals('M<String>', E().describe());
  Expect.isFalse(E().test(1));
}
