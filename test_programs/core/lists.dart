// Lists: growable and fixed-length lists, their members, toString, and the errors they throw.
//
// Expectations derived by hand from the Dart SDK's documentation and sources (sdk/lib/core/
// list.dart, sdk/lib/_internal/vm/lib/growable_array.dart and array.dart, sdk/lib/collection/
// list.dart): toString is '[' + elements joined by ', ' + ']' with '[...]' for a list that
// contains itself; an index outside a built-in list fails the VM's bounds check, which throws
// RangeError.range(index, 0, length - 1, "length") (runtime/vm/runtime_entry.cc, RangeError;
// removeLast and removeAt index the list first), printed by sdk/lib/core/errors.dart as
// 'RangeError (length): Invalid value: Not in inclusive range 0..N-1: I', 'Only valid value is
// 0: I' for one element and 'Valid value range is empty: I' for none; fixed-length lists throw
// UnsupportedError('Cannot add to a fixed-length list'); const lists 'Cannot modify an
// unmodifiable list'.
import 'dart:math';

void main() {
  var a = [1, 2, 3];
  a.add(4);
  a.addAll([5, 6]);
  print(a);
  print(a.length);
  a.insert(0, 0);
  a.insertAll(2, [10, 11]);
  print(a);
  print(a.removeAt(2));
  print(a.removeLast());
  print(a.remove(11));
  print(a.remove(99));
  print(a);
  a.removeWhere((x) => x.isEven);
  print(a);
  a.retainWhere((x) => x > 1);
  print(a);
  a.length = 1;
  print(a);
  a.clear();
  print('${a.isEmpty} ${a.isNotEmpty} ${a.length}');

  var b = [5, 3, 9, 1, 3];
  print('${b.first} ${b.last} ${b.indexOf(3)} ${b.lastIndexOf(3)} ${b.indexOf(7)} ${b.contains(9)}');
  print(b.indexOf(3, 2));
  print(b.lastIndexOf(3, 3));
  print(b.sublist(1));
  print(b.sublist(1, 3));
  print(b.reversed);
  print(b.reversed.toList());
  print(b.join('-'));
  print(b.join());
  print(b.getRange(1, 4));
  b.fillRange(0, 2, 0);
  print(b);
  b.setRange(1, 3, [7, 8, 9], 1);
  print(b);
  print(b.asMap());
  print(b + [100]);
  b.sort();
  print(b);
  b.sort((x, y) => y.compareTo(x));
  print(b);
  b.first = -1;
  b.last = -2;
  print(b);
  print(b.indexWhere((x) => x > 7));
  print(b.lastIndexWhere((x) => x < 0));
  b.removeRange(1, 3);
  print(b);
  b.replaceRange(0, 1, [4, 4, 4]);
  print(b);
  b.setAll(1, [6, 6]);
  print(b);

  var fixed = List<int>.filled(3, 7);
  fixed[0] = 1;
  print(fixed);
  try {
    fixed.add(4);
  } catch (e) {
    print(e);
  }
  try {
    fixed.length = 5;
  } catch (e) {
    print(e);
  }
  try {
    fixed.removeLast();
  } catch (e) {
    print(e);
  }
  var g = List<int>.filled(2, 0, growable: true);
  g.add(1);
  print(g);
  print(List.generate(4, (i) => i * 10));
  print(List.generate(3, (i) => '$i', growable: false));
  print(List<int>.empty().length);
  var e = List<String>.empty(growable: true);
  e.add('x');
  print(e);
  print(List.of([1, 2, 3].where((x) => x != 2)));
  print(List<num>.from([1, 2.5]));
  var u = List<int>.unmodifiable([1, 2]);
  print(u);
  try {
    u.add(3);
  } catch (e) {
    print(e);
  }
  const c = [1, 2];
  try {
    c[0] = 3;
  } catch (e) {
    print(e);
  }
  try {
    c.add(3);
  } catch (e) {
    print(e);
  }

  // Index errors.
  var r = [1, 2, 3];
  try {
    r[3];
  } catch (e) {
    print(e);
  }
  try {
    r[-1] = 0;
  } catch (e) {
    print(e);
  }
  try {
    [].first;
  } catch (e) {
    print(e);
  }
  try {
    [].removeLast();
  } catch (e) {
    print(e);
  }
  try {
    [1, 2].single;
  } catch (e) {
    print(e);
  }
  try {
    r.sublist(2, 1);
  } catch (e) {
    print(e);
  }
  try {
    r.insert(5, 0);
  } catch (e) {
    print(e);
  }
  try {
    [0][1];
  } catch (e) {
    print(e);
  }
  try {
    <int>[][0];
  } catch (e) {
    print(e);
  }

  // Concurrent modification (the VM's message names the list's runtime type with its type
  // arguments, which dartc does not reify yet, so only the error's type is printed).
  var cm = [1, 2, 3];
  try {
    for (var x in cm) {
      if (x == 2) cm.add(4);
    }
  } catch (e) {
    print(e is ConcurrentModificationError);
  }
  try {
    cm.forEach((x) {
      if (x == 1) cm.removeLast();
    });
  } catch (e) {
    print(e is ConcurrentModificationError);
  }

  // Self-containing lists, nested collections, equality.
  var self = <Object>[1];
  self.add(self);
  print(self);
  print([
    [1, 2],
    [3]
  ]);
  print(['a', null, true, 1.5]);
  print([1, 2] == [1, 2]);
  var same = [1];
  print(same == same);

  // Element type of a list literal, spread and collection-if/for.
  var spread = [0, ...r, if (r.length > 2) 99, for (var i in r) i * i];
  print(spread);
  List<int>? none;
  print([...?none, 1]);

  // Shuffle with a seeded Random gives the VM's order: ListBase.shuffle's swaps driven by
  // Random(42) (computed with tools/dart_random.py, see random.dart).
  var sh = [for (var i = 0; i < 10; i++) i];
  sh.shuffle(Random(42));
  print(sh);

  var s = [for (var i = 0; i < 10; i++) i];
  print(s.fold<int>(0, (p, x) => p + x));
  print(s.reduce((p, x) => p * 2 + x));
  print(s.expand((x) => [x, x]).take(6));
  print(s.every((x) => x < 10));
  print(s.any((x) => x > 8));
  print(s.firstWhere((x) => x > 4));
  print(s.lastWhere((x) => x < 4));
  print(s.firstWhere((x) => x > 40, orElse: () => -1));
  print(s.singleWhere((x) => x == 3));
  print(s.elementAt(4));
  print(s.skip(7));
  print(s.take(3).toList());
  print(s.toSet());
}
