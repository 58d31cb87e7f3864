// Sets: Set() / literals are insertion-ordered (LinkedHashSet), with set algebra.
//
// Expectations derived by hand from the Dart SDK's documentation and sources (sdk/lib/core/
// set.dart, sdk/lib/collection/set.dart SetBase.setToString, compact_hash.dart): toString is
// '{e, ...}' in insertion order, add returns whether the element was new, adding an existing
// element keeps the first one, union/intersection/difference keep this set's order, and
// lookup returns the stored element.
import 'dart:collection';

class Point {
  final int x;
  final int y;
  Point(this.x, this.y);
  bool operator ==(Object other) => other is Point && other.x == x && other.y == y;
  int get hashCode => x * 31 + y;
  String toString() => '($x,$y)';
}

void main() {
  var s = <int>{5, 1, 3};
  print(s);
  print(s.add(1));
  print(s.add(2));
  print(s);
  print('${s.length} ${s.contains(3)} ${s.contains(4)} ${s.first} ${s.last}');
  print(s.remove(5));
  print(s.remove(5));
  print(s);
  s.addAll([9, 1, 7]);
  print(s);
  var t = {1, 2, 10};
  print(s.union(t));
  print(s.intersection(t));
  print(s.difference(t));
  print(s.containsAll([1, 9]));
  print(s.containsAll([1, 8]));
  s.removeAll([9, 7]);
  print(s);
  s.retainAll([1, 3, 4]);
  print(s);
  s.addAll([20, 21, 22, 23]);
  s.removeWhere((e) => e.isOdd);
  print(s);
  s.retainWhere((e) => e > 20);
  print(s);
  print(s.map((e) => e * 2));
  print(s.where((e) => e > 100));
  print(s.toList());
  print(s.isEmpty);
  s.clear();
  print('$s ${s.isEmpty}');

  var p = <Point>{Point(1, 2), Point(3, 4)};
  print(p.add(Point(1, 2)));
  print(p.contains(Point(3, 4)));
  var found = p.lookup(Point(1, 2));
  print(found);
  print(p.lookup(Point(9, 9)));
  print(Set<String>.from(['b', 'a', 'b']));
  print(Set<int>.of([3, 3, 2]));
  print(LinkedHashSet<int>.from([4, 4, 5]));
  print(HashSet<int>.of([7]));
  var strings = <String>{};
  for (var i = 0; i < 200; i++) {
    strings.add('s${i % 50}');
  }
  print('${strings.length} ${strings.first} ${strings.last}');
  for (var i = 0; i < 50; i += 2) {
    strings.remove('s$i');
  }
  print('${strings.length} ${strings.take(3)}');
  print(<int>{...[1, 2], ...{2, 3}});
  print(<Object?>{null, 1, 'a', null});
  var cm = {1, 2, 3};
  try {
    for (var e in cm) {
      cm.add(e + 10);
    }
  } catch (e) {
    print(e is ConcurrentModificationError);
  }
}
