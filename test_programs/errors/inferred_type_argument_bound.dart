// Inference of a type argument that breaks its bound. Expectations: with inference using
// bounds (Dart 3.7), `D <: T` is the only constraint (`D <# Comparable<T>` gives `Object <: T`,
// outside T's bound, so nothing), T is D, and D is no `Comparable<D>`; the wording is the
// analyzer's COULD_NOT_INFER on one line. A String argument for `T extends num` constrains
// nothing (outside the bound), so T is num and the argument is reported.
class D implements Comparable<Object> {
  @override
  int compareTo(Object o) => 0;
}

T largest<T extends Comparable<T>>(T x) => x;
T twice<T extends num>(T x) => x;

void main() {
  largest(D());
  twice('s');
}
