// Conformance: Extensions — generic extensions (dartLangSpec.tex, "Extensions"; feature spec
// accepted/2.7/static-extension-methods, "Generic extensions"): the type arguments are inferred
// from the receiver's static type and are available, reified, in the members.
// Expectations derived from the specification. Regression test for issue 9, A2.
import '../lib/expect.dart';

extension ListCopy<T> on List<T> {
  List<T> copy() => <T>[...this];
  bool holds(Object? o) => o is T;
  Type get elementType => T;
  Map<T, int> counts() {
    var m = <T, int>{};
    for (var e in this) {
      m[e] = (m[e] ?? 0) + 1;
    }
    return m;
  }
}

extension Pairing<A, B> on Map<A, B> {
  List<B> valuesOf(List<A> keys) => [for (var k in keys) this[k] as B];
}

void main() {
  Expect.equals('List<int>', <int>[1].copy().runtimeType.toString());
  Expect.equals('List<String>', ['a'].copy().runtimeType.toString());
  Expect.isTrue(<num>[1].holds(2.5));
  Expect.isFalse(<int>[1].holds(2.5));
  Expect.equals(int, [1, 2].elementType);
  Expect.equals('_Map<String, int>', ['a', 'b', 'a'].counts().runtimeType.toString());
  Expect.equals('{a: 2, b: 1}', ['a', 'b', 'a'].counts().toString());
  Expect.equals('List<int>', {'a': 1}.valuesOf(['a']).runtimeType.toString());
}
