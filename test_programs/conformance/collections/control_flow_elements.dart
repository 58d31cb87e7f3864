// Conformance: Expressions — collection elements: spread `...`, null-aware spread `...?`,
// `if`/`else` and `for` elements, nested (dartLangSpec.tex, "Collection Literals"; feature spec
// unified-collections/feature-specification.md).
// Expectations derived from the specification.
import '../lib/expect.dart';

void main() {
  var a = [1, 2];
  List<int>? none;
  Expect.deepEquals([0, 1, 2, 3], [0, ...a, 3]);
  Expect.deepEquals([0], [0, ...?none]);
  Expect.deepEquals([1, 2], [...?a]);
  Expect.deepEquals([], [...[]]);

  var flag = true;
  Expect.deepEquals([1, 2], [1, if (flag) 2]);
  Expect.deepEquals([1], [1, if (!flag) 2]);
  Expect.deepEquals([1, 3], [1, if (!flag) 2 else 3]);
  Expect.deepEquals([1, 2, 3], [if (flag) ...[1, 2], 3]);

  Expect.deepEquals([0, 1, 4], [for (var i = 0; i < 3; i++) i * i]);
  Expect.deepEquals([2, 4], [for (var x in a) x * 2]);
  Expect.deepEquals([1, 2, 2, 4], [for (var x in a) for (var y in [1, 2]) x * y]);
  Expect.deepEquals([2], [for (var x in a) if (x.isEven) x]);
  Expect.deepEquals([1, 1, 2, 2], [for (var x in a) ...[x, x]]);
  // Each iteration of a for element has its own variable.
  var closures = [for (var i = 0; i < 3; i++) () => i];
  Expect.deepEquals([0, 1, 2], [for (var c in closures) c()]);

  // Maps.
  var m = {'a': 1};
  Map<String, int>? noMap;
  Expect.deepEquals({'a': 1, 'b': 2}, {...m, 'b': 2});
  Expect.deepEquals({'x': 0}, {'x': 0, ...?noMap});
  Expect.deepEquals({'k0': 0, 'k1': 1}, {for (var i = 0; i < 2; i++) 'k$i': i});
  Expect.deepEquals({'a': 1}, {if (flag) 'a': 1 else 'b': 2});
  Expect.deepEquals({'a': 5}, {...m, 'a': 5}, 'a later entry replaces the value');

  // Sets (in a set context; without one: set_or_map_control_flow.dart).
  var s = {1, 2};
  Expect.deepEquals({1, 2, 3}, {...s, 3, 1});
  Set<int> fromFor = {for (var i = 0; i < 3; i++) i * 2};
  Expect.deepEquals({0, 2, 4}, fromFor);
  Set<int> fromIf = {if (flag) 1};
  Expect.deepEquals({1}, fromIf);

  // Spreading any Iterable into a list, and a map's entries into a list.
  Expect.deepEquals([1, 2, 3], [...{1, 2}, ...[3]]);
  Expect.deepEquals(['a'], [...m.keys]);
  Expect.deepEquals([3, 2, 1], [...[1, 2, 3].reversed]);
}
