part of dart.collection;

// SplayTreeMap and SplayTreeSet: self-adjusting binary search trees ordered by a comparator
// (Comparable.compare by default). Every lookup splays the found (or last visited) node to the
// root (top-down splaying); iteration is in order and checks for concurrent modification.

class _SplayNode<K> {
  final K key;
  _SplayNode<K>? left;
  _SplayNode<K>? right;
  _SplayNode(this.key);
}

class _SplayMapNode<K, V> extends _SplayNode<K> {
  V value;
  _SplayMapNode(K key, this.value) : super(key);
}

int _dynamicCompare(dynamic a, dynamic b) => Comparable.compare(a as Comparable, b as Comparable);

// The tree shared by the map and the set.
abstract class _SplayTree<K, Node extends _SplayNode<K>> {
  Node? _root;
  int _count = 0;
  int _modificationCount = 0;
  int _splayCount = 0;

  int Function(K, K) get _compare;
  bool Function(Object?) get _validKey;

  // Splays the node with `key`, or the last node on its search path, to the root; returns the
  // comparison of the root's key with `key` (-1 when the tree is empty).
  int _splay(K key) {
    Node? root = _root;
    if (root == null) return -1;
    _SplayNode<K> dummy = _SplayNode<K>(key);
    _SplayNode<K> left = dummy;
    _SplayNode<K> right = dummy;
    _SplayNode<K> current = root;
    int comp;
    while (true) {
      comp = _compare(current.key, key);
      if (comp > 0) {
        _SplayNode<K>? currentLeft = current.left;
        if (currentLeft == null) break;
        comp = _compare(currentLeft.key, key);
        if (comp > 0) {
          // Rotate right.
          current.left = currentLeft.right;
          currentLeft.right = current;
          current = currentLeft;
          currentLeft = current.left;
          if (currentLeft == null) break;
        }
        // Link right.
        right.left = current;
        right = current;
        current = currentLeft;
      } else if (comp < 0) {
        _SplayNode<K>? currentRight = current.right;
        if (currentRight == null) break;
        comp = _compare(currentRight.key, key);
        if (comp < 0) {
          // Rotate left.
          current.right = currentRight.left;
          currentRight.left = current;
          current = currentRight;
          currentRight = current.right;
          if (currentRight == null) break;
        }
        // Link left.
        left.right = current;
        left = current;
        current = currentRight;
      } else {
        break;
      }
    }
    // Assemble.
    left.right = current.left;
    right.left = current.right;
    current.left = dummy.right;
    current.right = dummy.left;
    _root = current as Node;
    _splayCount++;
    return comp;
  }

  // Splays the leftmost (or rightmost) node of the subtree to its top.
  _SplayNode<K> _splayMin(_SplayNode<K> node) {
    _SplayNode<K> current = node;
    _SplayNode<K>? nextLeft = current.left;
    while (nextLeft != null) {
      _SplayNode<K> left = nextLeft;
      current.left = left.right;
      left.right = current;
      current = left;
      nextLeft = current.left;
    }
    return current;
  }

  _SplayNode<K> _splayMax(_SplayNode<K> node) {
    _SplayNode<K> current = node;
    _SplayNode<K>? nextRight = current.right;
    while (nextRight != null) {
      _SplayNode<K> right = nextRight;
      current.right = right.left;
      right.left = current;
      current = right;
      nextRight = current.right;
    }
    return current;
  }

  Node? _remove(K key) {
    if (_root == null) return null;
    int comp = _splay(key);
    if (comp != 0) return null;
    Node root = _root!;
    Node result = root;
    _count--;
    _SplayNode<K>? left = root.left;
    if (left == null) {
      _root = root.right as Node?;
    } else {
      _SplayNode<K>? right = root.right;
      _SplayNode<K> newRoot = _splayMax(left);
      newRoot.right = right;
      _root = newRoot as Node;
    }
    _modificationCount++;
    return result;
  }

