// Lists in fields of generic classes typed with an interface type over the class's own type
// parameters (som's `List<_DictEntry<K, V>?> _buckets` in IdentityDictionary<K, V>): when every
// write of the field gives a list allocated with that type (initializers, writes through `this`),
// a store `_buckets[i] = entry` through `this` with an entry of static type `_Entry<K, V>` skips
// _GrowableList.[]='s covariant check (issue 10, branch deltablue3; exact_list_fields.cpp). Every
// other way keeps the check and must throw where Dart throws: a write through another receiver,
// a list of another type written through `this`, an extension's `this` (whose type arguments may
// be supertypes of the real ones), a store of a value whose static type is only a supertype.
//
// Expectations derived by hand from the Dart specification: a List<E> checks the value of `[]=`
// against its own type argument, a covariant parameter checks its argument on entry, and the
// VM's message for a failed check is "type 'X' is not a subtype of type 'Y' of 'name'" (`value`
// for List's `[]=`), types printed as the VM prints them (`_Entry<int, String>?`).
class _Entry<K, V> {
  final K key;
  V value;
  _Entry<K, V>? next;
  _Entry(this.key, this.value, this.next);
}

// Exact: the initializer and the resize through `this`.
class Dict<K, V> {
  List<_Entry<K, V>?> _buckets;
  int _size = 0;

  Dict() : _buckets = List<_Entry<K, V>?>.filled(2, null);

  void put(K key, V value) {
    final i = key.hashCode & (_buckets.length - 1);
    for (var e = _buckets[i]; e != null; e = e.next) {
      if (e.key == key) {
        e.value = value;
        return;
      }
    }
    _buckets[i] = _Entry<K, V>(key, value, _buckets[i]);
    if (++_size > _buckets.length) _resize();
  }

  void _resize() {
    final old = _buckets;
    _buckets = List<_Entry<K, V>?>.filled(old.length * 2, null);
    for (var i = 0; i < old.length; i++) {
      for (var e = old[i]; e != null; e = e.next) {
        final j = e.key.hashCode & (_buckets.length - 1);
        _buckets[j] = _Entry<K, V>(e.key, e.value, _buckets[j]);
      }
    }
  }

  // A value whose static type is a supertype of the element type: checked.
  void putRaw(int i, Object? entry) => _buckets[i] = entry as _Entry<K, V>?;

  V? at(K key) {
    for (var e = _buckets[key.hashCode & (_buckets.length - 1)]; e != null; e = e.next) {
      if (e.key == key) return e.value;
    }
    return null;
  }

  List<K> get keys => [
        for (final b in _buckets)
          for (var e = b; e != null; e = e.next) e.key
      ];
}

// Inexact: written through another receiver.
class Table<K, V> {
  List<_Entry<K, V>?> rows = List<_Entry<K, V>?>.filled(1, null);
  void put(K k, V v) => rows[0] = _Entry<K, V>(k, v, null);
  void adopt(Table<Object?, Object?> other) => other.rows = rows;
}

// Inexact: a list of a narrower type written through `this`.
class Narrow<K, V> {
  List<_Entry<K, V>?> rows;
  Narrow(List<_Entry<K, V>?> r) : rows = r;
  void put(K k, V v) => rows[0] = _Entry<K, V>(k, v, null);
}

extension on Dict<Object, Object> {
  void storeForeign(int i, _Entry<Object, Object> e) => _buckets[i] = e;
}

String attempt(void Function() f) {
  try {
    f();
    return 'ok';
  } on TypeError catch (e) {
    return 'TypeError: $e';
  }
}

void main() {
  final d = Dict<int, String>();
  for (var i = 0; i < 20; i++) {
    d.put(i * 3, 'v$i');
  }
  d.put(6, 'six');
  print('${d.at(6)} ${d.at(57)} ${d.at(58)} ${(d.keys..sort()).length} ${d._buckets.runtimeType} ${d._buckets.length}');
  print('raw entry: ${attempt(() => d.putRaw(0, _Entry<int, String>(1, 'one', null)))}');
  print('raw wrong: ${attempt(() => d.putRaw(0, _Entry<String, String>('1', 'one', null)))}');
  print('raw null: ${attempt(() => d.putRaw(1, null))}');
  final Dict<Object, Object> widened = Dict<int, String>();
  print('widened put: ${attempt(() => widened.put('k', 'v'))}');
  print('extension store: ${attempt(() => widened.storeForeign(0, _Entry<Object, Object>(1, 'x', null)))}');

  final t = Table<int, String>();
  final u = Table<num, Object>();
  print('table put: ${attempt(() => t.put(1, 'a'))}');
  Table<int, String>().adopt(u);
  print('adopted put int: ${attempt(() => u.put(1, 'a'))}');
  u.rows = List<_Entry<int, String>?>.filled(1, null);
  print('adopted put double: ${attempt(() => u.put(1.5, 'a'))}');

  final n = Narrow<num, Object>(List<_Entry<int, String>?>.filled(1, null));
  print('narrow int: ${attempt(() => n.put(1, 'a'))}');
  print('narrow double: ${attempt(() => n.put(2.5, 'a'))}');
}
