// Conformance: dart:core static `castFrom` methods (API documentation of Iterable.castFrom,
// List.castFrom, Set.castFrom, Map.castFrom: generic methods `castFrom<S, T>` whose type
// arguments belong to the method, returning a view that casts each element on access), and the
// `cast` instance methods.
// Expectations derived from the documentation. Regression test for issue 9, B (castFrom).
import '../lib/expect.dart';

void main() {
  List<Object> objects = <Object>[1, 2];
  var ints = List.castFrom<Object, int>(objects);
  Expect.equals(3, ints[0] + ints[1]);
  Expect.isTrue(ints is List<int>);
  objects.add('x');
  Expect.throwsTypeError(() => ints[2], 'the view casts on access');

  Iterable<num> nums = <num>[1, 2];
  Expect.deepEquals([1, 2], Iterable.castFrom<num, int>(nums).toList());
  Set<Object> set = {'a'};
  Expect.isTrue(Set.castFrom<Object, String>(set).contains('a'));
  Map<Object, Object> map = {'k': 1};
  Expect.equals(1, Map.castFrom<Object, Object, String, int>(map)['k']);

  var cast = <Object>[1, 2].cast<int>();
  Expect.equals(3, cast[0] + cast[1]);

  // Views, not copies: changes show through in both directions, writes are checked.
  List<num> source = <num>[1, 2];
  List<int> view = source.cast<int>();
  view.add(3);
  Expect.deepEquals([1, 2, 3], source);
  source[0] = 1.5;
  Expect.throwsTypeError(() => view[0], 'a double read through a List<int> view');
  Expect.throwsTypeError(() => (source.cast<Object>())..add('x'), 'a String written into a List<num>');
  Set<Object> objectSet = <Object>{1};
  Set<int> intSet = objectSet.cast<int>();
  objectSet.add(2);
  Expect.equals(2, intSet.length);
  Map<Object, Object> objectMap = <Object, Object>{'a': 1};
  Map<String, int> typedMap = objectMap.cast<String, int>();
  objectMap['b'] = 2;
  Expect.equals(2, typedMap['b']);
  typedMap['c'] = 3;
  Expect.equals(3, objectMap['c']);
}