  // Adds `node` as the new root; `comp` is the result of splaying its key.
  void _addNewRoot(Node node, int comp) {
    _count++;
    _modificationCount++;
    Node? root = _root;
    if (root == null) {
      _root = node;
      return;
    }
    if (comp < 0) {
      node.left = root;
      node.right = root.right;
      root.right = null;
    } else {
      node.right = root;
      node.left = root.left;
      root.left = null;
    }
    _root = node;
  }

  Node? get _first {
    Node? root = _root;
    if (root == null) return null;
    _root = _splayMin(root) as Node;
    return _root;
  }

  Node? get _last {
    Node? root = _root;
    if (root == null) return null;
    _root = _splayMax(root) as Node;
    return _root;
  }

  void _clear() {
    _root = null;
    _count = 0;
    _modificationCount++;
  }
}

// In-order iteration over the nodes, with an explicit path of ancestors.
class _SplayTreeIterator<K, Node extends _SplayNode<K>, T> implements Iterator<T> {
  final _SplayTree<K, Node> _tree;
  final List<Node> _path = <Node>[];
  final int _modificationCount;
  int _splayCount;
  final T Function(Node) _project;
  Node? _currentNode;

  _SplayTreeIterator(_SplayTree<K, Node> tree, this._project)
      : _tree = tree,
        _modificationCount = tree._modificationCount,
        _splayCount = tree._splayCount {
    _findLeftMostDescendent(tree._root);
  }

  void _findLeftMostDescendent(Node? node) {
    while (node != null) {
      _path.add(node);
      node = node.left as Node?;
    }
  }

  T get current {
    Node? node = _currentNode;
    if (node == null) return null as T;
    return _project(node);
  }

  // `_path` holds the nodes still to visit whose left subtrees are done, the next one last.
  bool moveNext() {
    if (_modificationCount != _tree._modificationCount) throw ConcurrentModificationError(_tree);
    Node? current = _currentNode;
    if (current != null && _tree._splayCount != _splayCount) {
      // A lookup reshaped the tree: bring the current node to the root and continue from it.
      _tree._splay(current.key);
      _path.clear();
      _findLeftMostDescendent(_tree._root!.right as Node?);
      _splayCount = _tree._splayCount;
    }
    if (_path.isEmpty) {
      _currentNode = null;
      return false;
    }
    Node node = _path.removeLast();
    _currentNode = node;
    _findLeftMostDescendent(node.right as Node?);
    return true;
  }
}

class SplayTreeMap<K, V> extends MapBase<K, V> {
  final _SplayMapTree<K, V> _tree;

  SplayTreeMap([int Function(K key1, K key2)? compare, bool Function(dynamic potentialKey)? isValidKey])
      : _tree = _SplayMapTree<K, V>(compare ?? _dynamicCompare, isValidKey ?? ((dynamic v) => true));

  factory SplayTreeMap.from(Map<dynamic, dynamic> other,
      [int Function(K key1, K key2)? compare, bool Function(dynamic potentialKey)? isValidKey]) {
    SplayTreeMap<K, V> result = SplayTreeMap<K, V>(compare, isValidKey);
    other.forEach((dynamic k, dynamic v) {
      result[k as K] = v as V;
    });
    return result;
  }

  factory SplayTreeMap.of(Map<K, V> other, [int Function(K key1, K key2)? compare, bool Function(dynamic potentialKey)? isValidKey]) =>
      SplayTreeMap<K, V>(compare, isValidKey)..addAll(other);

  factory SplayTreeMap.fromIterable(Iterable iterable,
      {K Function(dynamic element)? key,
      V Function(dynamic element)? value,
      int Function(K key1, K key2)? compare,
      bool Function(dynamic potentialKey)? isValidKey}) {
    SplayTreeMap<K, V> map = SplayTreeMap<K, V>(compare, isValidKey);
    for (dynamic element in iterable) {
      map[key != null ? key(element) : element as K] = value != null ? value(element) : element as V;
    }
    return map;
  }

  factory SplayTreeMap.fromIterables(Iterable<K> keys, Iterable<V> values,
      [int Function(K key1, K key2)? compare, bool Function(dynamic potentialKey)? isValidKey]) {
    SplayTreeMap<K, V> map = SplayTreeMap<K, V>(compare, isValidKey);
    map.addAll(Map<K, V>.fromIterables(keys, values));
    return map;
  }

