// Expected output derived by hand from Dart's constructor semantics: initializing formals,
// initializer lists (run before the superclass constructor's body), super parameters, named,
// redirecting and factory constructors, const constructors canonicalized (identical objects).
class Base {
  final String tag;
  Base(this.tag) {
    print('Base body ($tag)');
  }
  Base.named() : this('named-base');
}

class Point extends Base {
  final int x;
  final int y;
  final int sum;
  Point(this.x, this.y)
      : sum = x + y,
        super('point') {
    print('Point body ($x, $y)');
  }
  Point.origin() : this(0, 0);
  Point.fromList(List<int> xs) : this(xs[0], xs[1]);
  factory Point.cached(int v) {
    print('factory with $v');
    return Point(v, v);
  }
}

class Child extends Base {
  final int n;
  Child(super.tag, {required this.n});
}

class Temperature {
  final double celsius;
  const Temperature(this.celsius);
  const Temperature.freezing() : celsius = 0;
  double get fahrenheit => celsius * 9 / 5 + 32;
}

class Counter {
  static int created = 0;
  final int id;
  Counter() : id = ++created;
}

void main() {
  var p = Point(3, 4);
  print('${p.x} ${p.y} ${p.sum} ${p.tag}');
  var o = Point.origin();
  print(o.sum);
  print(Point.fromList([7, 8]).sum);
  print(Point.cached(5).y);
  print(Base.named().tag);
  var c = Child('kid', n: 9);
  print('${c.tag} ${c.n}');
  const t1 = Temperature(100);
  const t2 = Temperature(100);
  const t3 = Temperature.freezing();
  print(identical(t1, t2));
  print(identical(t1, t3));
  print(t1.fahrenheit);
  print(t3.fahrenheit);
  print(Temperature(100) == t1);
  print('${Counter().id} ${Counter().id} ${Counter.created}');
}
