// Conformance: dart:core static `castFrom` methods (API documentation of Iterable.castFrom,
// List.castFrom, Set.castFrom, Map.castFrom: generic methods `castFrom<S, T>` whose type
// arguments belong to the method, returning a view that casts each element on access), and the
// `cast` instance methods.
// Expectations derived from the documentation. Regression test for issue 9, B (castFrom).
// pending: issue 9 B (Iterable/List/Map/Set.castFrom with the method's type arguments)
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
}