  V? operator [](Object? key) {
    if (!_tree._validKey(key)) return null;
    if (_tree._root != null) {
      int comp = _tree._splay(key as K);
      if (comp == 0) return _tree._root!.value;
    }
    return null;
  }

  V? remove(Object? key) {
    if (!_tree._validKey(key)) return null;
    _SplayMapNode<K, V>? node = _tree._remove(key as K);
    if (node != null) return node.value;
    return null;
  }

  void operator []=(K key, V value) {
    int comp = _tree._splay(key);
    if (comp == 0) {
      _tree._root!.value = value;
      return;
    }
    _tree._addNewRoot(_SplayMapNode<K, V>(key, value), comp);
  }

  V putIfAbsent(K key, V ifAbsent()) {
    int comp = _tree._splay(key);
    if (comp == 0) return _tree._root!.value;
    int modificationCount = _tree._modificationCount;
    int splayCount = _tree._splayCount;
    V value = ifAbsent();
    if (modificationCount != _tree._modificationCount) throw ConcurrentModificationError(this);
    if (splayCount != _tree._splayCount) comp = _tree._splay(key);
    _tree._addNewRoot(_SplayMapNode<K, V>(key, value), comp);
    return value;
  }

  V update(K key, V update(V value), {V Function()? ifAbsent}) {
    int comp = _tree._splay(key);
    if (comp == 0) {
      int modificationCount = _tree._modificationCount;
      V newValue = update(_tree._root!.value);
      if (modificationCount != _tree._modificationCount) throw ConcurrentModificationError(this);
      _tree._splay(key);
      _tree._root!.value = newValue;
      return newValue;
    }
    if (ifAbsent != null) {
      V value = ifAbsent();
      this[key] = value;
      return value;
    }
    throw ArgumentError.value(key, "key", "Key not in map.");
  }

  void updateAll(V update(K key, V value)) {
    for (K key in keys.toList()) {
      this[key] = update(key, this[key] as V);
    }
  }

  void addAll(Map<K, V> other) {
    other.forEach((K key, V value) {
      this[key] = value;
    });
  }

  bool get isEmpty => _tree._root == null;
  bool get isNotEmpty => !isEmpty;
  int get length => _tree._count;

  void forEach(void f(K key, V value)) {
    Iterator<_SplayMapNode<K, V>> nodes =
        _SplayTreeIterator<K, _SplayMapNode<K, V>, _SplayMapNode<K, V>>(_tree, (_SplayMapNode<K, V> n) => n);
    while (nodes.moveNext()) {
      _SplayMapNode<K, V> node = nodes.current;
      f(node.key, node.value);
    }
  }

  void clear() {
    _tree._clear();
  }

  bool containsKey(Object? key) => _tree._validKey(key) && _tree._splay(key as K) == 0;

  bool containsValue(Object? value) {
    for (V v in values) {
      if (v == value) return true;
    }
    return false;
  }

  Iterable<K> get keys => _SplayTreeIterable<K, _SplayMapNode<K, V>, K>(_tree, (_SplayMapNode<K, V> n) => n.key);
  Iterable<V> get values => _SplayTreeIterable<K, _SplayMapNode<K, V>, V>(_tree, (_SplayMapNode<K, V> n) => n.value);
  Iterable<MapEntry<K, V>> get entries => _SplayTreeIterable<K, _SplayMapNode<K, V>, MapEntry<K, V>>(
      _tree, (_SplayMapNode<K, V> n) => MapEntry<K, V>(n.key, n.value));

  K? firstKey() => _tree._first?.key;
  K? lastKey() => _tree._last?.key;

  K? lastKeyBefore(K key) {
    if (_tree._root == null) return null;
    int comp = _tree._splay(key);
    if (comp < 0) return _tree._root!.key;
    _SplayNode<K>? node = _tree._root!.left;
    if (node == null) return null;
    _SplayNode<K>? nodeRight = node.right;
    while (nodeRight != null) {
      node = nodeRight;
      nodeRight = node.right;
    }
    return node!.key;
  }

