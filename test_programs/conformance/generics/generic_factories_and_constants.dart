// Conformance: Generics — factory and redirecting factory constructors of generic classes,
// static members of generic classes, and generic constant objects (dartLangSpec.tex,
// "Factories", "Redirecting Factory Constructors", "Constants": the factory's type arguments
// are the class's, inferred from the arguments when omitted; statics are shared by all
// instantiations; constants with different type arguments are different objects).
// Expectations derived from the specification.
import '../lib/expect.dart';

abstract class Box<T> {
  T get v;
  factory Box(T v) = _Impl<T>;
  factory Box.viaBody(T v) => _Impl<T>(v);
}

class _Impl<T> implements Box<T> {
  final T v;
  _Impl(this.v);
}

class Reg<T> {
  static int count = 0;
  static List<S> empty<S>() => <S>[];
  Reg() {
    count++;
  }
}

class Pair<A, B> {
  final A a;
  final B b;
  const Pair(this.a, this.b);
}

void main() {
  Expect.equals('_Impl<int>', Box(1).runtimeType.toString());
  Expect.equals('_Impl<num>', Box<num>(1).runtimeType.toString());
  Expect.equals('_Impl<String>', Box.viaBody('s').runtimeType.toString());
  Expect.isTrue(Box<num>(1) is Box<num>);
  Reg<int>();
  Reg<String>();
  Expect.equals(2, Reg.count, 'one static for every instantiation');
  Expect.equals('List<bool>', Reg.empty<bool>().runtimeType.toString());
  const p = Pair(1, 'x');
  Expect.equals('Pair<int, String>', p.runtimeType.toString());
  Expect.identical(p, const Pair<int, String>(1, 'x'));
  Expect.notIdentical(p, const Pair<num, String>(1, 'x'), 'type arguments are part of a constant');
}
