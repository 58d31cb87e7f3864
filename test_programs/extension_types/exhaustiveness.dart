// Expected output derived by hand from the extension types feature specification
// (dart-lang/language, accepted/3.3/extension-types/feature-specification.md): exhaustiveness
// is checked on the extension type's erasure, so a switch over `Wrapped` (erasure: the sealed
// `Shape`) is exhaustive with `Circle()` and `Square()`, and `Id()` covers an `Id`; at run time
// the typed pattern `Id x` tests the erasure `int`, matching 3 but not 'x'.
sealed class Shape {}
class Circle extends Shape {}
class Square extends Shape {}
extension type Wrapped(Shape s) implements Shape {}
extension type Id(int v) {}
String f(Wrapped w) => switch (w) { Circle() => 'circle', Square() => 'square' };
String g(Id i) => switch (i) { Id() => 'id' };
String h(Object? o) => switch (o) { Id x => 'id ${x.v}', _ => 'other' };
void main() {
  print(f(Wrapped(Circle())));
  print(f(Wrapped(Square())));
  print(g(Id(1)));
  print(h(3));
  print(h('x'));
}
