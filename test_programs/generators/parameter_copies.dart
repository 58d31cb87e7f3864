// Parameters of sync* functions are copied into locals of each run (docs/generators.md, "The
// cost of a hop"): those the body assigns (so the next `iterator` starts from the argument
// again) and, since issue 10, those the body reads, so that an `int` lives unboxed in the
// coroutine frame. Each case checks that a copy behaves exactly as the captured parameter did:
// every run sees the arguments, a nested closure sees the run's copy (its writes included), a
// parameter only nested closures read is shared as it was, a pattern assignment to a parameter
// changes only the current run, and parameters of every kind (optional, named with defaults,
// nullable, double, generic, a method's with `this`) keep their values and types across yields.
// (A pattern assignment was not seen as an assignment, so the second runs of `swapped` and
// `patternInClosure` printed [2, 1, 2] and [6, 11]: the first run's writes.)
// Expected output derived by hand from the language specification: a sync* body runs afresh from
// the original arguments for each `iterator`, and closures capture variables, not values.

Iterable<int> countBy(int start, int step, int count) sync* {
  for (int i = 0; i < count; i++) {
    yield start + i * step;
  }
}

// Read directly and by a closure that writes it: the closure sees the run's copy.
Iterable<int> bumped(int n) sync* {
  void bump() => n += 100;
  yield n;
  bump();
  yield n;
  n++;
  yield n;
}

// Only a nested closure reads it: captured as it is.
Iterable<String> later(String word) sync* {
  String read() => word;
  yield read();
  yield read().toUpperCase();
}

// A pattern assignment, in a nested closure, to a parameter only nested closures read: the
// parameter is assigned, so each run has its own copy (the closure's write was kept from one run
// to the next before the scan saw pattern assignments).
Iterable<int> patternInClosure(int b) sync* {
  int read() => b;
  void write() {
    (b, _) = (b + 5, 0);
  }
  yield read();
  write();
  yield read();
}

// A pattern assignment to a parameter the body also reads.
Iterable<int> swapped(int a, int b) sync* {
  yield a;
  (a, b) = (b, a);
  yield a;
  yield b;
}

Iterable<Object?> kinds(int a, [double? d, int? maybe]) sync* {
  yield a;
  yield d;
  yield maybe;
  yield (d ?? 0.5) * a;
  yield maybe == null ? 'no int' : maybe + a;
}

Iterable<String> named({int times = 2, String text = 'x', required bool loud}) sync* {
  for (int i = 0; i < times; i++) {
    yield loud ? text.toUpperCase() : text;
  }
}

Iterable<T> repeat<T>(T value, int times) sync* {
  for (int i = 0; i < times; i++) yield value;
}

class Counter {
  int base;
  Counter(this.base);

  Iterable<int> upTo(int limit) sync* {
    for (int i = base; i < limit; i++) {
      yield i * base;
    }
  }
}

// Two filters pulling from one another, as in the prime sieve: the captured iterator and the
// divisor are both copies.
Iterable<int> withoutMultiples(Iterator<int> source, int divisor) sync* {
  while (source.moveNext()) {
    int candidate = source.current;
    if (candidate % divisor != 0) yield candidate;
  }
}

// A mint divisor and a negative one, through the copies.
Iterable<int> remainders(Iterable<int> values, int divisor) sync* {
  for (final v in values) yield v % divisor;
}

void main() {
  final counted = countBy(3, 4, 5);
  print(counted.toList());
  print(counted.toList());  // a second run sees the same arguments
  final b = bumped(1);
  print(b.toList());
  print(b.toList());
  print(later('hi').toList());
  final s = swapped(1, 2);
  print(s.toList());
  print(s.toList());
  final p = patternInClosure(1);
  print(p.toList());
  print(p.toList());
  print(kinds(3).toList());
  print(kinds(3, 1.5, 4).toList());
  print(named(loud: true).toList());
  print(named(times: 3, text: 'ab', loud: false).toList());
  print(repeat<String>('r', 3).toList());
  print(repeat(7, 2).toList().runtimeType);
  final c = Counter(2);
  final up = c.upTo(5);
  print(up.toList());
  c.base = 3;  // `this` is not copied: the next run reads the field again
  print(up.toList());
  final it = withoutMultiples(withoutMultiples(countBy(1, 1, 30).iterator, 2).iterator, 3);
  print(it.toList());
  print(remainders([7, -7, 9223372036854775807, -9223372036854775807 - 1], 1 << 62).toList());
  print(remainders([7, -7, 0], -3).toList());
  print(remainders([7, -7, -9223372036854775807 - 1], -1).toList());
  try {
    remainders([1], 0).toList();
  } on UnsupportedError catch (e) {
    print('zero: ${e.runtimeType}');
  }
}
