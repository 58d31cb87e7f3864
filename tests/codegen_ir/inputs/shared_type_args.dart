// Issue 10: generic code that passes its own type arguments on shares its vector, and the
// covariance checks of `Node<K, V>` fields and parameters pass when the value's vector is the
// receiver's (codegen/src/shared_type_args.cpp). Output: 3 3 [2, 1] [a, b].
class Node<K, V> {
  final K key;
  final V value;
  Node<K, V>? next;
  Node(this.key, this.value);
}

class Tree<K, V> {
  Node<K, V>? root;

  @pragma('vm:never-inline')
  Node<K, V> add(K key, V value) {
    final n = Node<K, V>(key, value);  // the tree's vector, not an instantiation
    n.next = root;  // a covariant store: decided by the vectors' identity
    root = n;
    return n;
  }

  @pragma('vm:never-inline')
  void relink(Node<K, V> from, Node<K, V> to) {  // covariant parameters: the same test
    from.next = to;
  }
}

// A Tree<int, String> parameter may be a Tree<int, Never> underneath: relink keeps its checks
// (a call on the exact local `t` would skip them: unchecked_calls.cpp).
@pragma('vm:never-inline')
void relinkThrough(Tree<int, String> t, Node<int, String> from, Node<int, String> to) => t.relink(from, to);

@pragma('vm:never-inline')
List<T> pair<T>(T a, T b) => twice<T>(a, b);  // the caller's vector passed on

@pragma('vm:never-inline')
List<T> twice<T>(T a, T b) => <T>[a, b];

void main() {
  final t = Tree<int, String>();
  final a = t.add(1, 'a');
  final b = t.add(2, 'b');
  relinkThrough(t, b, a);
  var n = 0;
  for (var x = t.root; x != null && n < 3; x = x.next) n += x.key;
  print('$n ${pair<int>(1, 2).fold<int>(0, (s, e) => s + e)} ${pair<int>(2, 1)} ${pair<String>('a', 'b')}');
}
