// Maps: Map() / literals are insertion-ordered (LinkedHashMap), with the members of Map.
//
// Expectations derived by hand from the Dart SDK's documentation and sources (sdk/lib/core/
// map.dart, sdk/lib/collection/maps.dart MapBase.mapToString, sdk/lib/_internal/vm/lib/
// compact_hash.dart): toString is '{k: v, ...}' in insertion order ('{...}' for a map reached
// again while printing), re-assigning an existing key keeps its position, a removed and
// re-added key goes to the end, keys/values/entries are lazy iterables printed as (..),
// MapEntry prints 'MapEntry(k: v)', update without ifAbsent on a missing key throws
// ArgumentError.value(key, "key", "Key not in map."), and adding or removing keys while
// iterating throws ConcurrentModificationError at the next step (replacing values does not).
import 'dart:collection';

class Key {
  final int id;
  Key(this.id);
  bool operator ==(Object other) => other is Key && other.id % 10 == id % 10;
  int get hashCode => id % 10;
  String toString() => 'Key($id)';
}

void main() {
  var m = <String, int>{'one': 1, 'two': 2, 'three': 3};
  print(m);
  print('${m.length} ${m.isEmpty} ${m.isNotEmpty}');
  print('${m['two']} ${m['four']}');
  print('${m.containsKey('one')} ${m.containsKey('x')} ${m.containsValue(3)} ${m.containsValue(9)}');
  m['one'] = 11;
  print(m);
  print(m.remove('one'));
  print(m.remove('zzz'));
  m['one'] = 1;
  print(m);
  print(m.keys);
  print(m.values);
  print(m.entries);
  print(m.keys.toList());
  print(m.putIfAbsent('two', () => 99));
  print(m.putIfAbsent('four', () => 4));
  print(m.update('four', (v) => v * 10));
  print(m.update('five', (v) => v, ifAbsent: () => 5));
  try {
    m.update('six', (v) => v);
  } catch (e) {
    print(e);
  }
  m.updateAll((k, v) => v + k.length);
  print(m);
  m.removeWhere((k, v) => v > 40);
  print(m);
  m.addAll({'a': 0, 'two': 22});
  print(m);
  m.addEntries([MapEntry('b', 1)]);
  print(m);
  print(m.map((k, v) => MapEntry(v, k)));
  var out = <String>[];
  m.forEach((k, v) => out.add('$k$v'));
  print(out);
  m.clear();
  print('$m ${m.length}');

  // Constructors.
  print(Map<int, String>.fromIterables([1, 2], ['a', 'b']));
  print(Map.fromIterable([1, 2, 3], key: (e) => e, value: (e) => e * e));
  print(Map<String, int>.fromEntries([MapEntry('x', 1), MapEntry('y', 2)]));
  print(Map<String, int>.of({'q': 1}));
  print(Map<String, int>.from({'r': 2}));
  var un = Map<String, int>.unmodifiable({'u': 1});
  try {
    un['v'] = 2;
  } catch (e) {
    print(e);
  }
  var lhm = LinkedHashMap<int, int>();
  lhm[3] = 1;
  lhm[1] = 2;
  print(lhm);
  print(lhm is Map);
  var hm = HashMap<String, int>();
  hm['only'] = 1;
  print(hm);

  // Custom keys (== and hashCode), null keys and values, nested and self-referencing maps.
  var k = <Key, String>{};
  k[Key(1)] = 'a';
  k[Key(11)] = 'b';
  k[Key(2)] = 'c';
  print(k);
  print(k[Key(21)]);
  var n = <String?, int?>{null: null, 'x': null};
  print(n);
  print(n.containsKey(null));
  var nested = {
    'list': [1, 2],
    'map': {'inner': true}
  };
  print(nested);
  var self = <String, Object>{};
  self['me'] = self;
  print(self);
  var ids = Map<Object, int>.identity();
  var s1 = 'x';
  ids[s1] = 1;
  ids[1] = 2;
  print(ids.length);

  // Many entries: growth and removal keep insertion order.
  var big = <int, int>{};
  for (var i = 0; i < 1000; i++) {
    big[i * 31 % 1000] = i;
  }
  for (var i = 0; i < 1000; i += 3) {
    big.remove(i);
  }
  var keys = big.keys.toList();
  print('${big.length} ${keys.take(5)} ${big[1]} ${big[3]} ${keys.last}');
  var sum = 0;
  for (var e in big.entries) {
    sum += e.key * e.value;
  }
  print(sum);

  // Concurrent modification (the VM's message names the map's runtime type with its type
  // arguments, which dartc does not reify yet, so only the error's type is printed).
  var cm = {1: 1, 2: 2, 3: 3};
  try {
    for (var key in cm.keys) {
      if (key == 1) cm[4] = 4;
    }
  } catch (e) {
    print(e is ConcurrentModificationError);
  }
  try {
    cm.forEach((key, value) {
      if (key == 2) cm.remove(3);
    });
  } catch (e) {
    print(e is ConcurrentModificationError);
  }
  for (var key in cm.keys) {
    cm[key] = cm[key]! + 100;
  }
  print(cm);
  print(MapEntry(1, 'one'));
}
