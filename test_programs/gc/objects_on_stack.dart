// Objects that never leave their function are kept on the stack instead of the heap at -O2
// (codegen/src/allocation_elimination.cpp): the iterator of a for-in over a list, small objects
// whose fields are only read back. The Dart semantics must not change: a fresh object (zeroed
// fields, its own initializers) per execution, ConcurrentModificationError from the iterator,
// values reachable only through such an object's fields staying alive across allocations (under
// gc-stress every allocation collects), and objects that do escape staying in the heap.
// Expected output derived by hand from the code below (each line's comment shows how).

class Box {
  int value;
  Object? payload;
  int hits = 0;
  Box(this.value, this.payload);
}

List<String> words(int n) => [for (var i = 0; i < n; i++) 'w$i'];

// The list is reachable only through the loop's iterator while each body allocates.
@pragma('vm:never-inline')
int sumLengths(int n) {
  var total = 0;
  for (final w in words(n)) {
    final s = '$w:${w.length}';
    total += s.length;
  }
  return total;
}

// A fresh iterator per outer iteration, one list read by an inner loop with an early exit.
@pragma('vm:never-inline')
int firstAbove(List<int> list, int limit) {
  var found = -1;
  for (var round = 0; round < 3; round++) {
    for (final x in list) {
      if (x > limit + round) {
        found = x;
        break;
      }
    }
  }
  return found;
}

// Box objects built and read in the same iteration; payload holds the only reference to a
// string while more strings are made.
@pragma('vm:never-inline')
int boxes(int n) {
  var total = 0;
  for (var i = 0; i < n; i++) {
    final b = Box(i, 'x' * (i % 4 + 1));
    final other = 'y' * 3;
    b.hits++;
    total += b.value + (b.payload as String).length + other.length + b.hits;
  }
  return total;
}

// The same shape, but the boxes escape into a list: they must stay in the heap.
@pragma('vm:never-inline')
List<Box> keep(int n) {
  final kept = <Box>[];
  for (var i = 0; i < n; i++) {
    final b = Box(i, 'k$i');
    kept.add(b);
  }
  return kept;
}

void main() {
  // w0..w9: "wI:2" is 4 characters each -> 40; w10, w11: "wII:3" is 5 each -> 10. Total 50.
  print(sumLengths(12));
  // round 0: first x > 3 is 5; round 1: first x > 4 is 5; round 2: first x > 5 is 9.
  print(firstAbove([1, 5, 2, 9, 4], 3));
  // sum over i < 8 of i + (i % 4 + 1) + 3 + 1: 28 + (1+2+3+4)*2 + 32 = 28 + 20 + 32 = 80.
  print(boxes(8));
  final kept = keep(3);
  // k0 k1 k2, values 0 1 2, hits 0.
  print(kept.map((b) => '${b.payload}=${b.value}/${b.hits}').join(' '));
  // Adding during iteration: the iterator sees the length change at its next moveNext.
  final list = [1, 2, 3];
  var seen = 0;
  try {
    for (final x in list) {
      seen += x;
      if (x == 2) list.add(4);
    }
  } on ConcurrentModificationError catch (e) {
    print('ConcurrentModificationError after $seen: ${e.modifiedObject == list}');
  }
  // Removing during iteration: the same.
  final shrinking = [10, 20, 30];
  try {
    for (final x in shrinking) {
      if (x == 10) shrinking.removeLast();
    }
  } on ConcurrentModificationError {
    print('shrinking: ConcurrentModificationError, length ${shrinking.length}');
  }
  // An empty list: the body never runs (0); a list of nulls reads its nulls ("-a-").
  var count = 0;
  for (final _ in <int>[]) {
    count++;
  }
  final nulls = <String?>[null, 'a', null];
  final text = StringBuffer();
  for (final s in nulls) {
    text.write(s ?? '-');
  }
  print('$count ${text.toString()}');
}
