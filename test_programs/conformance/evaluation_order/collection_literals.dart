// Conformance: Expressions — "Collection Literals", "Lists", "Maps", "Sets" and the collection
// element forms (spread, `if`, `for`) (dartLangSpec.tex; feature spec
// "unified-collections/feature-specification.md").
// Expectations derived from the specification: elements are evaluated in source order; a map
// entry evaluates its key before its value; a spread evaluates its expression, then iterates it;
// an `if` element evaluates its condition and only the chosen branch; a `for` element runs like
// a for statement.
import '../lib/expect.dart';

final t = Trace();

int v(String name, int value) => t.log(name, value);

void main() {
  Expect.deepEquals([1, 2, 3], [v('a', 1), v('b', 2), v('c', 3)]);
  t.expect('a b c', 'list elements');

  Expect.deepEquals({1: 2, 3: 4}, {v('k1', 1): v('v1', 2), v('k2', 3): v('v2', 4)});
  t.expect('k1 v1 k2 v2', 'map entries: key then value');

  Expect.deepEquals({1, 2}, {v('a', 1), v('b', 2)});
  t.expect('a b', 'set elements');

  var more = [5, 6];
  Expect.deepEquals([1, 5, 6, 2], [v('a', 1), ...t.log('spread', more), v('b', 2)]);
  t.expect('a spread b', 'spread');

  Expect.deepEquals([1, 3],
      [v('a', 1), if (t.log('cond', false)) v('then', 2) else v('else', 3)]);
  t.expect('a cond else', 'if element');

  Expect.deepEquals([0, 10, 20], [for (var i = v('init', 0); i < 3; i++) v('e$i', i * 10)]);
  t.expect('init e0 e1 e2', 'for element');

  Expect.deepEquals({'a': 1, 'b': 2},
      {for (var e in ['a', 'b']) t.log('k$e', e): t.log('v$e', e == 'a' ? 1 : 2)});
  t.expect('ka va kb vb', 'for element in a map');

  // A later entry with an equal key replaces the value but keeps the first key's position.
  var x = 'x', one = 1;
  var m = {x: 1, 'y': 2, 'x': 3};
  Expect.equals('{x: 3, y: 2}', '$m');
  // A later equal element of a set is ignored.
  var s = {one, 2, 1, 3};
  Expect.equals('{1, 2, 3}', '$s');
}
