// Conformance: dart:core — modifying a collection while iterating it (dart:core documentation
// of Iterable/Iterator, List, Map and Set: changing the length of a list, or adding/removing
// keys of a map or set, during an iteration makes the iteration throw a
// ConcurrentModificationError at the next step; replacing a list element or a map value does
// not).
// Expectations derived from the documentation.
import '../lib/expect.dart';

bool isCme(Object e) => e is ConcurrentModificationError;

void main() {
  var list = [1, 2, 3];
  Expect.throws(() {
    for (var x in list) {
      if (x == 1) list.add(4);
    }
  }, isCme, 'list grows');
  var list2 = [1, 2, 3];
  for (var i in list2) {
    list2[0] = i; // replacing an element is allowed
  }
  Expect.deepEquals([3, 2, 3], list2);

  var map = {'a': 1, 'b': 2};
  Expect.throws(() {
    for (var k in map.keys) {
      map['c$k'] = 0;
    }
  }, isCme, 'map gains a key');
  var map2 = {'a': 1, 'b': 2};
  for (var k in map2.keys) {
    map2[k] = 10; // updating a value is allowed
  }
  Expect.deepEquals({'a': 10, 'b': 10}, map2);
  Expect.throws(() => map.forEach((k, v) => map.remove(k)), isCme, 'forEach removes');

  var set = {1, 2};
  Expect.throws(() {
    for (var x in set) {
      set.add(x + 10);
    }
  }, isCme, 'set grows');
  Expect.throws(() => list.forEach((x) => list.removeLast()), isCme, 'List.forEach');
}
