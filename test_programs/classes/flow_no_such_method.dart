// What a dynamic call returns when the receiver has no such member is what its noSuchMethod
// returns: type-flow analysis must follow that value (here an int that is then added to), and
// switch cases on constants call the constant's `==`.
//
// Expectations derived by hand from the language specification: "Ordinary invocation" and
// "noSuchMethod" (a dynamic call that finds no member invokes noSuchMethod with an Invocation whose
// positionalArguments are the call's arguments), Dart 3's constant patterns (`k == subject`).
class N {
  @override
  dynamic noSuchMethod(Invocation i) => i.positionalArguments.length + 40;
}

class S {
  int get size => 3;
}

class K {
  final int v;
  const K(this.v);
}

void main() {
  dynamic n = N();
  var r = n.foo(1, 2);
  print(r + 1); // 43
  print(n.bar); // 40: a getter's Invocation has no positional arguments
  dynamic s = S();
  print(s.size); // 3
  try {
    s.nope();
  } catch (e) {
    print(e is NoSuchMethodError); // true: Object's noSuchMethod throws
  }
  switch (s.size) {
    case 3:
      print('three');
    default:
      print('other');
  }
  Object x = const K(1);
  switch (x) {
    case const K(1):
      print('k matched'); // constants are canonical: identical, so equal
    default:
      print('no');
  }
}
