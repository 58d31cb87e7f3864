// A call through the dispatch table on a receiver of a non-nullable class type that int does not
// implement: five classes with five implementations are more than a class-id switch takes
// (kMaxSwitchTargets), so `total` calls through the table, and reads the class id with one load.
// Output: 15.
abstract class Shape {
  int sides();
}

class A implements Shape {
  @override
  int sides() => 1;
}

class B implements Shape {
  @override
  int sides() => 2;
}

class C implements Shape {
  @override
  int sides() => 3;
}

class D implements Shape {
  @override
  int sides() => 4;
}

class E implements Shape {
  @override
  int sides() => 5;
}

@pragma('vm:never-inline')
int total(List<Shape> shapes) {
  var sum = 0;
  for (final s in shapes) {
    sum += s.sides();
  }
  return sum;
}

void main() {
  print(total(<Shape>[A(), B(), C(), D(), E()]));
}
