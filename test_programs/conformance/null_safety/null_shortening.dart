// Conformance: null safety feature spec, "Null shortening" (accepted/2.12/nnbd/feature-specification.md):
// in a selector chain `e?.a.b(c)[d]`, when e is null the whole rest of the chain is skipped and
// the value is null, so the selectors after `?.` apply to the non-null receiver.
// Expectations derived from the feature specification. Regression test for issue 9, B (null
// shortening).
import '../lib/expect.dart';

class Node {
  final int value;
  final Node? next;
  Node(this.value, [this.next]);
  Node get self => this;
  List<int> get values => [value, if (next != null) ...next!.values];
}

void main() {
  List<int>? l = [1, 2];
  Expect.deepEquals([2, 4], l?.map((x) => x * 2).toList());
  List<int>? nothing;
  Expect.isNull(nothing?.map((x) => x * 2).toList());

  Node? n = Node(1, Node(2));
  Node? none;
  Expect.equals(1, n?.self.self.value);
  Expect.isNull(none?.self.self.value);
  Expect.equals(2, n?.values[1]);
  Expect.isNull(none?.values[1]);
  Expect.equals(2, n?.values.length.abs() ?? 5);
  Expect.equals(5, none?.values.length.abs() ?? 5);
  Expect.equals('2', n?.next?.value.toString());
  Expect.isNull(none?.next!.value, '! is part of the shortened chain');
}
