// Virtual calls with few implementations are a switch on the receiver's class id, each class
// calling its own table entry directly and the table as the default (issue 10, branch deltablue:
// codegen/src/class_id_switch.cpp). Every receiver must still run its own override: subclasses
// that inherit or override, an implementer outside the hierarchy, a class answering through
// noSuchMethod, getters, setters, results of several representations, mixins, calls in a loop
// over a list of mixed classes, and a call in a try block.
//
// Expectations derived by hand from Dart's method lookup (the most specific override in the
// receiver's class and its superclasses and mixins; an abstract member with noSuchMethod
// overridden forwards to it with an Invocation of the member's name).
abstract class Shape {
  String get name;
  int sides();
  double area();
  set scale(int s);
}

class Square extends Shape {
  int _scale = 1;
  @override
  String get name => 'square';
  @override
  int sides() => 4;
  @override
  double area() => 1.0 * _scale * _scale;
  @override
  set scale(int s) => _scale = s;
}

class Cube extends Square {
  @override
  String get name => 'cube';
  @override
  double area() => 6 * super.area();
}

class Tile extends Square {}

class Triangle extends Shape {
  @override
  String get name => 'triangle';
  @override
  int sides() => 3;
  @override
  double area() => 0.5;
  @override
  set scale(int s) => print('triangle ignores scale $s');
}

mixin Loud on Triangle {
  @override
  String get name => 'loud triangle';
}

class LoudTriangle extends Triangle with Loud {}

class Ghost implements Shape {
  @override
  dynamic noSuchMethod(Invocation i) {
    if (i.memberName == #sides) return 0;
    if (i.memberName == #area) return -1.0;
    if (i.isSetter) {
      print('ghost set ${i.positionalArguments}');
      return null;
    }
    return 'ghost';
  }
}

class Thrower extends Triangle {
  @override
  int sides() => throw StateError('no sides');
}

void main() {
  final shapes = <Shape>[Square(), Cube(), Tile(), Triangle(), LoudTriangle(), Ghost(), Thrower()];
  var total = 0;
  var area = 0.0;
  for (final s in shapes) {
    s.scale = 2;
    try {
      total += s.sides();
    } on StateError catch (e) {
      print('caught ${e.message}');
    }
    area += s.area();
    print('${s.name}: ${s.area()}');
  }
  print('sides $total, area $area');
}
