// Closures passed to a closure entry that is not inlined into their creator, which only reads
// them (allocation_elimination.cpp, onlyLentTo): the closure lives in the creator's frame.
// Checks what the entry sees: its captured variables, written ones, a collection while the
// closure is on the stack, an error thrown through the entry, and a closure that escapes.

class Node {
  final int id;
  final List<Node> edges = [];
  int mark = 0;
  Node(this.id);
}

class Walker {
  final Map<int, int> counts = {};
  final List<String> log = [];
  int total = 0;

  @pragma('vm:prefer-inline')
  void each(List<Node> nodes, void Function(Node) fn) {
    for (var i = 0; i < nodes.length; i++) {
      fn(nodes[i]);
    }
  }

  // The callback is large enough that LLVM does not inline its entry into visitAll.
  void visitAll(List<Node> nodes, int w) {
    for (final n in nodes) {
      each(n.edges, (m) {
        final c = counts[m.id] ?? 0;
        counts[m.id] = c + w;
        if (m.id % 7 == 3) {
          log.add('seven ${m.id} from ${n.id} at $w');
        } else if (m.mark > 1000000) {
          throw StateError('too deep ${m.id}');
        } else if (m.id % 5 == 1) {
          total += m.id * w + n.id;
          m.mark += w;
        } else {
          final garbage = List<int>.filled(64, m.id);
          total += garbage[m.id % 64] + garbage.length;
          m.mark++;
        }
      });
    }
  }
}

List<Node> graph(int n) {
  final nodes = List<Node>.generate(n, (i) => Node(i));
  for (var i = 0; i < n; i++) {
    nodes[i].edges.add(nodes[(i * 7 + 1) % n]);
    nodes[i].edges.add(nodes[(i * 3 + 2) % n]);
  }
  return nodes;
}

void main() {
  final nodes = graph(200);
  final walker = Walker();
  // Enough rounds that the collector runs while the closures are on the stack: the lists made
  // in the callback are garbage, the nodes and the walker are alive only through them.
  for (var w = 1; w <= 60; w++) {
    walker.visitAll(nodes, w);
  }
  print(walker.total);
  print(walker.log.length);
  print(walker.log.first);
  print(walker.counts.length);
  var sum = 0;
  for (final n in nodes) {
    sum += n.mark;
  }
  print(sum);
  nodes[5].edges.first.mark = 2000000;
  try {
    walker.visitAll(nodes, 1);
  } on StateError catch (e) {
    print(e.message);
  }
}
