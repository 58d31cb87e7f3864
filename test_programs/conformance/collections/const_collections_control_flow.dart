// Conformance: Expressions — constant collection literals with spread, `if` and `for`
// elements (feature spec unified-collections, "Constant collections": spreads of constant
// collections and `if` elements with constant conditions are allowed in constant literals;
// `for` elements are not, but a constant list may spread another constant).
// Expectations derived from the specification. Regression test for issue 9, B (const
// collections with spread and if).
import '../lib/expect.dart';

const base = [1, 2];
const flag = true;
const withSpread = [0, ...base, 3];
const withIf = [if (flag) 'yes' else 'no'];
const mapSpread = {...{'a': 1}, 'b': 2};
const setSpread = {...base, 5};

void main() {
  Expect.deepEquals([0, 1, 2, 3], withSpread);
  Expect.identical(withSpread, const [0, 1, 2, 3], 'canonicalized with the plain literal');
  Expect.deepEquals(['yes'], withIf);
  Expect.deepEquals({'a': 1, 'b': 2}, mapSpread);
  Expect.deepEquals({1, 2, 5}, setSpread);
  Expect.throwsUnsupportedError(() => withSpread.add(4));
}
