// Conformance: Generics — a type parameter of a generic function, method or class used inside a
// closure or local function that captures it (dartLangSpec.tex, "Generics", "Function
// Expressions": the type variable is in scope in the nested function and denotes the actual
// type argument of the enclosing invocation).
// Expectations derived from the specification. (Generic local functions:
// generic_local_functions.dart.)
import '../lib/expect.dart';

List<T> Function() maker<T>() => () => <T>[];
bool Function(Object?) tester<T>() => (o) => o is T;
Type Function() typeGetter<T>() {
  Type local() => T;
  return local;
}

class Box<E> {
  List<E> Function() emptyMaker() => () => <E>[];
  Map<K, E> Function(K) keyed<K>(E value) => (K k) => <K, E>{k: value};
}

void main() {
  Expect.equals('List<int>', maker<int>()().runtimeType.toString());
  Expect.equals('List<String>', maker<String>()().runtimeType.toString());
  Expect.isTrue(tester<int>()(1));
  Expect.isFalse(tester<int>()('1'));
  Expect.isTrue(tester<num?>()(null));
  Expect.equals(double, typeGetter<double>()());
  Expect.equals('List<bool>', Box<bool>().emptyMaker()().runtimeType.toString());
  var m = Box<int>().keyed<String>(3)('k');
  Expect.equals('_Map<String, int>', m.runtimeType.toString());
  Expect.equals(3, m['k']);
}
