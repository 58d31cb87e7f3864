// List.sort() without a comparator on lists of ints (sorted natively when every element is a
// small int) and on the lists that must take the general path: ints beyond 62 bits, ints mixed
// with doubles, nulls, strings.
//
// Expectations derived by hand from List.sort's documentation (sdk/lib/core/list.dart: without a
// comparator, elements are ordered by Comparable.compare, i.e. ascending for numbers) and the
// VM's num.compareTo (sdk/lib/_internal/vm/lib/double.dart / integers.dart: -0.0 < 0, an int and
// a double compare by value); sorting a List<int?> holding null fails with the VM's cast error
// type: a TypeError (`null as Comparable` in Comparable.compare), whose runtimeType prints
// `_TypeError` on the VM.
void main() {
  var empty = <int>[]..sort();
  print(empty);
  print(<int>[42]..sort());
  print(<int>[2, 1]..sort());
  print(<int>[5, -3, 5, 0, -3, 12, 7, 0]..sort());
  // The largest and smallest small ints, and their neighbours that are boxed on 64-bit targets.
  print(<int>[4611686018427387903, -4611686018427387904, 0, -1, 1]..sort());
  print(<int>[4611686018427387904, 4611686018427387903, -4611686018427387905, 3]..sort());
  print(<int>[9223372036854775807, -9223372036854775808, 0]..sort());
  print(<num>[3, 1.5, -2, 0.0, 2]..sort());
  print(<String>['pear', 'apple', 'fig']..sort());

  // A growable list after removals: only its elements are sorted.
  var g = <int>[9, 8, 7, 6, 5, 4, 3, 2, 1];
  g.removeRange(0, 3);
  g.add(10);
  g.sort();
  print(g);
  var fixed = List<int>.filled(5, 0);
  for (var i = 0; i < 5; i++) {
    fixed[i] = (i * 7) % 5;
  }
  fixed.sort();
  print(fixed);

  // Large inputs: random, descending, all equal.
  var seed = 12345;
  var random = <int>[];
  for (var i = 0; i < 20000; i++) {
    seed = (seed * 16807) % 2147483647;
    random.add(seed % 10000 - 5000);
  }
  random.sort();
  var ordered = true;
  for (var i = 1; i < random.length; i++) {
    if (random[i - 1] > random[i]) ordered = false;
  }
  print('$ordered ${random.first} ${random[10000]} ${random.last}');
  var descending = List<int>.generate(1000, (i) => 1000 - i)..sort();
  print('${descending.first} ${descending[500]} ${descending.last}');
  var same = List<int>.filled(100, 7)..sort();
  print(same.every((x) => x == 7));

  // A comparator still decides the order.
  print(<int>[1, 3, 2]..sort((a, b) => b - a));

  try {
    <int?>[3, null, 1].sort();
  } catch (e) {
    print(e.runtimeType);
  }
}
