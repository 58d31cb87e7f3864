// Conformance: dart:core Iterable (API documentation): lazy `map`/`where`/`expand`/`take`/
// `skip` (evaluated on iteration, again on each iteration), `fold`, `reduce`, `any`, `every`,
// `firstWhere` with `orElse`, `whereType`, `followedBy`, `toSet`, `join`, and the iterator
// protocol.
// Expectations derived from the documentation.
import '../lib/expect.dart';

final t = Trace();

void main() {
  var source = [1, 2, 3, 4];
  var mapped = source.map((x) => t.log('map $x', x * 10));
  t.expect('', 'map is lazy');
  Expect.equals(20, mapped.elementAt(1));
  Expect.deepEquals([10, 20, 30, 40], mapped.toList());
  t.expect('map 2 map 1 map 2 map 3 map 4', 'each iteration re-runs the function');
  Expect.equals(4, mapped.length);
  t.expect('', 'length of a mapped list needs no call');

  Expect.deepEquals([2, 4], source.where((x) => x.isEven).toList());
  Expect.deepEquals([1, 1, 2, 2], source.take(2).expand((x) => [x, x]).toList());
  Expect.deepEquals([3, 4], source.skip(2).toList());
  Expect.deepEquals([1, 2], source.takeWhile((x) => x < 3).toList());
  Expect.deepEquals([3, 4], source.skipWhile((x) => x < 3).toList());
  Expect.equals(10, source.fold<int>(0, (a, b) => a + b));
  Expect.equals(24, source.reduce((a, b) => a * b));
  Expect.isTrue(source.any((x) => x > 3));
  Expect.isFalse(source.every((x) => x > 3));
  Expect.equals(3, source.firstWhere((x) => x > 2));
  Expect.equals(4, source.lastWhere((x) => x > 2));
  Expect.equals(-1, source.firstWhere((x) => x > 9, orElse: () => -1));
  Expect.throwsStateError(() => source.firstWhere((x) => x > 9));
  Expect.equals(2, source.singleWhere((x) => x == 2));
  Expect.deepEquals([1, 'a'], [1, 'a', 2.5].whereType<Object>().take(2).toList());
  Expect.deepEquals(['a'], [1, 'a', 2.5].whereType<String>().toList());
  Expect.equals('List<String>', [1, 'a'].whereType<String>().toList().runtimeType.toString());
  Expect.deepEquals([1, 2, 3], [1].followedBy([2, 3]).toList());
  Expect.deepEquals({1, 2}, [1, 2, 1].toSet());
  Expect.equals('1, 2', [1, 2].join(', '));
  Expect.equals('(1, 2, 3)', [1, 2, 3].map((x) => x).toString(), 'Iterable.toString');
  Expect.isTrue(<int>[].isEmpty);
  Expect.isTrue([1].isNotEmpty);
  Expect.equals(0, <int>[].where((x) => true).length);

  var it = [7, 8].iterator;
  Expect.isTrue(it.moveNext());
  Expect.equals(7, it.current);
  Expect.isTrue(it.moveNext());
  Expect.equals(8, it.current);
  Expect.isFalse(it.moveNext());

  // Iterable.generate and empty.
  Expect.deepEquals([0, 2, 4], Iterable.generate(3, (i) => i * 2).toList());
  Expect.isTrue(Iterable<int>.empty().isEmpty);
  Expect.deepEquals([0, 1, 2], Iterable<int>.generate(3).toList());
}
