// Calls through the dispatch table read the receiver's class id. When the receiver's static type
// is a non-nullable class type that int does not implement, codegen reads it with one load from
// the object's header (issue 10): such a value is never null and never a small int. Receivers
// typed Object, num, Comparable or nullable still take the tests for null and small ints, and
// must still dispatch ints, doubles, strings, null and user objects to the right members.
//
// Expectations derived by hand from the Dart semantics of virtual calls (the member of the
// receiver's runtime class runs) and Object's members on null (null.toString() is 'null').
abstract class Shape {
  String describe();
}

class Square extends Shape {
  final int side;
  Square(this.side);
  @override
  String describe() => 'square $side';
}

class Circle extends Shape {
  final double r;
  Circle(this.r);
  @override
  String describe() => 'circle $r';
}

class Tagged implements Comparable<Tagged> {
  final int tag;
  Tagged(this.tag);
  @override
  int compareTo(Tagged other) => tag - other.tag;
  @override
  String toString() => 'Tagged($tag)';
}

@pragma('vm:never-inline')
String viaShape(Shape s) => s.describe();

@pragma('vm:never-inline')
String viaObject(Object o) => o.toString();

@pragma('vm:never-inline')
String viaNullable(Object? o) => o.toString();

@pragma('vm:never-inline')
num viaNum(num n) => n.abs();

@pragma('vm:never-inline')
int viaComparable(Comparable<Object> a, Object b) => a.compareTo(b);

@pragma('vm:never-inline')
int viaList(List<int> l) => l.length;

void main() {
  for (var s in <Shape>[Square(2), Circle(1.5)]) {
    print(viaShape(s));
  }
  for (var o in <Object>[1, -1 << 62, 2.5, 'text', Square(3), true, #sym, [1, 2]]) {
    print(viaObject(o));
  }
  for (var o in <Object?>[null, 7, Circle(0.5)]) {
    print(viaNullable(o));
  }
  for (var n in <num>[-3, -2.25, 1 << 62]) {
    print(viaNum(n));
  }
  print(viaComparable(5, 3) > 0);
  print(viaComparable('a', 'b') < 0);
  print(viaList([1, 2, 3]));
  print(viaList(const [4]));
  print(viaList(List<int>.filled(5, 0)));
  var tags = [Tagged(3), Tagged(1), Tagged(2)]..sort();
  print(tags);
}
