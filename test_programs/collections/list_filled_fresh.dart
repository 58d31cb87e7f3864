// List.filled writes each element once (issue 10, branch freshlists): small arrays are filled
// inline after the bump allocation, with no write barrier; arrays over the inline bound (1021
// elements, 8 KiB) are allocated unzeroed and filled by the runtime (dartrt_array_new_filled).
// Stores of values known to be Smis skip the write barrier. This program covers the edges:
// length 0, the lengths around the inline bound, growable lists (their spare slots must stay
// null), a negative length, a length the heap can never hold, a fill object shared by every
// element, null fills, and the collector: the fill must stay alive through the array alone, and a
// young object stored into an array the collector has aged must be remembered (the gc-stress run
// collects at every allocation).
//
// Expectations derived by hand from the Dart semantics of List.filled (dart:core docs: "all
// elements of the created list share the same fill value"; a fixed-length list's add throws
// UnsupportedError "Cannot add to a fixed-length list", as the VM's _List does). For the
// negative length only the error's type and fields are printed: the VM throws RangeError for
// the length from its allocation stub; dartc's message text is its own.
class Box {
  int value;
  Box(this.value);
  String toString() => 'Box($value)';
}

// Garbage, enough to start young collections (and one at each allocation under gc-stress): small
// arrays and large ones (17 KB), whose memory the heap reuses unzeroed after a collection.
int churn(int rounds) {
  var sum = 0;
  for (var i = 0; i < rounds; i++) {
    final tmp = List<Box>.filled(64, Box(i));
    final large = List<int>.filled(2100, i);
    sum += tmp[63].value + large[2099] - large[i % 2100];
  }
  return sum;
}

int countWhere<T>(List<T> l, bool Function(T) test) {
  var n = 0;
  for (final x in l) {
    if (test(x)) n++;
  }
  return n;
}

void lengths() {
  for (final n in [0, 1, 2, 3, 4, 5, 1020, 1021, 1022, 1023, 5000]) {
    final l = List<int>.filled(n, n);
    print('filled($n): length ${l.length}, all $n: ${countWhere(l, (int x) => x == n) == n}');
  }
  final empty = List<bool>.filled(0, true);
  print('empty: $empty ${empty.length} ${empty.runtimeType}');
  try {
    empty.add(true);
  } on UnsupportedError catch (e) {
    print('empty.add: ${e.message}');
  }
}

void growable() {
  for (final n in [0, 2, 3, 4, 5, 2000]) {
    final l = List<String>.filled(n, 'x', growable: true);
    l.add('y');
    print('growable($n): length ${l.length}, x: ${countWhere(l, (String s) => s == 'x')}, last ${l.last}');
  }
  // length < 4: spare room beyond the length must read as nothing after growing by `length=`.
  final n = List<int?>.filled(2, 7, growable: true);
  n.length = 4;
  print('grown: $n');
}

void errors() {
  for (final growable in [false, true]) {
    try {
      List<int>.filled(-1, 0, growable: growable);
      print('negative: no error');
    } on RangeError catch (e) {
      print('negative (growable: $growable): RangeError ${e.name} ${e.invalidValue} ${e.start}');
    }
  }
  try {
    List<int>.filled(1 << 40, 0);
    print('huge: no error');
  } on OutOfMemoryError {
    print('huge: OutOfMemoryError');
  }
  try {
    (List<bool>.filled(3000, true) as List<Object>)[0] = 1;
  } on TypeError {
    print('covariant store into a large List<bool>: TypeError');
  }
  print('runtimeType: ${List<bool>.filled(3000, false).runtimeType} ${List<double>.filled(2, 0.5).runtimeType}');
}

void shared() {
  for (final n in [3, 3000]) {
    final inner = <int>[0];
    final l = List<List<int>>.filled(n, inner);
    l[0].add(1);
    print('shared($n): ${l[n - 1]} identical ${identical(l[0], l[n - 1])}');
    final boxes = List<Box>.filled(n, Box(1));
    boxes[n - 1].value = 42;
    print('boxes($n): ${boxes[0]} ${boxes[n ~/ 2]}');
  }
  final nulls = List<Object?>.filled(3000, null);
  print('null fill: ${countWhere(nulls, (Object? x) => x == null)}');
  final smalls = List<int?>.filled(3, null);
  print('small null fill: $smalls');
}

void collector() {
  // The fill object is reachable only through the arrays while garbage is made.
  final big = List<Box>.filled(4000, Box(7));
  final small = List<Box>.filled(10, Box(8));
  print('churn: ${churn(400)}');
  print('fill alive: ${big[3999]} ${small[9]}');
  // Both arrays are old now: young objects stored into them must be remembered.
  for (var i = 0; i < 10; i++) {
    big[i * 300] = Box(100 + i);
    small[i] = Box(200 + i);
  }
  print('churn: ${churn(400)}');
  var sum = 0;
  for (var i = 0; i < 10; i++) {
    sum += big[i * 300].value + small[i].value;
  }
  print('stored after aging: $sum');
  // Ints: Smis need no barrier, large ints are boxed and need one.
  final ints = List<int>.filled(1500, -1);
  print('churn: ${churn(400)}');
  var big62 = 1;
  for (var i = 0; i < 62; i++) {
    big62 *= 2;
  }
  for (var i = 0; i < 1500; i++) {
    ints[i] = i.isEven ? i : big62 + i;
  }
  print('churn: ${churn(400)}');
  var ok = 0;
  for (var i = 0; i < 1500; i++) {
    if (ints[i] == (i.isEven ? i : big62 + i)) ok++;
  }
  print('ints intact: $ok');
}

void main() {
  lengths();
  growable();
  errors();
  shared();
  collector();
}
