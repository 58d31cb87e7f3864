// Records returned in registers (docs/records.md, "Returned in registers"): every way a record
// returned by a function is used, on both sides of the optimization. Functions whose every call is
// direct and whose returns are fresh records return their fields without an object (divmod,
// minMax, Counter.step, ...); torn-off, overridden-and-dispatched, async, generator and
// nullable-returning functions keep returning objects. Either way the program must print the same.
//
// Expected output derived by hand from the language specification: records feature specification
// ("Record equality": same shape and pairwise `==` fields; "Identity": `identical` is false for
// records with non-identical fields, and for one record object compared with itself the VM returns
// true; toString as the VM's record_patch.dart prints it: positional fields, then named ones sorted
// by name), integer division (`~/` truncates, `%` is the non-negative remainder), and evaluation
// order of record literal fields (source order, docs/records.md).
import 'dart:async';

(int, int) divmod(int a, int b) => (a ~/ b, a % b);

// A literal whose named fields are written out of the shape's order: evaluated in source order.
int trace(String what, int v) {
  print('eval $what');
  return v;
}

({int lo, int hi}) minMax(List<int> xs) {
  int lo = xs[0], hi = xs[0];
  for (final x in xs) {
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  return (hi: trace('hi', hi), lo: trace('lo', lo));
}

// A conditional of literals, and a forward of another record-returning call at a wider type.
(int, int) ordered(int a, int b) => a <= b ? (a, b) : (b, a);
(num, num) widened(int a, int b) => ordered(a, b);

// Recursion: each level destructures the level below.
(int, int) fibPair(int n) {
  if (n == 0) return (0, 1);
  final (a, b) = fibPair(n - 1);
  return (b, a + b);
}

// A switch expression's cases: each value is a fresh record.
(String, int) classify(int n) => switch (n) {
      0 => ('zero', 0),
      < 0 => ('negative', -n),
      _ => ('positive', n),
    };

// A double field, a String field and a generic field.
(double, String) describe(double x) => (x * 2, 'x=$x');
(T, T) twice<T>(T x) => (x, x);

// A return inside try/finally and a throw before the return.
(int, String) guarded(int x) {
  try {
    if (x < 0) throw ArgumentError('negative');
    return (x, 'ok');
  } finally {
    print('finally $x');
  }
}

class Counter {
  int n = 0;
  // Called only directly (one class, never torn off).
  ({int before, int after}) step(int by) {
    final before = n;
    n += by;
    return (before: before, after: n);
  }
}

class Shape {
  (String, int) info() => ('shape', 0);
  (String, int) describeSuper() => ('base', 1);
}

class Square extends Shape {
  // Overrides info: calls on a Shape dispatch, so neither implementation returns fields.
  @override
  (String, int) info() => ('square', 4);
  // A super call of a record-returning method.
  @override
  (String, int) describeSuper() {
    final (name, n) = super.describeSuper();
    return ('square over $name', n + 1);
  }
}

// Torn off below: returns an object whatever its callers do.
(int, int) swap(int a, int b) => (b, a);

// A record that already exists: returned as the same object every time.
final (int, int) origin = (0, 0);
(int, int) theOrigin() => origin;

// A nullable record return: not returned in registers.
(int, int)? maybe(int x) => x > 0 ? (x, -x) : null;

Future<(int, int)> later(int a, int b) async => divmod(a, b);

Iterable<(int, int)> pairs(int n) sync* {
  for (int i = 0; i < n; i++) yield divmod(i * 7, 3);
}

void main() async {
  // Destructuring, field reads, switches and if-case on direct calls.
  var (q, r) = divmod(17, 5);
  print('$q $r');
  print(divmod(-7, 2).$1);
  print(divmod(-7, 2).$2);
  switch (divmod(8, 3)) {
    case (var a, var b) when a == b:
      print('same $a');
    case (var a, var b):
      print('different $a $b');
  }
  final label = switch (divmod(9, 3)) {
    (3, 0) => 'exact',
    (_, _) => 'inexact',
  };
  print(label);
  if (divmod(10, 4) case (2, var rest)) print('rest $rest');
  final m = minMax([3, -1, 8, 2]);
  print('${m.lo}..${m.hi}');
  final (:lo, :hi) = minMax([5]);
  print('$lo $hi');
  print(ordered(5, 2));
  print(ordered(2, 5).$2);
  final (wa, wb) = widened(9, 4);
  print('$wa $wb');
  print(fibPair(30).$1);
  final (kind, magnitude) = classify(-4);
  print('$kind $magnitude');
  print(classify(0));
  final picked = switch (magnitude) {
    4 => (magnitude * 2, 'four'),
    _ => (0, 'other'),
  };
  print('${picked.$1} ${picked.$2}');
  final (d, s) = describe(1.25);
  print('$d $s');
  print(twice('ab').$2);
  print(twice(3).$1 + 1);
  print(guarded(3).$2);
  try {
    guarded(-1);
  } on ArgumentError catch (e) {
    print('caught ${e.message}');
  }
  final c = Counter();
  final (:before, :after) = c.step(5);
  print('$before -> $after');
  print(c.step(2).after);
  final sq = Square();
  print(sq.describeSuper());

  // The record needed as an object: boxed at the call site.
  final list = <(int, int)>[divmod(7, 2), divmod(8, 2)];
  list.add(divmod(9, 2));
  print(list);
  final map = <(int, int), String>{divmod(7, 2): 'seven'};
  print(map[(3, 1)]);
  print(map[divmod(7, 2)]);
  Object o = divmod(11, 4);
  print(o);
  print(o.runtimeType);
  print(o is (int, int));
  print(minMax([1, 2]));
  print(describe(0.5).runtimeType);

  // Equality, hashCode and identity of boxed results.
  final x1 = divmod(7, 2);
  final x2 = divmod(7, 2);
  print(x1 == x2);
  print(x1.hashCode == x2.hashCode);
  print(identical(x1, x1));
  print(identical(x1, divmod(7, 3)));
  print(x1 == divmod(7, 3));
  print(identical(theOrigin(), theOrigin()));
  print(identical(theOrigin(), origin));

  // Paths that keep returning objects.
  final f = swap;
  print(f(1, 2));
  print(swap(3, 4).$1);
  final shapes = <Shape>[Shape(), Square()];
  for (final sh in shapes) {
    final (name, corners) = sh.info();
    print('$name $corners');
  }
  print(maybe(2));
  print(maybe(0));
  if (maybe(5) case (var p, var n)) print('$p $n');
  print(await later(20, 6));
  print(pairs(3).toList());
  final (aq, ar) = await later(-9, 4);
  print('$aq $ar');
}
