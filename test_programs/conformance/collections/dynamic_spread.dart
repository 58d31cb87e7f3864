// Conformance: Expressions — spreading a `dynamic` value into a typed literal (feature spec
// unified-collections, "Spread elements": with a `dynamic` spread expression, the value must be
// an Iterable (or Map) at run time and each element (entry) is checked against the literal's
// element (key and value) types).
// Expectations derived from the specification. Regression test for issue 9, B
// (`<int, int>{...map}` with a dynamic map).
import '../lib/expect.dart';

void main() {
  dynamic map = {1: 2};
  var m = <int, int>{...map};
  Expect.deepEquals({1: 2}, m);
  Expect.isTrue(m is Map<int, int>);
  dynamic bad = {'a': 2};
  Expect.throwsTypeError(() => <int, int>{...bad});

  dynamic list = [1, 2];
  var l = <int>[...list];
  Expect.deepEquals([1, 2], l);
  dynamic mixed = [1, 'x'];
  Expect.throwsTypeError(() => <int>[...mixed]);
  dynamic notIterable = 5;
  Expect.throwsTypeError(() => <int>[...notIterable]);
}
