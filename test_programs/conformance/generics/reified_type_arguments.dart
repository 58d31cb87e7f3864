// Conformance: Generics — type arguments are reified (dartLangSpec.tex, "Generics", "Type
// Test", "Type Cast", "Subtypes": generic class types are covariant in their type arguments).
// Expectations derived from the specification: `is` and `as` see the actual type arguments of
// an object, including those passed implicitly by inference and those of type variables.
import '../lib/expect.dart';

class Box<T> {
  final T value;
  Box(this.value);
  bool holds(Object? o) => o is T;
  Type get type => T;
  List<T> emptyList() => <T>[];
}

class IntBox extends Box<int> {
  IntBox(int v) : super(v);
}

class Pair<A, B> extends Box<A> {
  final B second;
  Pair(A a, this.second) : super(a);
  bool holdsSecond(Object? o) => o is B;
}

void main() {
  Object ints = <int>[1, 2];
  Expect.isTrue(ints is List<int>);
  Expect.isTrue(ints is List<num>, 'covariance');
  Expect.isTrue(ints is List<Object?>);
  Expect.isFalse(ints is List<String>);
  Expect.isFalse(ints is List<double>);
  Object nums = <num>[1, 2];
  Expect.isFalse(nums is List<int>, 'a List<num> holding ints is not a List<int>');

  Object b = Box(3); // inferred Box<int>
  Expect.isTrue(b is Box<int>);
  Expect.isFalse(b is Box<String>);
  Expect.isTrue(Box<num>(3).holds(2.5));
  Expect.isFalse(Box(3).holds(2.5), 'T inferred as int');
  Expect.equals(int, Box(3).type);
  Expect.equals(String, Box('s').type);
  Expect.equals('List<int>', Box(1).emptyList().runtimeType.toString());

  Object ib = IntBox(1);
  Expect.isTrue(ib is Box<int>, 'type argument through the superclass');
  Expect.isFalse(ib is Box<String>);

  var p = Pair<String, double>('a', 1.5);
  Expect.isTrue(p is Box<String>);
  Expect.isTrue(p.holds('x'));
  Expect.isFalse(p.holds(1.5));
  Expect.isTrue(p.holdsSecond(1.5));
  Expect.isFalse(p.holdsSecond('x'));

  Object m = <String, int>{'a': 1};
  Expect.isTrue(m is Map<String, int>);
  Expect.isTrue(m is Map<Object, num>);
  Expect.isFalse(m is Map<int, String>);
  Expect.throwsTypeError(() => m as Map<int, int>);
  var cast = m as Map<String, num>;
  Expect.equals(1, cast['a']);

  Object s = <double>{1.5};
  Expect.isTrue(s is Set<double>);
  Expect.isFalse(s is Set<int>);
  Expect.isTrue(s is Iterable<num>);
}
