// Shared type-argument vectors and the covariance checks they decide (issue 10, docs/generics.md
// "Shared vectors"). Generic code that passes its own type arguments on unchanged
// (`Node<K, V>(...)` inside Tree<K, V>, a generic method calling another with `<T>`) hands its
// vector on instead of instantiating one; a covariant field store or parameter of type
// `Node<K, V>` then passes at once when the value's vector is the receiver's. Everything else
// must still be checked: values whose vector is another one with the same or with wider types,
// subclasses (generic or not, with more type parameters or fewer), implementers, null, and
// real failures with the VM's messages.
//
// Expectations derived by hand from the subtype rules of the Dart specification (a generic class
// type is covariant in its arguments; null is only an instance of nullable types) and the VM's
// message for a failed covariant check: "type 'X' is not a subtype of type 'Y' of 'name'", where
// X is the value's runtime type and Y the parameter's type with the receiver's arguments.
class Node<K, V> {
  final K key;
  V value;
  Node<K, V>? next;
  Node(this.key, this.value);
  void link(Node<K, V> other) => next = other;
  String toString() => 'Node($key, $value)';
}

class SubNode<K, V> extends Node<K, V> {
  SubNode(super.key, super.value);
}

class IntNode extends Node<int, String> {
  IntNode(int k) : super(k, 's$k');
}

class PairNode<K, V, W> extends Node<K, V> {
  final W extra;
  PairNode(super.key, super.value, this.extra);
}

class FakeNode<K, V> implements Node<K, V> {
  K key;
  V value;
  Node<K, V>? next;
  FakeNode(this.key, this.value);
  void link(Node<K, V> other) => next = other;
}

class Tree<K, V> {
  Node<K, V>? root;
  int size = 0;

  // The new node shares the tree's vector; its link check passes by identity.
  Node<K, V> add(K key, V value) {
    final n = Node<K, V>(key, value);
    n.next = root;
    root = n;
    size++;
    return n;
  }

  // A parameter of type Node<K, V>: checked against the tree's arguments.
  void insertAfter(Node<K, V> at, Node<K, V> node) {
    node.next = at.next;
    at.next = node;
  }

  List<K> keys() {
    final out = <K>[];
    for (var n = root; n != null; n = n.next) out.add(n.key);
    return out;
  }
}

// A subclass with a type parameter of its own: its vector is longer than Tree's, so nodes
// made in Tree's methods for it cannot share it.
class WideTree<K, V, X> extends Tree<K, V> {
  X? tag;
}

// A generic method passing its own type arguments on.
List<T> pair<T>(T a, T b) => twice<T>(a, b);
List<T> twice<T>(T a, T b) => <T>[a, b];

Box<T> boxOf<T>(T v) => Box<T>(v);
Box<List<T>> boxOfList<T>(T v) => Box<List<T>>(<T>[v]);  // List<T> built at run time

class Box<T> {
  T v;
  Box(this.v);
  void put(Box<T> other) => v = other.v;
}

void attempt(String what, void Function() f) {
  try {
    f();
    print('$what: ok');
  } on TypeError catch (e) {
    print('$what: $e');
  }
}

