// dart:collection: Queue/ListQueue/DoubleLinkedQueue, SplayTreeMap/SplayTreeSet, LinkedHashMap,
// HashMap/HashSet with one element or used without relying on order, unmodifiable views and
// user collections built on ListBase, MapBase, SetBase and IterableBase.
//
// Expectations derived by hand from the Dart SDK's documentation and sources
// (sdk/lib/collection/queue.dart: queues print as {a, b} like sets; splay_tree.dart: keys in
// comparator order, firstKey/lastKey/lastKeyBefore/firstKeyAfter; maps.dart, list.dart, set.dart:
// the base classes build every member on a few primitives).
import 'dart:collection';

// ListMixin.add grows the list by one (`this[length++] = e`), which puts a null in the backing
// list first: like on the VM, that needs a nullable element type there.
class Ring extends ListBase<int> {
  final List<int?> _items = [];
  int get length => _items.length;
  set length(int n) => _items.length = n;
  int operator [](int i) => _items[i]!;
  void operator []=(int i, int v) => _items[i] = v * 10;
}

class Squares extends MapBase<int, int> {
  final Set<int> _keys = {};
  int? operator [](Object? key) => _keys.contains(key) ? (key as int) * (key as int) : null;
  void operator []=(int key, int value) => _keys.add(key);
  void clear() => _keys.clear();
  Iterable<int> get keys => _keys;
  int? remove(Object? key) {
    var v = this[key];
    _keys.remove(key);
    return v;
  }
}

class Evens extends IterableBase<int> {
  final int limit;
  Evens(this.limit);
  Iterator<int> get iterator => List.generate(limit, (i) => i * 2).iterator;
}

void main() {
  var q = Queue<int>();
  q.add(2);
  q.addFirst(1);
  q.addLast(3);
  q.addAll([4, 5]);
  print(q);
  print('${q.length} ${q.first} ${q.last} ${q.contains(4)} ${q.elementAt(2)}');
  print(q.removeFirst());
  print(q.removeLast());
  print(q);
  q.remove(3);
  print(q.toList());
  for (var i = 0; i < 20; i++) {
    q.addLast(i);
    q.removeFirst();
  }
  print(q);
  q.clear();
  print('$q ${q.isEmpty}');
  try {
    q.removeFirst();
  } catch (e) {
    print(e);
  }
  var lq = ListQueue<String>.from(['a', 'b']);
  lq.addFirst('z');
  print(lq.map((s) => s.toUpperCase()));
  var dq = DoubleLinkedQueue<int>();
  dq.addAll([1, 2, 3]);
  dq.addFirst(0);
  print('$dq ${dq.removeLast()} ${dq.length}');

  var tree = SplayTreeMap<String, int>();
  for (var w in ['pear', 'apple', 'fig', 'banana', 'cherry']) {
    tree[w] = w.length;
  }
  print(tree);
  print('${tree.firstKey()} ${tree.lastKey()} ${tree.lastKeyBefore('cherry')} ${tree.firstKeyAfter('cherry')}');
  print('${tree['fig']} ${tree['kiwi']} ${tree.containsKey('pear')} ${tree.length}');
  tree.remove('apple');
  print(tree.keys);
  print(tree.values);
  var byLength = SplayTreeMap<int, String>((a, b) => b.compareTo(a));
  byLength.addAll({1: 'one', 3: 'three', 2: 'two'});
  print(byLength);
  var ts = SplayTreeSet<int>();
  ts.addAll([5, 1, 4, 1, 3]);
  print(ts);
  print('${ts.first} ${ts.last} ${ts.contains(4)} ${ts.length}');
  ts.remove(4);
  print(ts.toList());
  var big = SplayTreeMap<int, int>();
  for (var i = 0; i < 1000; i++) {
    big[(i * 37) % 1000] = i;
  }
  var sum = 0;
  big.forEach((k, v) => sum += k);
  print('${big.length} ${big.firstKey()} ${big.lastKey()} $sum ${big[37]}');

  var lhs = LinkedHashSet<int>();
  lhs.addAll([3, 1, 2]);
  print(lhs);
  var hs = HashSet<String>();
  hs.add('only');
  print(hs);
  var hm = HashMap<int, int>();
  for (var i = 0; i < 100; i++) {
    hm[i] = i * i;
  }
  print('${hm.length} ${hm[9]} ${hm.containsKey(99)}');

  var view = UnmodifiableListView([1, 2, 3]);
  print(view);
  try {
    view.add(4);
  } catch (e) {
    print(e);
  }
  var mview = UnmodifiableMapView({'a': 1});
  print(mview);
  try {
    mview['b'] = 2;
  } catch (e) {
    print(e);
  }

  var ring = Ring();
  ring.add(1);
  ring.addAll([2, 3]);
  print(ring);
  print('${ring.length} ${ring.first} ${ring.reversed} ${ring.contains(20)}');
  ring.removeAt(0);
  print(ring);
  var sq = Squares();
  sq[3] = 0;
  sq[4] = 0;
  print(sq);
  print('${sq.length} ${sq.containsKey(3)} ${sq.values} ${sq.entries.map((e) => e.value)}');
  print(Evens(4));
  print(Evens(60));
  print(Evens(5).where((e) => e > 2).toList());
}
