// Conformance: Expressions — set/map disambiguation through `if` and `for` elements
// (feature spec unified-collections/feature-specification.md, "Set or map disambiguation": the
// leaf elements decide; `{if (c) [1]}` has an expression leaf, so it is a set, and
// `{for (...) {i: i}}` has a map literal *expression* as leaf, so it is a set of maps; a
// spread whose static type is an Iterable makes a set, `{...aList}`).
// Expectations derived from the specification. Regression test for issue 9, B (set literals
// with `if`/`for` elements).
import '../lib/expect.dart';

void main() {
  var s = {if (true) [1]};
  Expect.isTrue(s is Set<List<int>>);
  Expect.equals('[1]', '${s.first}');

  var maps = {for (var i = 0; i < 3; i++) {i: i}};
  Expect.isTrue(maps is Set<Map<int, int>>);
  Expect.equals(3, maps.length);
  Expect.equals('{{0: 0}, {1: 1}, {2: 2}}', '$maps');

  var flag = true;
  var fromIf = {if (flag) 1};
  Expect.isTrue(fromIf is Set<int>, 'an if element with an expression leaf');
  var evens = {for (var i = 0; i < 3; i++) i * 2};
  Expect.isTrue(evens is Set<int>, 'a for element with an expression leaf');
  var set = {1, 2};
  var fromSet = {...set};
  Expect.isTrue(fromSet is Set<int>, 'spread of a set makes a set');
  var list = [1];
  var fromList = {...list};
  Expect.isTrue(fromList is Set<int>, 'spread of a list makes a set');
  Iterable<int>? none;
  var fromNullable = {...?none, 3};
  Expect.isTrue(fromNullable is Set<int>);
}
