// identityHashCode agrees with identical() (issue 9, A9): numbers are identical by value, so two
// separately computed 1.5s (or large ints) have the same identity hash, as on the VM, where a
// double's identity hash is its hashCode (sdk/lib/_internal/vm/lib/double.dart,
// _identityHashCode => hashCode). And the hash collections have the VM's interfaces: a
// LinkedHashMap (map literals, Map(), LinkedHashMap()) is no HashMap, a HashMap no
// LinkedHashMap, and likewise for sets (different classes on the VM: _Map, _HashMap, _Set,
// _HashSet in sdk/lib/_internal/vm/lib/collection_patch.dart and compact_hash.dart). HashMap's
// iteration order is not checked (it differs from the VM's).
//
// Expectations derived by hand from those sources and the dart:core documentation of
// identityHashCode ("compatible with identical").
import 'dart:collection';

double half(int n) => n / 2;

void main() {
  double a = half(3);
  double b = 1.5 + a - a;
  print('${identical(a, b)} ${identityHashCode(a) == identityHashCode(b)} ${identityHashCode(a) == a.hashCode}');
  int big = 1 << 62;
  int big2 = (1 << 61) * 2;
  print('${identical(big, big2)} ${identityHashCode(big) == identityHashCode(big2)}');
  var ids = HashSet<Object>.identity()..add(a)..add(b)..add(big)..add(big2);
  print(ids.length);
  var idMap = Map<Object, String>.identity();
  idMap[a] = 'first';
  idMap[b] = 'second';
  print(idMap);

  var literal = {1: 'one'};
  var lhm = LinkedHashMap<int, int>();
  var hm = HashMap<int, int>();
  print('literal: ${literal is LinkedHashMap} ${literal is HashMap}');
  print('LinkedHashMap: ${lhm is LinkedHashMap} ${lhm is HashMap}');
  print('HashMap: ${hm is HashMap} ${hm is LinkedHashMap} ${hm is Map<int, int>}');
  print('HashMap.identity: ${HashMap<int, int>.identity() is HashMap} ${HashMap<int, int>.identity() is LinkedHashMap}');
  print('Map.identity: ${Map<int, int>.identity() is LinkedHashMap} ${Map<int, int>.identity() is HashMap}');
  var custom = HashMap<String, int>(equals: (x, y) => x.toLowerCase() == y.toLowerCase(), hashCode: (s) => s.toLowerCase().hashCode);
  custom['Key'] = 1;
  custom['KEY'] = 2;
  print('custom HashMap: ${custom is HashMap} ${custom is LinkedHashMap} $custom');
  print('HashMap.from: ${HashMap<int, int>.from({3: 4})} ${HashMap<int, int>.from({3: 4}) is LinkedHashMap}');

  print('set literal: ${{1} is LinkedHashSet} ${{1} is HashSet}');
  var hs = HashSet<int>()..addAll([2, 2, 5]);
  print('HashSet: ${hs is HashSet} ${hs is LinkedHashSet} ${hs.length} ${hs.contains(5)}');
  print('LinkedHashSet: ${LinkedHashSet<int>() is LinkedHashSet} ${LinkedHashSet<int>() is HashSet}');
}
