// Constructor tear-offs (`C.new`, `C.named`).
//
// Expectations derived by hand from the Dart language specification (constructor tear-offs,
// Dart 2.15): `C.new` / `C.named` are functions with the constructor's parameters that create a
// new instance on each call; they are constants, so two tear-offs of the same constructor are
// equal (and identical), and tear-offs of different constructors are not.

class Counter {
  int count;
  final String name;
  Counter(this.name, [this.count = 0]);
  Counter.named(String n) : this(n, 100);
  String label() => '$name:$count';
}

void main() {
  var make = Counter.new;
  print(make('m').label()); // m:0
  print(make('n', 5).label()); // n:5
  print(identical(make('a'), make('a'))); // false
  var named = Counter.named;
  print(named('x').label()); // x:100
  print(['p', 'q'].map(Counter.new).map((c) => c.label()).toList()); // [p:0, q:0]
  print(Counter.new == Counter.new); // true
  print(identical(Counter.named, Counter.named)); // true
  print(Counter.new == Counter.named); // false
  Counter Function(String) factoryFn = Counter.named;
  print(factoryFn('y').count); // 100
}