void main() {
  final t = Tree<int, String>();
  final a = t.add(1, 'one');
  final b = t.add(2, 'two');
  print('${a.runtimeType} ${b.runtimeType} ${t.keys()}');
  print(a is Node<int, String>);
  print(a is Node<num, Object>);
  print(a is Node<String, String>);

  // Same vector (shared): passes at once.
  attempt('link shared', () => a.link(b));
  // Another vector with the same arguments (made outside the tree): passes.
  attempt('link other vector', () => a.link(Node<int, String>(3, 'three')));
  // Subclasses, generic or not, with the right arguments: pass.
  attempt('link SubNode', () => a.link(SubNode<int, String>(4, 'four')));
  attempt('link IntNode', () => a.link(IntNode(5)));
  attempt('link PairNode', () => a.link(PairNode<int, String, bool>(6, 'six', true)));
  attempt('link FakeNode', () => a.link(FakeNode<int, String>(7, 'seven')));
  // Narrower arguments pass (covariance); null passes into the nullable field.
  final Node<num, Object> wide = Node<num, Object>(0, 'zero');
  attempt('wide link narrow', () => wide.link(a));
  attempt('wide next = null', () => wide.next = null);
  attempt('wide next = narrow', () => wide.next = b);

  // Failures: the receiver is narrower than its static type.
  final Node<num, Object> narrow = Node<int, String>(8, 'eight');
  attempt('narrow link wide', () => narrow.link(wide));
  attempt('narrow next = wide', () => narrow.next = wide);
  attempt('narrow next = SubNode<num, Object>', () => narrow.next = SubNode<num, Object>(9, 'nine'));
  attempt('narrow next = Node<int, Object>', () => narrow.next = Node<int, Object>(10, 11));
  attempt('narrow value = 12', () => narrow.value = 12);
  attempt('narrow next = IntNode', () => narrow.next = IntNode(13));
  final Node<Object, Object> sub = SubNode<int, String>(14, 'x');
  attempt('SubNode link Node<Object, Object>', () => sub.link(Node<Object, Object>(1, 2)));
  attempt('SubNode link itself', () => sub.link(sub));

  // A tree whose nodes come from elsewhere: the parameter checks still decide.
  final Tree<num, Object> nt = Tree<int, String>();
  final n1 = nt.add(1, 'a');
  attempt('insertAfter shared', () => nt.insertAfter(n1, nt.add(2, 'b')));
  attempt('insertAfter IntNode', () => nt.insertAfter(n1, IntNode(3)));
  attempt('insertAfter Node<num, Object>', () => nt.insertAfter(n1, Node<num, Object>(4, 'd')));
  attempt('insertAfter FakeNode<double, String>', () => nt.insertAfter(n1, FakeNode<double, String>(5.0, 'e')));
  print(nt.keys());

  // The wide tree: its nodes get vectors of their own length.
  final w = WideTree<int, String, bool>();
  final wn = w.add(1, 'w');
  w.add(2, 'v');
  print('${wn.runtimeType} ${w.keys()} ${w.root.runtimeType}');
  attempt('wide tree link', () => wn.link(w.root!));
  attempt('wide tree insertAfter', () => w.insertAfter(wn, Node<int, String>(3, 'u')));
  final Tree<Object, Object> wt = w;
  attempt('wide tree insertAfter wrong', () => wt.insertAfter(wn, Node<String, String>('k', 'u')));

  // Generic functions passing their vector on.
  print('${pair<int>(1, 2).runtimeType} ${pair<String?>('a', null).runtimeType} ${pair(1.5, 2).runtimeType}');
  final bi = boxOf<int>(1);
  final Box<num> bn = bi;
  print('${bi.runtimeType} ${boxOf<Box<int>>(bi).runtimeType}');
  attempt('box put same', () => bi.put(boxOf<int>(2)));
  attempt('box put num', () => bn.put(Box<num>(2.5)));
  attempt('box v = double', () => bn.v = 2.5);
  print(bi.v);

  // The runtime's test of a value of the tested generic class: the same type objects, equal
  // types built apart (List<int> instantiated at run time against the constant one), and
  // other arguments.
  final bl = boxOfList<int>(1);
  final Object o = bl;
  print('${o is Box<List<int>>} ${o is Box<List<num>>} ${o is Box<List<String>>} ${o is Box<Iterable<int>>}');
  print('${o is Box<List<int>?>} ${o is Box<List<int>>?} ${o is Box<Object>} ${o is Box<int>}');
  final Object s = SubNode<int, String>(1, 'a');
  print('${s is Node<int, String>} ${s is SubNode<int, String>} ${s is SubNode<int, Object>} ${s is SubNode<String, String>}');
}
