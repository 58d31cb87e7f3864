// Expected output derived by hand from the extension types feature specification
// (dart-lang/language, accepted/3.3/extension-types/feature-specification.md):
// - `implements T` where T is a supertype of the representation type makes T's members
//   available and makes the extension type a subtype of T ("Composing extension types"), so a
//   Meters is assignable to double and `m.floor()`, `m > 2` call double's members; a member the
//   extension type declares itself (`+`) takes precedence over the implemented one;
// - implementing another extension type (`Outer implements Inner`) inherits its members and
//   makes Outer a subtype of Inner;
// - an extension type implementing a non-nullable type is a subtype of Object.
extension type Meters(double value) implements double {
  Meters operator +(Meters other) => Meters(value + other.value + 1000);
  String get label => '${value}m';
}

extension type const Name(String s) implements String {}

extension type NumberE(int n) implements num {}

extension type Even(int n) implements int {
  Even.checked(int v) : n = v.isEven ? v : v + 1;
}

extension type Inner(int v) {
  int get twice => v * 2;
  String who() => 'Inner';
}

extension type Outer(int v) implements Inner {
  int get thrice => v * 3;
  String who() => 'Outer';
}

void main() {
  var m = Meters(1.5) + Meters(2.0);
  print(m.label);
  print(m.floor());
  double d = m;
  print(d);
  print(m > 2);
  var n = Name('abc');
  print(n.length);
  print(n.toUpperCase());
  String s = n;
  print(s);
  Object o = n;
  print(o);
  var e = Even.checked(3);
  print(e);
  print(e.isEven);
  print(e + 1);
  var out = Outer(5);
  print(out.twice);
  print(out.thrice);
  print(out.who());
  Inner i = out;
  print(i.twice);
  print(i.who());
  num x = NumberE(7);
  print(x + 1);
  print(NumberE(7) * 2);
}