  K? firstKeyAfter(K key) {
    if (_tree._root == null) return null;
    int comp = _tree._splay(key);
    if (comp > 0) return _tree._root!.key;
    _SplayNode<K>? node = _tree._root!.right;
    if (node == null) return null;
    _SplayNode<K>? nodeLeft = node.left;
    while (nodeLeft != null) {
      node = nodeLeft;
      nodeLeft = node.left;
    }
    return node!.key;
  }
}

class _SplayMapTree<K, V> extends _SplayTree<K, _SplayMapNode<K, V>> {
  final int Function(K, K) _compare;
  final bool Function(Object?) _validKey;
  _SplayMapTree(this._compare, this._validKey);
}

class _SplayTreeIterable<K, Node extends _SplayNode<K>, T> extends EfficientLengthIterable<T> {
  final _SplayTree<K, Node> _tree;
  final T Function(Node) _project;
  _SplayTreeIterable(this._tree, this._project);

  int get length => _tree._count;
  bool get isEmpty => _tree._count == 0;
  Iterator<T> get iterator => _SplayTreeIterator<K, Node, T>(_tree, _project);
}

class SplayTreeSet<E> extends _SplayTreeSetBase<E> {
  SplayTreeSet([int Function(E key1, E key2)? compare, bool Function(dynamic potentialKey)? isValidKey])
      : super(compare ?? _dynamicCompare, isValidKey ?? ((dynamic v) => true));

  factory SplayTreeSet.from(Iterable elements, [int Function(E key1, E key2)? compare, bool Function(dynamic potentialKey)? isValidKey]) {
    SplayTreeSet<E> result = SplayTreeSet<E>(compare, isValidKey);
    for (dynamic element in elements) {
      result.add(element as E);
    }
    return result;
  }

  factory SplayTreeSet.of(Iterable<E> elements, [int Function(E key1, E key2)? compare, bool Function(dynamic potentialKey)? isValidKey]) =>
      SplayTreeSet<E>(compare, isValidKey)..addAll(elements);
}

class _SplaySetTree<E> extends _SplayTree<E, _SplayNode<E>> {
  final int Function(E, E) _compare;
  final bool Function(Object?) _validKey;
  _SplaySetTree(this._compare, this._validKey);
}

abstract class _SplayTreeSetBase<E> extends SetBase<E> {
  final _SplaySetTree<E> _tree;

  _SplayTreeSetBase(int Function(E, E) compare, bool Function(Object?) validKey) : _tree = _SplaySetTree<E>(compare, validKey);

  Iterator<E> get iterator => _SplayTreeIterator<E, _SplayNode<E>, E>(_tree, (_SplayNode<E> n) => n.key);

  int get length => _tree._count;
  bool get isEmpty => _tree._root == null;
  bool get isNotEmpty => _tree._root != null;

  E get first {
    if (_tree._count == 0) throw IterableElementError.noElement();
    return _tree._first!.key;
  }

  E get last {
    if (_tree._count == 0) throw IterableElementError.noElement();
    return _tree._last!.key;
  }

  bool contains(Object? element) => _tree._validKey(element) && _tree._splay(element as E) == 0;

  bool add(E element) {
    int compare = _tree._splay(element);
    if (compare == 0) return false;
    _tree._addNewRoot(_SplayNode<E>(element), compare);
    return true;
  }

  bool remove(Object? object) {
    if (!_tree._validKey(object)) return false;
    return _tree._remove(object as E) != null;
  }

  void addAll(Iterable<E> elements) {
    for (E element in elements) {
      add(element);
    }
  }

  void removeAll(Iterable<Object?> elements) {
    for (Object? element in elements) {
      remove(element);
    }
  }

  E? lookup(Object? object) {
    if (!_tree._validKey(object)) return null;
    int comp = _tree._splay(object as E);
    if (comp != 0) return null;
    return _tree._root!.key;
  }

  void clear() {
    _tree._clear();
  }

  Set<E> toSet() {
    SplayTreeSet<E> set = SplayTreeSet<E>(_tree._compare, _tree._validKey);
    set.addAll(this);
    return set;
  }

  String toString() => Iterable.iterableToFullString(this, "{", "}");
}
