// map/where/fold chains over lists with closures made at the call site, whose calls dartc
// inlines (the lazy iterables' members are inlined and a final field's closure is forwarded:
// docs/codegen-closures.md): laziness and the order of the calls (also the reads of a user
// iterator's `current`), toList(growable: false), a closure that changes the
// list under the iteration (ConcurrentModificationError, as the VM's ListIterator checks the
// length before each step), captured variables changed between creation and iteration and by
// the closures themselves, and errors thrown from a closure with the frames of the trace.
// Expected output derived by hand from the SDK's semantics: where/map are lazy and pull one
// element at a time (sdk/lib/internal/iterable.dart: WhereIterator.moveNext calls the test per
// element, MappedListIterable.elementAt calls the function once per element read,
// ListIterator.moveNext compares the length with the one at the iterator's creation first,
// WhereIterator.current reads its source's current again), and checked against the output of
// main's dartc before this change.
List<String> log = [];

// A user iterable whose iterator logs each read of `current`: WhereIterator reads its source's
// `current` once for the test and again for its own `current`; MappedIterator once per element.
class Countdown extends Iterable<int> {
  final int n;
  Countdown(this.n);
  Iterator<int> get iterator => _CountdownIterator(n);
}

class _CountdownIterator implements Iterator<int> {
  int _n;
  int _current = -1;
  _CountdownIterator(this._n);
  int get current {
    log.add('c$_current');
    return _current;
  }

  bool moveNext() {
    if (_n == 0) return false;
    _current = _n--;
    return true;
  }
}

List<String> frames(StackTrace s) =>
    s.toString().split('\n').where((l) => l.isNotEmpty).map((l) => l.substring(8).split(' (').first).toList();

// A class of its own with final function fields (read invariantly, closure_fields.cpp), made
// with another closure on every turn of a loop.
class Holder {
  final int Function(int) f;
  final int Function(int)? g;
  Holder(this.f, [this.g]);
  int call2(int x) => f(x) + (g?.call(x) ?? 0);
}

int sumOddTriples(List<int> numbers, int r) =>
    numbers.map((x) => x * 3 + r).where((x) => x.isOdd).fold(0, (sum, x) => sum + x);

void main() {
  final numbers = [4, 1, 3, 2, 5];
  print(sumOddTriples(numbers, 0));
  print(sumOddTriples(numbers, 1));

  // Laziness and call order: nothing runs until the loop pulls; each element goes through the
  // test and then, if kept, the function, before the next element is tested.
  final chain = numbers.where((x) {
    log.add('w$x');
    return x.isOdd;
  }).map((x) {
    log.add('m$x');
    return x * 10;
  });
  print(log.length);
  var total = 0;
  for (final y in chain) {
    log.add('=$y');
    total += y;
  }
  print('$total ${log.join(' ')}');
  log.clear();
  // toList runs the same steps; a fixed-length result cannot grow.
  final fixed = chain.toList(growable: false);
  print('$fixed ${log.join(' ')}');
  try {
    fixed.add(1);
  } on UnsupportedError {
    print('fixed-length');
  }
  log.clear();

  // The other order: map runs only for the elements read.
  final firstEven = numbers.map((x) {
    log.add('m$x');
    return x + 1;
  }).where((x) {
    log.add('w$x');
    return x.isEven;
  }).first;
  print('$firstEven ${log.join(' ')}');
  log.clear();

  print('${Countdown(3).where((x) => x != 2).map((x) => x * 10).toList()} ${log.join(' ')}');
  log.clear();
  print('${Countdown(3).map((x) => x * 10).where((x) => x != 20).fold<int>(0, (a, b) => a + b)} ${log.join(' ')}');
  log.clear();

  // Objects holding different closures at one allocation site in a loop (each turn's own).
  var turns = 0;
  for (var k = 0; k < 4; k++) {
    turns += numbers.where((x) => x > k).length;
    final h = Holder((x) => x * k, k.isEven ? (x) => -x : null);
    turns += h.call2(10);
    turns += numbers.map((x) => x + k).fold(0, (a, b) => a + b);
  }
  print(turns);
  final holders = <Holder>[];
  for (var k = 0; k < 3; k++) {
    holders.add(Holder((x) => x + k));
  }
  print(holders.map((h) => h.f(100)).toList());

  // Captured variables: read when the closure runs, not when the chain is made; and written by
  // the closures during the iteration.
  var k = 1;
  var tested = 0;
  final scaled = numbers.map((x) => x * k).where((x) {
    tested++;
    return x > 4;
  });
  k = 100;
  print(scaled.fold<int>(0, (a, b) => a + b));
  print(tested);
  k = 2;
  print(scaled.toList());
  print(tested);

  // The closure adds to the list it maps: the next step of the ListIterator throws.
  final growing = [1, 2, 3];
  try {
    growing.map((x) {
      log.add('m$x');
      if (x == 2) growing.add(9);
      return x;
    }).where((x) => true).fold(0, (int a, int b) => a + b);
    print('no error');
  } on ConcurrentModificationError catch (e) {
    print('ConcurrentModificationError ${identical(e.modifiedObject, growing)} ${log.join(' ')}');
  }
  log.clear();
  // where over the list itself: its own iterator checks the length.
  try {
    growing.where((x) {
      if (x == 1) growing.removeLast();
      return true;
    }).map((x) => x).fold(0, (int a, int b) => a + b);
    print('no error');
  } on ConcurrentModificationError catch (e) {
    print('ConcurrentModificationError ${identical(e.modifiedObject, growing)}');
  }

  // An error thrown from the closures: the frames are the VM's (the closure, then the library's
  // members in the SDK's call order, then main), inlined or not.
  try {
    numbers.map((x) => x == 3 ? throw StateError('map $x') : x).where((x) => true).fold(0, (int a, int b) => a + b);
  } on StateError catch (e, s) {
    print('$e: ${frames(s).join(' < ')}');
  }
  try {
    numbers.where((x) => x < 5 ? true : throw ArgumentError('where $x')).map((x) => x).toList();
  } on ArgumentError catch (e, s) {
    final f = frames(s);
    print('${e.message}: ${f.first} ... ${f.last}');
  }
  try {
    print(numbers.map((x) => x).where((x) => true).fold<int>(0, (a, b) => b == 2 ? throw 'fold $a' : a + b));
  } on String catch (e, s) {
    final f = frames(s);
    print('$e: ${f.first} ... ${f.last}');
  }
}
