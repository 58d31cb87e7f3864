// Conformance: dart:core List (API documentation of List, Iterable): growable and fixed-length
// lists, the constructors (filled, generate, of, from, unmodifiable, empty), and the common
// members, with their documented results and errors.
// Expectations derived from the dart:core documentation.
import '../lib/expect.dart';

void main() {
  var l = [3, 1, 2];
  l.add(4);
  l.insert(0, 0);
  Expect.deepEquals([0, 3, 1, 2, 4], l);
  Expect.equals(3, l.removeAt(1));
  Expect.isTrue(l.remove(4));
  Expect.isFalse(l.remove(9));
  Expect.deepEquals([0, 1, 2], l);
  l.addAll([5, 6]);
  l.removeWhere((x) => x.isOdd);
  Expect.deepEquals([0, 2, 6], l);
  l.insertAll(1, [7, 8]);
  Expect.deepEquals([0, 7, 8, 2, 6], l);
  Expect.deepEquals([7, 8], l.sublist(1, 3));
  Expect.deepEquals([2, 6], l.sublist(3));
  Expect.deepEquals([8, 2], l.getRange(2, 4).toList());
  l.setRange(0, 2, [9, 9]);
  Expect.deepEquals([9, 9, 8, 2, 6], l);
  l.fillRange(3, 5, 1);
  Expect.deepEquals([9, 9, 8, 1, 1], l);
  l.removeRange(1, 3);
  Expect.deepEquals([9, 1, 1], l);
  l.length = 2;
  Expect.deepEquals([9, 1], l);
  Expect.equals(1, l.removeLast());
  l.clear();
  Expect.isTrue(l.isEmpty);

  var nums = [5, 3, 9, 1];
  nums.sort();
  Expect.deepEquals([1, 3, 5, 9], nums);
  Expect.equals(2, nums.indexOf(5));
  Expect.equals(-1, nums.indexOf(7));
  Expect.equals(3, [1, 2, 1, 1].lastIndexOf(1));
  Expect.isTrue(nums.contains(9));
  Expect.deepEquals([9, 5, 3, 1], nums.reversed.toList());
  Expect.equals('1-3-5-9', nums.join('-'));
  Expect.deepEquals({0: 1, 1: 3, 2: 5, 3: 9}, nums.asMap());
  Expect.equals('[1, 3, 5, 9]', nums.toString());
  Expect.equals('[]', [].toString());
  Expect.equals('[a, [b], null]', ['a', ['b'], null].toString());

  var fixed = List<int>.filled(3, 7);
  Expect.deepEquals([7, 7, 7], fixed);
  Expect.throwsUnsupportedError(() => fixed.add(1));
  Expect.throwsUnsupportedError(() => fixed.length = 1);
  fixed[0] = 1;
  Expect.deepEquals([1, 7, 7], fixed);
  var growable = List<int>.filled(2, 0, growable: true)..add(1);
  Expect.deepEquals([0, 0, 1], growable);
  Expect.deepEquals([0, 1, 4], List.generate(3, (i) => i * i));
  Expect.deepEquals([1, 2], List.of([1, 2]));
  Expect.deepEquals([1, 2], List<num>.from([1, 2]));
  Expect.isTrue(List<num>.from(<int>[1]) is List<num>);
  Expect.throwsUnsupportedError(() => List.unmodifiable([1]).add(2));
  Expect.throwsUnsupportedError(() => List<int>.empty().add(1));
  Expect.equals(0, List<int>.empty(growable: true).length);
  Expect.throwsTypeError(() => List<int>.from(<Object>['x']));

  // Shared fill object.
  var rows = List.filled(2, <int>[]);
  rows[0].add(1);
  Expect.deepEquals([1], rows[1], 'filled shares the fill value');
  var separate = List.generate(2, (_) => <int>[]);
  separate[0].add(1);
  Expect.deepEquals([], separate[1]);

  // Equality is identity.
  Expect.isFalse([1] == [1]);
  Expect.equals(1, [1, 2, 3].first);
  Expect.equals(3, [1, 2, 3].last);
  Expect.equals(5, [5].single);
  Expect.deepEquals([1, 2, 3, 4], [1, 2] + [3, 4]);
}
