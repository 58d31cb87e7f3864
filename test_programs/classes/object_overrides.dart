// `toString`, `==` and `hashCode` overrides, and where Dart uses them.
//
// Expectations derived by hand from the Dart language specification and the dart:core docs:
// print, string interpolation, StringBuffer.write, List/Map/Set toString and join call
// toString(); `a == b` calls a's operator == unless either side is null (null == x is true only
// for null, and == is not called with null); `!=` is the negation of ==; LinkedHashMap and
// LinkedHashSet find keys by hashCode and then ==, so equal objects are one key, and objects
// whose hash codes collide are still told apart by ==. Without overrides toString is
// "Instance of 'C'" and == is identity.

class Point {
  final int x;
  final int y;
  Point(this.x, this.y);

  @override
  bool operator ==(Object other) => other is Point && other.x == x && other.y == y;

  @override
  int get hashCode => Object.hash(x, y);

  @override
  String toString() => 'Point($x, $y)';
}

class Labeled extends Point {
  final String label;
  Labeled(super.x, super.y, this.label);
  @override
  String toString() => '$label@${super.toString()}';
}

// All instances collide in hash tables; == alone separates them.
class Colliding {
  final String name;
  Colliding(this.name);
  @override
  int get hashCode => 0;
  @override
  bool operator ==(Object other) => other is Colliding && other.name == name;
  @override
  String toString() => name;
}

// Case-insensitive equality with a matching hashCode.
class Word {
  final String text;
  Word(this.text);
  @override
  bool operator ==(Object other) => other is Word && other.text.toLowerCase() == text.toLowerCase();
  @override
  int get hashCode => text.toLowerCase().hashCode;
  @override
  String toString() => text;
}

class Plain {}

// Counts how often == is called, to show that comparisons with null never call it.
int equalsCalls = 0;

class Watched {
  @override
  bool operator ==(Object other) {
    equalsCalls++;
    return true;
  }

  @override
  int get hashCode => 1;
}

void main() {
  var p = Point(1, 2);
  print(p);
  print('interpolated: $p and ${Point(3, 4)}');
  print([p, Point(2, 1)]);
  print({'key': p});
  print([p, p].join(' + '));
  var sb = StringBuffer();
  sb.write(p);
  sb.write('|');
  sb.writeAll([p, Labeled(0, 0, 'origin')], ',');
  print(sb.toString());
  print(Labeled(5, 6, 'here'));
  print(p.toString().length);

  print(p == Point(1, 2));
  print(p != Point(1, 2));
  print(p == Point(2, 1));
  print(identical(p, Point(1, 2)));
  print(p == Labeled(1, 2, 'x'));
  print(p.hashCode == Point(1, 2).hashCode);
  Point? none;
  print(none == null);
  print(none == p);
  print(p == none);

  // Equal points are one map key and one set element.
  var names = <Point, String>{};
  names[Point(1, 2)] = 'a';
  names[Point(2, 1)] = 'b';
  names[Point(1, 2)] = 'c';
  print(names.length);
  print(names[Point(1, 2)]);
  print(names.containsKey(Point(2, 1)));
  print(names.containsKey(Point(9, 9)));
  print(names);
  names.remove(Point(2, 1));
  print(names);

  var set = {Point(1, 1), Point(1, 1), Point(0, 1), Labeled(1, 1, 'dup')};
  print(set.length);
  print(set);
  print(set.contains(Point(0, 1)));
  print([Point(0, 0), Point(3, 3)].indexOf(Point(3, 3)));
  print([Point(0, 0), Point(3, 3)].contains(Point(0, 0)));

  var colliding = <Colliding, int>{};
  for (var name in ['x', 'y', 'z', 'y', 'x']) {
    colliding[Colliding(name)] = (colliding[Colliding(name)] ?? 0) + 1;
  }
  print(colliding);
  print(colliding[Colliding('z')]);
  print(colliding[Colliding('w')]);

  var words = <Word>{Word('Dart'), Word('dart'), Word('DART'), Word('C++')};
  print(words);
  print(words.contains(Word('c++')));

  var plain = Plain();
  print(plain);
  print('$plain');
  print(plain == plain);
  print(plain == Plain());

  var w = Watched();
  print(w == Watched());
  print(equalsCalls);
  print(w == null);
  Watched? nothing;
  print(nothing == w);
  print(equalsCalls);
}
