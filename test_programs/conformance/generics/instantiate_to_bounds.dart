// Conformance: Generics — raw types and instantiation to bounds (dartLangSpec.tex,
// "Instantiation to Bound"; type inference: a generic class used without type arguments, where
// inference has no information, gets its bounds, `dynamic` for unbounded parameters).
// Expectations derived from the specification.
import '../lib/expect.dart';

class Plain<T> {}

class Bounded<T extends num> {
  Type get t => T;
}

class Recursive<T extends Comparable<T>> {}

void main() {
  Object p = Plain();
  Expect.equals('Plain<dynamic>', p.runtimeType.toString());
  Expect.equals('Bounded<num>', Bounded().runtimeType.toString());
  Expect.equals(num, Bounded().t);
  Expect.equals('Bounded<int>', Bounded<int>().runtimeType.toString());

  // A raw type in a type test means its instantiation to bounds.
  Expect.isTrue(Plain<int>() is Plain, 'Plain means Plain<dynamic>');
  Expect.isTrue(Bounded<int>() is Bounded, 'Bounded means Bounded<num>');
  List raw = <int>[1];
  Expect.isTrue(raw is List<dynamic>);

  var list = [];
  Expect.equals('List<dynamic>', list.runtimeType.toString(), 'empty literal, no context');
  var map = {};
  Expect.equals('_Map<dynamic, dynamic>', map.runtimeType.toString());
}
