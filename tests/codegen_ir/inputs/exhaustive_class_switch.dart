// Class-id switches whose cases cover every class the receiver can have
// (codegen/src/class_id_switch.cpp): `n.inputsDo(...)` in `markInputs` can only meet a Leaf, a
// Single or a Pair (Unused is never made), so the switch has no table call as its default, the
// closure is called by the inlined cases only and neither it nor its context is allocated
// (deltablue's `inputsDo((i) => i.mark = mark)` in `satisfy`). Output: 3 1 1 0.
abstract class Node {
  int mark = 0;
  void inputsDo(void Function(Node) fn);
}

class Leaf extends Node {
  @override
  void inputsDo(void Function(Node) fn) {}
}

class Single extends Node {
  final Node input;
  Single(this.input);
  @override
  void inputsDo(void Function(Node) fn) => fn(input);
}

class Pair extends Node {
  final Node left, right;
  Pair(this.left, this.right);
  @override
  void inputsDo(void Function(Node) fn) {
    fn(left);
    fn(right);
  }
}

// Never allocated: not a case, and no reason for a table call.
class Unused extends Node {
  @override
  void inputsDo(void Function(Node) fn) => throw StateError('unused');
}

@pragma('vm:never-inline')
void markInputs(Node n, int mark) {
  n.inputsDo((i) => i.mark = mark);
}

void main() {
  final a = Leaf(), b = Leaf();
  final pair = Pair(a, b);
  final single = Single(pair);
  markInputs(pair, 1);
  markInputs(single, 3);
  markInputs(a, 5);
  print('${pair.mark} ${a.mark} ${b.mark} ${single.mark}');
}
