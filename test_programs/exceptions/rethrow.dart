// rethrow re-raises the caught object with its original stack trace; exceptions cross many frames
// (a 1000-deep recursion, with finally clauses and catch-and-rethrow along the way), closures,
// core-library callbacks (forEach, map, sort comparators) and tear-offs, and the program keeps
// working normally afterwards.
//
// Expectations derived by hand from the Dart language specification: `rethrow` throws the same
// object with the same stack trace as the catch clause it is in; frames between the throw and the
// handler are unwound, running their finally clauses innermost first.

class Bottom implements Exception {
  final int depth;
  Bottom(this.depth);
  String toString() => 'Bottom at $depth';
}

var finallies = 0;
var rethrows = 0;

int descend(int n) {
  if (n == 0) throw Bottom(n);
  try {
    if (n % 100 == 0) {
      try {
        return descend(n - 1) + 1;
      } on Bottom {
        rethrows++;
        rethrow;
      }
    }
    return descend(n - 1) + 1;
  } finally {
    finallies++;
  }
}

void thrower() {
  throw StateError('from thrower');
}

void middle() {
  try {
    thrower();
  } catch (e) {
    print('middle saw: $e');
    rethrow;
  }
}

int checkPositive(int x) => x > 0 ? x : throw ArgumentError('not positive: $x');

void main() {
  try {
    descend(1000);
  } on Bottom catch (e) {
    print('caught $e');
  }
  print('finallies $finallies rethrows $rethrows');

  // rethrow keeps the object and the stack trace.
  Object? first;
  StackTrace? firstTrace;
  try {
    try {
      middle();
    } catch (e, st) {
      first = e;
      firstTrace = st;
      rethrow;
    }
  } catch (e, st) {
    print('main saw: $e');
    print(identical(e, first));
    print(st.toString() == firstTrace.toString());
  }

  // Through closures and core-library callbacks.
  var callback = () => thrower();
  try {
    callback();
  } on StateError catch (e) {
    print('closure: ${e.message}');
  }
  try {
    [3, 2, 1, 0, -1].forEach((x) {
      checkPositive(x);
    });
  } on ArgumentError catch (e) {
    print('forEach: ${e.message}');
  }
  try {
    print([1, 2, -5, 3].map(checkPositive).toList());
  } on ArgumentError catch (e) {
    print('map tear-off: ${e.message}');
  }
  try {
    var list = [3, 1, 2];
    list.sort((a, b) => a == 2 || b == 2 ? throw 'comparator gave up' : a - b);
  } catch (e) {
    print('sort: $e');
  }
  int Function(int) makeThrower(String why) => (x) => x < 0 ? throw why : x;
  var guarded = makeThrower('negative');
  try {
    print(guarded(5));
    print(guarded(-5));
  } catch (e) {
    print('returned closure: $e');
  }

  // Everything still works after all this unwinding.
  print(descendSafely(500));
}

int descendSafely(int n) {
  try {
    return descend(n);
  } on Bottom catch (e) {
    return -e.depth - 1;
  }
}
