// Conformance: Expressions — compound assignment on `super[i]` (dartLangSpec.tex, "Super
// Invocations", "Compound Assignment": `super[e1] op= e2` evaluates e1 once, calls the
// superclass `[]`, evaluates e2, calls the superclass `[]=`).
// Expectations derived from the specification. Regression test for issue 9, B
// (`super[i] += v`, `super[i++] += v`).
import '../lib/expect.dart';

class Base {
  final List<int> cells = [0, 0, 0];
  int operator [](int i) => cells[i];
  void operator []=(int i, int v) {
    cells[i] = v;
  }
}

class Derived extends Base {
  @override
  int operator [](int i) => -1; // must not be used by super[...]
  @override
  void operator []=(int i, int v) {}

  void addAt(int i, int v) {
    super[i] += v;
  }

  int addAndAdvance(int i, int v) {
    super[i++] += v;
    return i;
  }

  void incrementAt(int i) {
    super[i]++;
  }
}

void main() {
  var d = Derived();
  d.addAt(0, 5);
  Expect.deepEquals([5, 0, 0], d.cells);
  Expect.equals(2, d.addAndAdvance(1, 3));
  Expect.deepEquals([5, 3, 0], d.cells);
  d.incrementAt(2);
  Expect.deepEquals([5, 3, 1], d.cells);
}
