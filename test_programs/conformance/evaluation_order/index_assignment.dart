// Conformance: Expressions — assignment, compound assignment and increments on index expressions
// with a statically typed receiver (dartLangSpec.tex, "Assignment", "Compound Assignment",
// "Postfix Expressions").
// Expectations derived from the specification: `e1[e2] = e3` evaluates e1, e2, e3 in that order,
// then calls `[]=`, and its value is the value of e3. `e1[e2] op= e3` evaluates e1 and e2 once,
// calls `[]`, evaluates e3, then `[]=`. `e1[e2] ??= e3` evaluates e3 only when `[]` gives null.
import '../lib/expect.dart';

final t = Trace();

class Table {
  final Map<int, int?> cells = {};
  int? operator [](int i) {
    t.add('[$i]');
    return cells[i];
  }

  void operator []=(int i, int? value) {
    t.add('[$i]=$value');
    cells[i] = value;
  }
}

final table = Table();
Table target() => t.log('target', table);
int index(int i) => t.log('index', i);
int rhs(int value) => t.log('rhs', value);

class Counter {
  final List<int> values = [0, 0];
}

void main() {
  Expect.equals(5, target()[index(1)] = rhs(5));
  t.expect('target index rhs [1]=5', 'plain index assignment');

  table.cells[2] = 1;
  t.expect('');
  // `!` is needed because `[]` returns int?; the operations on the receiver stay in order.
  table[2] = table[2]! + 1;
  t.expect('[2] [2]=2', 'explicit read-modify-write');

  var list = <int>[10, 20, 30];
  List<int> theList() => t.log('list', list);
  Expect.equals(23, theList()[index(1)] += rhs(3));
  t.expect('list index rhs', 'list +=');
  Expect.equals(23, theList()[index(1)]++);
  t.expect('list index', 'list postfix ++');
  Expect.equals(24, list[1]);
  Expect.equals(25, ++theList()[index(1)]);
  t.expect('list index', 'list prefix ++');
  Expect.deepEquals([10, 25, 30], list);

  // ??= on an index: the right-hand side only when the element is null.
  Expect.equals(7, target()[index(3)] ??= rhs(7));
  t.expect('target index [3] rhs [3]=7', '??= on a null element');
  Expect.equals(7, target()[index(3)] ??= rhs(9));
  t.expect('target index [3]', '??= on a non-null element');

  // The index expression is evaluated once even with side effects.
  var c = Counter();
  var i = 0;
  c.values[i++] += 5;
  Expect.equals(1, i);
  Expect.deepEquals([5, 0], c.values);
  c.values[i++]++;
  Expect.equals(2, i);
  Expect.deepEquals([5, 1], c.values);
}
