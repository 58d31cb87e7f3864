// Closures passed to a higher-order method that is too large for LLVM's inliner (its `as E`
// test), so that closure_specialization.cpp clones it for the closure; the clone has one caller
// and clone_inlining.cpp inlines it there, after which the closure and its context may live on
// the stack (allocation_elimination.cpp). Checks: results; a captured variable written by the
// callback and read after it; a context that escapes (a closure made in the callback and kept in
// a list) next to one that does not; many calls with garbage made in the callback (the
// collector runs while closures are on the stack, also under gc-stress); a clone that calls
// another clone; and the stack trace through an inlined clone. Expected output derived by hand
// from the program's semantics, and the frames from what the VM prints for these calls (the
// closure, then Bag.forEach, then the function that made the closure, then main).
class Bag<E> {
  List<E?> _items = List<E?>.filled(4, null);
  int _size = 0;

  void add(E e) {
    if (_size == _items.length) {
      final bigger = List<E?>.filled(_size * 2, null);
      for (var i = 0; i < _size; i++) {
        bigger[i] = _items[i];
      }
      _items = bigger;
    }
    _items[_size++] = e;
  }

  void forEach(void Function(E) fn) {
    for (var i = 0; i < _size; i++) {
      fn(_items[i] as E);
    }
  }

  bool any(bool Function(E) fn) {
    for (var i = 0; i < _size; i++) {
      if (fn(_items[i] as E)) return true;
    }
    return false;
  }
}

class Node {
  final int id;
  Node? parent;
  Node(this.id);

  // As havlak's findSet: the callback only reads what it captured. (Not inlined into main, so
  // that codegen-ir `single-caller-clone-inlined` finds it.)
  @pragma('vm:never-inline')
  Node root() {
    final path = Bag<Node>();
    var n = this;
    while (n.parent != null) {
      path.add(n);
      n = n.parent!;
    }
    final top = n;
    path.forEach((p) => p.parent = identical(p, top) ? null : top);
    return top;
  }
}

@pragma('vm:never-inline')
int sumScaled(Bag<int> bag, int k) {
  var sum = 0;
  bag.forEach((v) => sum += v * k);
  return sum;
}

List<int Function()> keepers(Bag<int> bag) {
  final kept = <int Function()>[];
  var seen = 0;
  bag.forEach((v) {
    seen++;
    final at = seen;
    kept.add(() => v * 100 + at);
  });
  return kept;
}

bool hasSquareOf(Bag<int> bag, Bag<int> other) {
  var checks = 0;
  final found = bag.any((v) {
    var hit = false;
    other.forEach((w) {
      checks++;
      if (w == v * v) hit = true;
    });
    return hit;
  });
  print('checks $checks');
  return found;
}

List<String> frames(StackTrace s) =>
    s.toString().split('\n').where((l) => l.isNotEmpty).map((l) => l.substring(8).split(' (').first).toList();

void failing(Bag<int> bag) {
  bag.forEach((v) {
    if (v == 3) throw StateError('at $v');
  });
}

void main() {
  final bag = Bag<int>();
  for (var i = 1; i <= 6; i++) {
    bag.add(i);
  }
  print(sumScaled(bag, 3));
  print(keepers(bag).map((f) => f()).toList());
  final squares = Bag<int>();
  squares.add(7);
  squares.add(25);
  print(hasSquareOf(bag, squares));
  final nodes = List<Node>.generate(6, Node.new);
  for (var i = 1; i < 6; i++) {
    nodes[i].parent = nodes[i - 1];
  }
  print(nodes[5].root().id);
  print(nodes.map((n) => n.parent?.id).toList());
  // Many calls, each making garbage in its callback: collections happen while the closures of
  // the calls in progress are stack memory.
  var total = 0;
  for (var round = 0; round < 20000; round++) {
    final b = Bag<int>();
    b.add(round);
    b.add(round + 1);
    var local = 0;
    b.forEach((v) {
      final garbage = List<int>.filled(8, v);
      local += garbage[7];
    });
    total += local;
  }
  print(total);
  try {
    failing(bag);
  } catch (e, s) {
    print(e);
    print(frames(s).take(4).join(' < '));
  }
}
