// Conformance: Expressions — null-aware collection elements (Dart 3.8, feature spec
// accepted/3.8/null-aware-elements: `?e` in a list or set adds e unless it is null; in a map,
// `?k: v` skips the entry when the key is null and `k: ?v` when the value is null; the element
// type is the non-nullable type of e).
// Expectations derived from the feature specification.
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
  Expect.equals('_Map<String, int>', map.runtimeType.toString());

  // `?k: v` doesn't evaluate v when k is null; keys are evaluated before values.
  var log = <String>[];
  String? k(String? s) {
    log.add('k$s');
    return s;
  }

  int? v(int? x) {
    log.add('v$x');
    return x;
  }

  var entries = {?k(null): v(1), ?k('a'): ?v(null), k('b'): ?v(3), ?k('c'): ?v(4)};
  Expect.deepEquals({'b': 3, 'c': 4}, entries);
  Expect.deepEquals(['knull', 'ka', 'vnull', 'kb', 'v3', 'kc', 'v4'], log);
  Expect.equals('_Map<String?, int?>', entries.runtimeType.toString(), "k('b') and v(1) are nullable");

  // Inside `for` and `if` elements, and in a constant.
  var nested = [for (var i in [1, null, 3]) ?i, if (two != null) ?none else 5, ?two];
  Expect.deepEquals([1, 3, 2], nested);
  Expect.equals('List<int>', nested.runtimeType.toString());
  const constant = [1, ?null, 2];
  Expect.deepEquals([1, 2], constant);
  // The context type of `?e` is the element type made nullable.
  List<num> numbers = [?two, ?none, 1.5];
  Expect.deepEquals([2, 1.5], numbers);
}
