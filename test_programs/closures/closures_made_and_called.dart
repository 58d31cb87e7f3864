// Closures created and called in the same function, whose entries are inlined there with the
// closures their contexts hold (known_closure_inlining.cpp): composed closures (two instances of
// one entry with different captured closures), captured variables written between the calls,
// a recursive closure through a late local, a closure made per loop iteration, optional
// parameters (the dynamic call path), a generic local function, throws caught around and inside
// the loop, and stack traces through the inlined closures. `composed` and `composedThrow` are
// never inlined into main and compose always into them, so that they make the closures they
// call. Expected output derived by hand from the program's semantics (arithmetic below) and
// from the frames the VM prints for closure calls (`<function>.<anonymous closure>` for a
// closure, then the functions that called it).
@pragma('vm:prefer-inline')
int Function(int) compose(int Function(int) f, int Function(int) g) => (x) => f(g(x));

List<String> frames(StackTrace s) =>
    s.toString().split('\n').where((l) => l.isNotEmpty).map((l) => l.substring(8).split(' (').first).toList();

@pragma('vm:never-inline')
void composed() {
  // (x + 3) * 2 and (x * 2) + 3 over 0..9: 2 * (45 + 30) = 150 and 90 + 30 = 120.
  final r = 3;
  final addThenDouble = compose((x) => x * 2, (x) => x + r);
  final doubleThenAdd = compose((x) => x + r, (x) => x * 2);
  var a = 0, b = 0;
  for (var i = 0; i < 10; i++) {
    a += addThenDouble(i);
    b += doubleThenAdd(i);
  }
  print('$a $b');
  // Results outside the Smi range (-2^62 .. 2^62 - 1): mints, products that wrap, and -2^62.
  for (final big in [4611686018427387903, 2305843009213693952, -2305843009213693955, -4611686018427387904]) {
    print('${addThenDouble(big)} ${doubleThenAdd(big)}');
  }
  // A composition of compositions: ((x + 3) * 2 + 3) * 2 at 5 is 38.
  final twice = compose(addThenDouble, addThenDouble);
  print(twice(5));
}

@pragma('vm:never-inline')
void composedThrow() {
  final failing = compose((x) => x, (x) => x == 7 ? throw StateError('seven') : x);
  try {
    for (var i = 0; i < 10; i++) {
      failing(i);
    }
  } catch (e, st) {
    print(e);
    print(frames(st).take(4).join(' < '));
  }
}

void main() {
  composed();

  // k changes between the calls: 0 + 1, 1 + 2, 2 + 4, 3 + 8, 4 + 16 = 41.
  var k = 1;
  final addK = (int x) => x + k;
  var s = 0;
  for (var i = 0; i < 5; i++) {
    s += addK(i);
    k *= 2;
  }
  print(s);
  // The closure writes what it captured: total 1 + 2 + 3 = 6, calls 3.
  var calls = 0;
  var total = 0.0;
  final add = (double x) {
    calls++;
    total += x;
  };
  add(1.0);
  add(2.0);
  add(3.0);
  print('$total $calls');

  late int Function(int) fib;
  fib = (n) => n < 2 ? n : fib(n - 1) + fib(n - 2);
  print(fib(15));

  // One closure per iteration, each with its own i.
  final made = <int Function()>[];
  for (var i = 0; i < 3; i++) {
    final square = () => i * i;
    made.add(square);
    print(square());
  }
  print(made.map((f) => f()).toList());

  final opt = ([int x = 1, int y = 2]) => x * 10 + y;
  print('${opt()} ${opt(5)} ${opt(5, 6)}');

  T pick<T>(T first, T second) => second;
  print('${pick<String>('a', 'b')} ${pick(1, 2)}');

  // A throw from the inlined closure, caught inside the loop, then one caught outside it.
  final check = (int x) {
    if (x.isOdd) throw 'odd $x';
    return x;
  };
  var evens = 0;
  for (var i = 0; i < 6; i++) {
    try {
      evens += check(i);
    } catch (e) {
      print(e);
    }
  }
  print(evens);
  try {
    for (var i = 0; i < 6; i++) {
      evens += check(i * 2 + (i == 4 ? 1 : 0));
    }
  } catch (e, st) {
    print('$e $evens');
    print(frames(st).take(2).join(' < '));
  }
  composedThrow();
}
