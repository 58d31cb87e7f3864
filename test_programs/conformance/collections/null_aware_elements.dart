// Conformance: Expressions — null-aware collection elements (Dart 3.8, feature spec
// accepted/3.8/null-aware-elements: `?e` in a list or set adds e unless it is null; in a map,
// `?k: v` skips the entry when the key is null and `k: ?v` when the value is null; the element
// type is the non-nullable type of e).
// Expectations derived from the feature specification.
// pending: not supported yet (not in issue 9): `[?a]` is a parse error ("Expected an identifier,
//   but got '?'")
import '../lib/expect.dart';

void main() {
  int? none;
  int? two = 2;
  var list = [1, ?none, ?two];
  Expect.deepEquals([1, 2], list);
  Expect.equals('List<int>', list.runtimeType.toString());
  var set = {?none, 3};
  Expect.deepEquals({3}, set);
  String? key;
  var map = {?key: 1, 'a': ?none, 'b': ?two};
  Expect.deepEquals({'b': 2}, map);
}
