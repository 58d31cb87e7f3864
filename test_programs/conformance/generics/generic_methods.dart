// Conformance: Generics — generic functions and methods (dartLangSpec.tex, "Generics",
// "Function Invocation"; type inference spec): explicit type arguments, inferred ones, bounds,
// and the reified type parameter inside the body.
// Expectations derived from the specification.
import '../lib/expect.dart';

T first<T>(List<T> xs) => xs[0];
List<T> twice<T>(T x) => <T>[x, x];
Type typeOf<T>(T x) => T;
bool isA<T>(Object? o) => o is T;
T maxOf<T extends Comparable<T>>(T a, T b) => a.compareTo(b) >= 0 ? a : b;

class Util {
  static Map<K, V> single<K, V>(K k, V v) => {k: v};
  List<R> mapAll<E, R>(List<E> xs, R Function(E) f) => [for (var x in xs) f(x)];
}

void main() {
  Expect.equals(1, first([1, 2]));
  Expect.equals('List<int>', twice(1).runtimeType.toString());
  Expect.equals('List<num>', twice<num>(1).runtimeType.toString());
  Expect.equals('List<String?>', twice<String?>(null).runtimeType.toString());
  Expect.equals(int, typeOf(1));
  Expect.equals(double, typeOf(1.5));
  Expect.equals(num, typeOf<num>(1));
  Expect.isTrue(isA<int>(1));
  Expect.isFalse(isA<String>(1));
  Expect.isTrue(isA<int?>(null));
  Expect.equals('b', maxOf('a', 'b'));
  Expect.equals(3, maxOf<num>(3, 2), 'int is a Comparable<num>, so T must be num');
  Expect.equals('_Map<String, int>', Util.single('a', 1).runtimeType.toString());
  Expect.equals('List<String>', Util().mapAll([1, 2], (int x) => '$x').runtimeType.toString());
  Expect.deepEquals(['1', '2'], Util().mapAll([1, 2], (x) => '$x'));

  // Local generic functions.
  List<T> rev<T>(List<T> xs) => xs.reversed.toList();
  Expect.deepEquals([3, 2, 1], rev([1, 2, 3]));
  Expect.equals('List<int>', rev([1]).runtimeType.toString());
}
