// Conformance: Expressions — constant collection literals (dartLangSpec.tex, "Constants",
// "Lists", "Maps", "Sets"): constant literals with equal contents and type arguments are
// canonicalized (identical); they are unmodifiable (modification throws UnsupportedError); a
// non-const literal is a fresh object each evaluation.
// Expectations derived from the specification and dart:core's documentation of unmodifiable
// collections.
import '../lib/expect.dart';

const list = [1, 2];
const map = {'a': 1};
const set = {'x'};

List<int> fresh() => [1, 2];
List<int> constant() => const [1, 2];

void main() {
  Expect.identical(list, const [1, 2]);
  Expect.identical(const <int>[1, 2], constant());
  Expect.notIdentical(const <num>[1, 2], const <int>[1, 2], 'type arguments differ');
  Expect.notIdentical(fresh(), fresh());
  Expect.identical(constant(), constant());
  Expect.identical(map, const {'a': 1});
  Expect.identical(set, const {'x'});
  Expect.identical(const [[1], 'a'], const [[1], 'a'], 'nested constants');

  Expect.throwsUnsupportedError(() => list.add(3));
  Expect.throwsUnsupportedError(() => (list as List<int>)[0] = 5);
  Expect.throwsUnsupportedError(() => map['b'] = 2);
  Expect.throwsUnsupportedError(() => set.add('y'));
  Expect.throwsUnsupportedError(() => list.sort());
  Expect.deepEquals([1, 2], list);

  Expect.isTrue(list is List<int>);
  Expect.isTrue(map is Map<String, int>);
  Expect.equals(2, list.length);
  Expect.equals(1, map['a']);
  Expect.isTrue(set.contains('x'));
}
