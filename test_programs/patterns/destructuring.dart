// Destructuring: pattern variable declarations (`var`/`final`), pattern assignments, pattern
// for-in loops, if-case, and what happens when an irrefutable pattern meets a value it doesn't
// match (a list of another length, a map without the key, a dynamic value of the wrong type).
// Expected output derived from the patterns feature specification (dart-lang/language
// accepted/3.0/patterns/feature-specification.md: "Pattern variable declaration", "Pattern
// assignment" (all of the right side is evaluated before any variable is assigned, so a swap
// works), "Pattern-for-in statement", "If-case statement", and "Matching": a failed match in an
// irrefutable context throws; a dynamic value is cast to the required type first) and the VM's
// messages: StateError "Pattern matching error", TypeError for the cast.

class Point {
  final int x, y;
  Point(this.x, this.y);
}

(int, int) divmod(int a, int b) => (a ~/ b, a % b);

({String name, int age}) person() => (name: 'Ada', age: 36);

void main() {
  var (q, r) = divmod(17, 5);
  print('$q $r');
  final (:name, :age) = person();
  print('$name $age');
  var [first, second, ...others] = [1, 2, 3, 4, 5];
  print('$first $second $others');
  var [..., last] = ['a', 'b', 'c'];
  print(last);
  var {'k': v, 'n': n} = {'k': 'value', 'n': 3};
  print('$v $n');
  var Point(:x, y: py) = Point(3, 4);
  print('$x $py');
  var ((a, b), [c, d]) = ((1, 2), [3, 4]);
  print('$a $b $c $d');
  var (double dx, num nx) = (1, 2);
  print('$dx $nx');

  // Assignment: swap, nested, into existing variables.
  var s = 1, t = 2;
  (s, t) = (t, s);
  print('$s $t');
  [s, t] = [t * 10, s * 10];
  print('$s $t');
  var result = (s, t) = (7, 8);
  print('$result $s $t');

  // for-in.
  var total = 0;
  for (var (k, w) in [(1, 10), (2, 20), (3, 30)]) {
    total += k * w;
  }
  print(total);
  for (final Point(:x, :y) in [Point(1, 2), Point(5, 6)]) print('${x + y}');
  var m = {'one': 1, 'two': 2};
  for (var MapEntry(:key, :value) in m.entries) print('$key=$value');

  // if-case with else, guards, and the variables only in the matching branch.
  for (var o in <Object?>[(1, 'x'), (2, 'y'), 'z', null]) {
    if (o case (int i, String s) when i > 1) {
      print('pair $i $s');
    } else if (o case String s) {
      print('string $s');
    } else {
      print('no match for $o');
    }
  }

  // Closures capture pattern variables like any other locals.
  var fns = <int Function()>[];
  for (var (i, j) in [(1, 2), (3, 4)]) {
    fns.add(() => i * j);
  }
  print(fns.map((f) => f()).toList());

  // Irrefutable patterns that fail at run time.
  try {
    var [p1, p2] = [1, 2, 3];
    print('$p1 $p2');
  } on StateError catch (e) {
    print(e);
  }
  try {
    var {'missing': mv} = {'present': 1};
    print(mv);
  } on StateError catch (e) {
    print(e);
  }
  dynamic notAList = 'text';
  try {
    var [only] = notAList;
    print(only);
  } on TypeError {
    print('TypeError');
  }
  int? maybe;
  try {
    var (sure!) = maybe;
    print(sure);
  } on TypeError {
    print('TypeError for null');
  }
  Object o = (1, 2);
  o as (int, int);
  print(o.$1 + o.$2);
}
