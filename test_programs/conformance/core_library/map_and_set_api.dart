// Conformance: dart:core Map and Set (API documentation; the default Map and Set are
// LinkedHashMap and LinkedHashSet, which keep insertion order): lookups, `putIfAbsent`,
// `update`, `remove`, `entries`, `map`, `removeWhere`, `containsValue`, toString, and the set
// algebra.
// Expectations derived from the documentation.
import '../lib/expect.dart';

void main() {
  var m = <String, int>{'b': 2, 'a': 1};
  m['c'] = 3;
  Expect.deepEquals(['b', 'a', 'c'], m.keys.toList(), 'insertion order');
  Expect.equals('{b: 2, a: 1, c: 3}', '$m');
  m['b'] = 20;
  Expect.deepEquals(['b', 'a', 'c'], m.keys.toList(), 'updating keeps the position');
  Expect.equals(20, m.remove('b'));
  m['b'] = 2;
  Expect.deepEquals(['a', 'c', 'b'], m.keys.toList(), 're-adding goes to the end');
  Expect.isNull(m['zzz']);
  Expect.equals(5, m.putIfAbsent('d', () => 5));
  Expect.equals(5, m.putIfAbsent('d', () => 6));
  Expect.equals(6, m.update('d', (v) => v + 1));
  Expect.equals(0, m.update('e', (v) => v + 1, ifAbsent: () => 0));
  Expect.throwsArgumentError(() => m.update('zz', (v) => v));
  Expect.isTrue(m.containsKey('a'));
  Expect.isTrue(m.containsValue(3));
  m.removeWhere((k, v) => v > 4);
  Expect.deepEquals({'a': 1, 'c': 3, 'b': 2, 'e': 0}, m);
  Expect.deepEquals(['a=1', 'c=3', 'b=2', 'e=0'], [for (var e in m.entries) '${e.key}=${e.value}']);
  var swapped = m.map((k, v) => MapEntry(v, k));
  Expect.equals('a', swapped[1]);
  Expect.equals('MapEntry(x: 1)', '${MapEntry('x', 1)}');
  m.addAll({'f': 9});
  Expect.equals(5, m.length);
  m.forEach((k, v) => Expect.isTrue(k.length == 1));
  Expect.deepEquals({'k': 1}, Map.fromEntries([MapEntry('k', 1)]));
  Expect.deepEquals({1: 1, 2: 4}, Map.fromIterable([1, 2], value: (x) => x * x));
  Expect.deepEquals({'a': 1}, Map.unmodifiable({'a': 1}));
  Expect.throwsUnsupportedError(() => Map.unmodifiable({'a': 1})['b'] = 2);
  Expect.equals('{}', '${{}}');
  m.clear();
  Expect.isTrue(m.isEmpty);

  var s = {3, 1, 2};
  Expect.deepEquals([3, 1, 2], s.toList(), 'insertion order');
  Expect.isTrue(s.add(4));
  Expect.isFalse(s.add(4), 'add returns false for a present element');
  Expect.isTrue(s.remove(3));
  Expect.deepEquals({1, 2, 4}, s);
  Expect.deepEquals({2}, s.intersection({2, 9}));
  Expect.deepEquals({1, 2, 4, 9}, s.union({9}));
  Expect.deepEquals({1, 4}, s.difference({2}));
  Expect.isTrue(s.containsAll([1, 2]));
  Expect.equals(2, s.lookup(2));
  Expect.isNull(s.lookup(7));
  Expect.equals('{1, 2, 4}', '$s');
  s.retainWhere((x) => x > 1);
  Expect.deepEquals({2, 4}, s);
  var withNull = <int?>{null, 1};
  Expect.isTrue(withNull.contains(null));
}
