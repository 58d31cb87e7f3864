// Inference of a type argument from a bounded parameter (issue 9, B).
//
// Expectations derived from the inference specification (inference.md, "Constraint solution
// for a set of type variables") and Dart 3.7's inference using bounds
// (accepted/3.7/inference-using-bounds): the argument `[3, 9, 2]` is a `List<int>`, so
// `int <: T`; with the bound `Comparable` (that is `Comparable<dynamic>`) T is `int`. With the
// F-bound `Comparable<T>` the lower bound is also matched against the bound, `int <# Comparable<T>`
// gives `num <: T` (int is a `Comparable<num>`), so T is `num` (plain `int` would break the
// bound). The spec's own example: `f<X extends A<X>>(C())` with `C extends B`, `B extends A<B>`
// infers `B`. In print's `Object?` context, `T <: Object?` is known before the arguments are
// looked at, so T is fixed to that met with the bound: `Comparable<dynamic>` for `maxOf`, `num`
// for `none` (for `Comparable<T>` the meet `Comparable<_>` is not known yet, so the argument
// decides).
T maxOf<T extends Comparable>(List<T> xs) {
  print(T);
  var m = xs[0];
  for (var x in xs) {
    if (x.compareTo(m) > 0) m = x;
  }
  return m;
}

T maxOfSelf<T extends Comparable<T>>(List<T> xs) {
  print(T);
  var m = xs[0];
  for (var x in xs) {
    if (x.compareTo(m) > 0) m = x;
  }
  return m;
}

class A<X extends A<X>> {}

class B extends A<B> {}

class C extends B {}

void f<X extends A<X>>(X x) => print(X);

List<T> none<T extends num>() => <T>[];

void main() {
  var r = maxOf([3, 9, 2]);
  print(r);
  print(maxOf(['b', 'c', 'a']));
  print(maxOfSelf([3, 9, 2]));
  print(maxOfSelf(['b', 'c', 'a']));
  f(C());
  f(B());
  print(none().runtimeType);
}
