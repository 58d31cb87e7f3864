// Conformance: Expressions — telling set literals from map literals (dartLangSpec.tex, "Sets"
// and "Maps"; feature spec unified-collections: `{}` is a map unless the context is a set; a
// literal with an expression element is a set; with an entry or a spread of a Map it is a
// map). Spreads of iterables without context: set_or_map_control_flow.dart.
// Expectations derived from the specification.
import '../lib/expect.dart';

void main() {
  var empty = {};
  Expect.isTrue(empty is Map, '{} is a map');
  Set<int> emptySet = {};
  Expect.isTrue((emptySet as Object) is Set<int>, '{} in a Set context is a set');
  var typedSet = <String>{};
  Expect.isTrue(typedSet is Set<String>);
  var typedMap = <String, int>{};
  Expect.isTrue(typedMap is Map<String, int>);

  var s = {1, 2};
  Expect.isTrue(s is Set<int>);
  Set<int> fromSpread = {...s};
  Expect.isTrue(fromSpread is Set<int>, 'spread in a set context');
  var m = {'a': 1};
  var fromMapSpread = {...m};
  Expect.isTrue(fromMapSpread is Map<String, int>, 'spread of a map makes a map');
  var list = [1];
  Iterable<int> it = list;
  Set<int> withContext = {...it};
  Expect.equals(1, withContext.length);

  // A set of lists and a set of maps: the braces of the elements are not the outer literal's.
  var setOfLists = {
    [1],
    [2]
  };
  Expect.isTrue(setOfLists is Set<List<int>>);
  var setOfMaps = {
    {'a': 1}
  };
  Expect.isTrue(setOfMaps is Set<Map<String, int>>);
}
