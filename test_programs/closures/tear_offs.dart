// Tear-offs: top-level functions, static methods, instance methods (bound to their receiver, so
// they see its later state) and methods of core-library objects; and closure equality as Dart
// defines it. (Constructor tear-offs, `C.new` and `C.named`, are in
// tear_offs_constructors_pending.dart until the frontend accepts them.)
//
// Expectations derived by hand from the Dart language specification (function closurization):
// tearing off a top-level or static function gives a constant, so two
// tear-offs of the same function are equal and identical; tearing off an instance method gives
// a closure bound to the receiver, and two tear-offs of the same method from the same receiver
// are `==` (identity is not specified, so it is not printed) with the same hashCode, while
// tear-offs from different receivers or of different methods are not equal; two different
// function expressions are never equal; a closure is equal and identical to itself.

int twice(int x) => 2 * x;

class Counter {
  int count;
  final String name;
  Counter(this.name, [this.count = 0]);
  Counter.named(String n) : this(n, 100);
  int increment([int by = 1]) => count += by;
  String label() => '$name:$count';
  static int triple(int x) => 3 * x;
  static String describe({String what = 'static'}) => 'describe $what';
}

void main() {
  // Top-level functions.
  var t = twice;
  print(t(21));
  print([1, 2, 3].map(twice).toList());

  // Static methods.
  var s = Counter.triple;
  print(s(5));
  print([1, 2, 3].map(Counter.triple).toList());
  var d = Counter.describe;
  print(d());
  print(d(what: 'named'));

  // Instance methods, bound to their receiver.
  var c = Counter('a');
  var inc = c.increment;
  inc();
  inc();
  print(inc(5));
  print(c.count);
  var lab = c.label;
  c.count = 42;
  print(lab());
  var other = Counter('b', 1);
  var incOther = other.increment;
  incOther(10);
  print('${c.label()} ${other.label()}');

  // Methods of core-library objects.
  var contains = [1, 2, 3].contains;
  print('${contains(2)} ${contains(5)}');
  var up = 'abc'.toUpperCase;
  print(up());
  var buffer = StringBuffer();
  var write = buffer.write;
  write('x');
  write(1);
  write(true);
  print(buffer.toString());

  // Equality.
  print(twice == twice);
  print(identical(twice, twice));
  var t1 = twice;
  var t2 = twice;
  print(t1 == t2);
  print(identical(t1, t2));
  print(Counter.triple == Counter.triple);
  print(identical(Counter.triple, Counter.triple));
  print(t1 == s);
  print(c.increment == c.increment);
  print(c.increment.hashCode == c.increment.hashCode);
  print(c.increment == other.increment);
  print(c.label == c.increment);
  Function fx = (int x) => x;
  Function fy = (int x) => x;
  print(fx == fy);
  print(fx == fx);
  print(identical(fx, fx));
  print(fx == twice);
  var set = <Function>{twice, twice, Counter.triple, c.increment, c.increment, other.increment};
  print(set.length);
  print(set.contains(c.increment));
  print([twice, Counter.triple].indexOf(Counter.triple));
}
