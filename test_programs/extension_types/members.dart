// Expected output derived by hand from the extension types feature specification
// (dart-lang/language, accepted/3.3/extension-types/feature-specification.md): a generic
// extension type implementing `Iterable<T>` has Iterable's members (for-in, length, map) and
// its own (`[]`), and calls Object's members (toString, hashCode) on the representation
// object through implicit `this`; operators, including unary minus and compound assignment,
// are the declared members; an extension type implementing a non-nullable type can be
// thrown and caught with `on`, which tests the erasure (`on Code` catches the int 3, and the
// string is not an `int`).
extension type MyList<T>(List<T> l) implements Iterable<T> {
  T operator [](int i) => l[i];
  String show() => 'MyList(${toString()}, ${hashCode == l.hashCode})';
}

extension type Celsius(double c) {
  Celsius operator -() => Celsius(-c);
  Celsius operator +(Celsius o) => Celsius(c + o.c);
}

extension type Code(int code) implements int {
  String get text => 'E$code';
}

void main() {
  var m = MyList([1, 2, 3]);
  for (var x in m) {
    print(x);
  }
  print(m.length);
  print(m.map((x) => x * 2).toList());
  print(m[1]);
  print(m.show());
  var c = -Celsius(2.5);
  print(c.c);
  c += Celsius(1.0);
  print(c.c);
  for (Object e in [Code(3), 'text']) {
    try {
      throw e;
    } on Code catch (code) {
      print('caught ${code.text}');
    } catch (other) {
      print('other $other');
    }
  }
}
