part of dart.core;

// The hash maps and sets behind Map(), Set(), map and set literals, LinkedHashMap and
// LinkedHashSet (insertion-ordered, like the VM's compact hash tables):
//
//  * `_data` holds the entries in insertion order: key and value for maps (2 slots per entry),
//    the element for sets (1 slot). A removed entry keeps its slots, its key replaced by
//    `_deletedKey`, until the next rehash compacts the array.
//  * `_index` is an open-addressing table (linear probing, a power of two, at least twice the
//    entry capacity so it is never more than half full) of `tag << 31 | entry number`, null for
//    a free slot. The tag is 30 bits of the key's hashCode: probes compare tags before calling
//    `==`, and rehashing reuses them instead of calling hashCode again.
//  * Iterators remember `_data` and `_usedData + _deleted`; an insertion or removal changes one
//    of them, which the next moveNext reports as a ConcurrentModificationError (replacing the
//    value of an existing key does not), as on the VM.

final class _DeletedKey {
  const _DeletedKey();
}

const _DeletedKey _deletedKey = _DeletedKey();

// Shared by all empty tables (nothing is ever stored in an empty array).
final _List<Object?> _emptyData = _List<Object?>(0);
final _List<int?> _emptyIndex = _List<int?>(0);

const int _tagMask = 0x3FFFFFFF;

// 30 bits of a hash code, with the higher bits folded in (int keys hash to themselves).
int _tagFor(int hash) => (hash ^ (hash >> 30)) & _tagMask;
const int _entryMask = 0x7FFFFFFF;
const int _tagShift = 31;

// The index slot where probing for `tag` starts: the tag's low 6 bits are an offset from a base
// chosen by Fibonacci hashing of the rest (the top bits of a 64-bit product; `shift` is 64 -
// log2(index size)). Keys that differ in their low bits (consecutive ints) land next to each
// other, which keeps lookups of nearby keys in the same cache lines, and the multiplication
// scatters keys that differ in higher bits (multiples of a power of two, packed coordinates),
// which would otherwise collide with masking alone.
int _firstSlot(int tag, int shift, int mask) => (((tag >> 6) * 0x9E3779B97F4A7C15 >>> shift) + (tag & 63)) & mask;

// A hash table's index rebuilt with fresh tags, after a message copy (dart:isolate) moved its
// keys: identity hash codes are addresses. Entry n's key is data[n * stride] (maps keep key and
// value side by side, sets only the element). Shared by _HashTableMap and _HashTableSet.
_List<int?> _reindexAfterCopy(
    _List<Object?> data, int used, int stride, int indexLength, int shift, int Function(Object?) hashOf) {
  _List<int?> index = _List<int?>(indexLength);
  int mask = indexLength - 1;
  for (int i = 0; i < used; i += stride) {
    Object? key = data[i];
    if (identical(key, _deletedKey)) continue;
    int tag = _tagFor(hashOf(key));
    int slot = _firstSlot(tag, shift, mask);
    while (index[slot] != null) {
      slot = (slot + 1) & mask;
    }
    index[slot] = (tag << _tagShift) | (i ~/ stride);
  }
  return index;
}

// 64 - log2(size) for a power-of-two size.
int _shiftFor(int size) {
  int shift = 64;
  while (size > 1) {
    size >>= 1;
    shift--;
  }
  return shift;
}

// The key equality and hash of LinkedHashMap(equals: ...) and its kin when one of the two is given.
bool _defaultEquals(Object? a, Object? b) => a == b;
int _defaultHashCode(Object? a) => a.hashCode;

// --- Maps -----------------------------------------------------------------------------------------

// The insertion-ordered hash table behind every hash map. The classes that extend it only say
// which interface a map has, as on the VM, where a LinkedHashMap is no HashMap and a HashMap no
// LinkedHashMap: _LinkedHashMap (map literals, Map(), LinkedHashMap()) and _HashMap (HashMap()),
// each with identity and custom-equality variants (the _IdentityKeysMap and _CustomKeysMap
// mixins).
abstract class _HashTableMap<K, V> extends MapBase<K, V> {
  _List<Object?> _data = _emptyData;
  _List<int?> _index = _emptyIndex;
  int _usedData = 0;
  int _deleted = 0;
  int _shift = 64;

  _HashTableMap();

  // Key hashing and equality: the defaults; the identity and custom maps override them.
  int _hashOf(Object? key) {
    if (key is int) return key; // == key.hashCode, without the dynamic dispatch
    if (key is String) return key.hashCode;
    return key.hashCode;
  }

  // `key == stored`, the looked-up key's == first, as on the VM.
  bool _equal(Object? stored, Object? key) => key == stored;
  bool _validKey(Object? key) => true;

  int get length => (_usedData >> 1) - _deleted;
  bool get isEmpty => length == 0;
  bool get isNotEmpty => length != 0;

  // The entry number of `key`, or -1.
  int _find(Object? key) {
    if (_usedData == 0) return -1;
    int tag = _tagFor(_hashOf(key));
    _List<int?> index = _index;
    _List<Object?> data = _data;
    int mask = index.length - 1;
    int slot = _firstSlot(tag, _shift, mask);
    while (true) {
      int? e = index[slot];
      if (e == null) return -1;
      if ((e >> _tagShift) == tag) {
        int n = e & _entryMask;
        Object? stored = data[2 * n];
        if (identical(stored, key)) return n;
        if (!identical(stored, _deletedKey) && _equal(stored, key)) return n;
      }
      slot = (slot + 1) & mask;
    }
  }

  V? operator [](Object? key) {
    int n = _find(key);
    if (n < 0) return null;
    return unsafeCast<V>(_data[2 * n + 1]);
  }

  bool containsKey(Object? key) => _find(key) >= 0;

  bool containsValue(Object? value) {
    _List<Object?> data = _data;
    int used = _usedData;
    for (int i = 0; i < used; i += 2) {
      if (!identical(data[i], _deletedKey) && data[i + 1] == value) return true;
    }
    return false;
  }

  void operator []=(K key, V value) {
    int tag = _tagFor(_hashOf(key));
    if (_usedData != 0) {
      _List<int?> index = _index;
      _List<Object?> data = _data;
      int mask = index.length - 1;
      int slot = _firstSlot(tag, _shift, mask);
      while (true) {
        int? e = index[slot];
        if (e == null) break;
        if ((e >> _tagShift) == tag) {
          int n = e & _entryMask;
          Object? stored = data[2 * n];
          if (identical(stored, key) || (!identical(stored, _deletedKey) && _equal(stored, key))) {
            data[2 * n + 1] = value;
            return;
          }
        }
        slot = (slot + 1) & mask;
      }
    }
    _insert(tag, key, value);
  }

  // Appends a new entry (the key is known to be absent).
  void _insert(int tag, Object? key, Object? value) {
    if (_usedData == _data.length) _grow();
    int n = _usedData >> 1;
    _data[_usedData] = key;
    _data[_usedData + 1] = value;
    _usedData += 2;
    _List<int?> index = _index;
    int mask = index.length - 1;
    int slot = _firstSlot(tag, _shift, mask);
    while (index[slot] != null) {
      slot = (slot + 1) & mask;
    }
    index[slot] = (tag << _tagShift) | n;
  }

  // Rehashes into arrays with room for at least one more entry, dropping removed entries.
  void _grow() {
    int capacity = _data.length >> 1;
    int live = (_usedData >> 1) - _deleted;
    int newCapacity = capacity < 4 ? 4 : capacity;
    while (live * 2 > newCapacity || live >= newCapacity) {
      newCapacity *= 2;
    }
    _rehash(newCapacity);
  }

  void _rehash(int capacity) {
    _List<Object?> oldData = _data;
    _List<int?> oldIndex = _index;
    int oldUsed = _usedData;
    _List<Object?> data = _List<Object?>(2 * capacity);
    _List<int?> index = _List<int?>(2 * capacity);
    // New entry numbers when removed entries are dropped.
    _List<int>? renumber = _deleted == 0 ? null : _List<int>(oldUsed >> 1);
    int j = 0;
    for (int i = 0; i < oldUsed; i += 2) {
      Object? key = oldData[i];
      if (identical(key, _deletedKey)) {
        if (renumber != null) renumber[i >> 1] = -1;
        continue;
      }
      if (renumber != null) renumber[i >> 1] = j >> 1;
      data[j] = key;
      data[j + 1] = oldData[i + 1];
      j += 2;
    }
    int mask = index.length - 1;
    int shift = _shiftFor(index.length);
    for (int s = 0; s < oldIndex.length; s++) {
      int? e = oldIndex[s];
      if (e == null) continue;
      int n = e & _entryMask;
      if (renumber != null) {
        n = renumber[n];
        if (n < 0) continue;
      }
      int tag = e >> _tagShift;
      int slot = _firstSlot(tag, shift, mask);
      while (index[slot] != null) {
        slot = (slot + 1) & mask;
      }
      index[slot] = (tag << _tagShift) | n;
    }
    _data = data;
    _index = index;
    _shift = shift;
    _usedData = j;
    _deleted = 0;
  }

  // Recomputes every entry's tag in place of the copied ones: a message copy (dart:isolate) moves
  // the keys, and identity hash codes are addresses.
  void _rehashAfterCopy() {
    if (_usedData != 0) _index = _reindexAfterCopy(_data, _usedData, 2, _index.length, _shift, _hashOf);
  }

  V putIfAbsent(K key, V ifAbsent()) {
    int n = _find(key);
    if (n >= 0) return unsafeCast<V>(_data[2 * n + 1]);
    V value = ifAbsent();
    this[key] = value;
    return value;
  }

  V update(K key, V update(V value), {V Function()? ifAbsent}) {
    int n = _find(key);
    if (n >= 0) {
      V newValue = update(unsafeCast<V>(_data[2 * n + 1]));
      this[key] = newValue;
      return newValue;
    }
    if (ifAbsent != null) {
      V value = ifAbsent();
      this[key] = value;
      return value;
    }
    throw ArgumentError.value(key, "key", "Key not in map.");
  }

  V? remove(Object? key) {
    int n = _find(key);
    if (n < 0) return null;
    V value = unsafeCast<V>(_data[2 * n + 1]);
    _data[2 * n] = _deletedKey;
    _data[2 * n + 1] = null;
    _deleted++;
    if (_deleted == _usedData >> 1) _reset();
    return value;
  }

  void _reset() {
    _data = _emptyData;
    _index = _emptyIndex;
    _shift = 64;
    _usedData = 0;
    _deleted = 0;
  }

  void clear() {
    if (_usedData != 0) _reset();
  }

  void addAll(Map<K, V> other) {
    if (other is _HashTableMap) {
      _HashTableMap<K, V> map = unsafeCast<_HashTableMap<K, V>>(other);
      _List<Object?> data = map._data;
      int used = map._usedData;
      for (int i = 0; i < used; i += 2) {
        Object? key = data[i];
        if (identical(key, _deletedKey)) continue;
        this[unsafeCast<K>(key)] = unsafeCast<V>(data[i + 1]);
      }
      return;
    }
    other.forEach((K key, V value) {
      this[key] = value;
    });
  }

  void forEach(void action(K key, V value)) {
    _List<Object?> data = _data;
    int checkSum = _usedData + _deleted;
    int used = _usedData;
    for (int i = 0; i < used; i += 2) {
      Object? key = data[i];
      if (identical(key, _deletedKey)) continue;
      action(unsafeCast<K>(key), unsafeCast<V>(data[i + 1]));
      if (!identical(data, _data) || checkSum != _usedData + _deleted) {
        throw ConcurrentModificationError(this);
      }
    }
  }

  void removeWhere(bool test(K key, V value)) {
    _List<Object?> data = _data;
    int used = _usedData;
    for (int i = 0; i < used; i += 2) {
      Object? key = data[i];
      if (identical(key, _deletedKey)) continue;
      bool remove = test(unsafeCast<K>(key), unsafeCast<V>(data[i + 1]));
      if (!identical(data, _data) || used != _usedData) throw ConcurrentModificationError(this);
      if (remove) {
        data[i] = _deletedKey;
        data[i + 1] = null;
        _deleted++;
      }
    }
    if (_deleted == _usedData >> 1) _reset();
  }

  void updateAll(V update(K key, V value)) {
    _List<Object?> data = _data;
    int checkSum = _usedData + _deleted;
    int used = _usedData;
    for (int i = 0; i < used; i += 2) {
      Object? key = data[i];
      if (identical(key, _deletedKey)) continue;
      V value = update(unsafeCast<K>(key), unsafeCast<V>(data[i + 1]));
      if (!identical(data, _data) || checkSum != _usedData + _deleted) {
        throw ConcurrentModificationError(this);
      }
      data[i + 1] = value;
    }
  }

  bool _isModifiedSince(_List<Object?> data, int checkSum) =>
      !identical(_data, data) || checkSum != _usedData + _deleted;

  Iterable<K> get keys => _HashMapKeyIterable<K>(this);
  Iterable<V> get values => _HashMapValueIterable<V>(this);
  Iterable<MapEntry<K, V>> get entries => _HashMapEntryIterable<K, V>(this);

  String toString() => mapToString(this);
}

class _LinkedHashMap<K, V> extends _HashTableMap<K, V> implements LinkedHashMap<K, V> {
  _LinkedHashMap();
}

class _HashMap<K, V> extends _HashTableMap<K, V> implements HashMap<K, V> {
  _HashMap();
}

// Keys compared with identical(): Map.identity(), LinkedHashMap.identity(), HashMap.identity().
mixin _IdentityKeysMap<K, V> on _HashTableMap<K, V> {
  int _hashOf(Object? key) => identityHashCode(key);
  bool _equal(Object? stored, Object? key) => identical(stored, key);
}

class _IdentityLinkedHashMap<K, V> extends _LinkedHashMap<K, V> with _IdentityKeysMap<K, V> {
  _IdentityLinkedHashMap();
}

class _IdentityHashMap<K, V> extends _HashMap<K, V> with _IdentityKeysMap<K, V> {
  _IdentityHashMap();
}

// LinkedHashMap(equals: ..., hashCode: ..., isValidKey: ...) and the same of HashMap.
mixin _CustomKeysMap<K, V> on _HashTableMap<K, V> {
  bool Function(K, K) get _equals;
  int Function(K) get _hashCode;
  bool Function(Object?)? get _isValidKey;

  bool _validKey(Object? key) {
    bool Function(Object?)? valid = _isValidKey;
    if (valid != null) return valid(key);
    return true; // `key is K` once type arguments are reified
  }

  int _hashOf(Object? key) => _hashCode(unsafeCast<K>(key));
  bool _equal(Object? stored, Object? key) => _equals(unsafeCast<K>(key), unsafeCast<K>(stored));

  V? operator [](Object? key) => _validKey(key) ? super[key] : null;
  bool containsKey(Object? key) => _validKey(key) && super.containsKey(key);
  V? remove(Object? key) => _validKey(key) ? super.remove(key) : null;
}

class _CustomLinkedHashMap<K, V> extends _LinkedHashMap<K, V> with _CustomKeysMap<K, V> {
  final bool Function(K, K) _equals;
  final int Function(K) _hashCode;
  final bool Function(Object?)? _isValidKey;

  _CustomLinkedHashMap(this._equals, this._hashCode, this._isValidKey);
}

class _CustomHashMap<K, V> extends _HashMap<K, V> with _CustomKeysMap<K, V> {
  final bool Function(K, K) _equals;
  final int Function(K) _hashCode;
  final bool Function(Object?)? _isValidKey;

  _CustomHashMap(this._equals, this._hashCode, this._isValidKey);
}

// Iteration over a map's entries: `_offset` is the slot within an entry (0 key, 1 value).
class _HashMapIterator<E> implements Iterator<E> {
  final _HashTableMap _map;
  final _List<Object?> _data;
  final int _checkSum;
  final int _used;
  final int _slot;
  int _i = -2;
  E? _current;

  _HashMapIterator(_HashTableMap map, this._slot)
      : _map = map,
        _data = map._data,
        _checkSum = map._usedData + map._deleted,
        _used = map._usedData;

  bool moveNext() {
    if (_map._isModifiedSince(_data, _checkSum)) throw ConcurrentModificationError(_map);
    int i = _i;
    do {
      i += 2;
    } while (i < _used && identical(_data[i], _deletedKey));
    _i = i;
    if (i < _used) {
      _current = unsafeCast<E>(_data[i + _slot]);
      return true;
    }
    _current = null;
    return false;
  }

  E get current => unsafeCast<E>(_current);
}

class _HashMapEntryIterator<K, V> implements Iterator<MapEntry<K, V>> {
  final _HashTableMap<K, V> _map;
  final _List<Object?> _data;
  final int _checkSum;
  final int _used;
  int _i = -2;
  MapEntry<K, V>? _current;

  _HashMapEntryIterator(_HashTableMap<K, V> map)
      : _map = map,
        _data = map._data,
        _checkSum = map._usedData + map._deleted,
        _used = map._usedData;

  bool moveNext() {
    if (_map._isModifiedSince(_data, _checkSum)) throw ConcurrentModificationError(_map);
    int i = _i;
    do {
      i += 2;
    } while (i < _used && identical(_data[i], _deletedKey));
    _i = i;
    if (i < _used) {
      _current = MapEntry<K, V>(unsafeCast<K>(_data[i]), unsafeCast<V>(_data[i + 1]));
      return true;
    }
    _current = null;
    return false;
  }

  MapEntry<K, V> get current => unsafeCast<MapEntry<K, V>>(_current);
}

class _HashMapKeyIterable<K> extends EfficientLengthIterable<K> {
  final _HashTableMap<K, Object?> _map;
  _HashMapKeyIterable(this._map);

  Iterator<K> get iterator => _HashMapIterator<K>(_map, 0);
  int get length => _map.length;
  bool get isEmpty => _map.isEmpty;
  bool get isNotEmpty => _map.isNotEmpty;
  bool contains(Object? element) => _map.containsKey(element);

  void forEach(void action(K element)) {
    _map.forEach((K key, Object? value) {
      action(key);
    });
  }

  Set<K> toSet() {
    _HashTableSet<K> result = _map is _IdentityKeysMap ? _IdentityLinkedHashSet<K>() : _LinkedHashSet<K>();
    result.addAll(this);
    return result;
  }
}

class _HashMapValueIterable<V> extends EfficientLengthIterable<V> {
  final _HashTableMap<Object?, V> _map;
  _HashMapValueIterable(this._map);

  Iterator<V> get iterator => _HashMapIterator<V>(_map, 1);
  int get length => _map.length;
  bool get isEmpty => _map.isEmpty;
  bool get isNotEmpty => _map.isNotEmpty;
  bool contains(Object? element) => _map.containsValue(element);

  void forEach(void action(V element)) {
    _map.forEach((Object? key, V value) {
      action(value);
    });
  }
}

class _HashMapEntryIterable<K, V> extends EfficientLengthIterable<MapEntry<K, V>> {
  final _HashTableMap<K, V> _map;
  _HashMapEntryIterable(this._map);

  Iterator<MapEntry<K, V>> get iterator => _HashMapEntryIterator<K, V>(_map);
  int get length => _map.length;
  bool get isEmpty => _map.isEmpty;
  bool get isNotEmpty => _map.isNotEmpty;
}

// --- Sets -----------------------------------------------------------------------------------------

// The insertion-ordered hash table behind every hash set; like _HashTableMap, the classes that
// extend it say whether a set is a LinkedHashSet or a HashSet.
abstract class _HashTableSet<E> extends SetBase<E> {
  _List<Object?> _data = _emptyData;
  _List<int?> _index = _emptyIndex;
  int _usedData = 0;
  int _deleted = 0;
  int _shift = 64;

  _HashTableSet();

  int _hashOf(Object? key) {
    if (key is int) return key; // == key.hashCode, without the dynamic dispatch
    if (key is String) return key.hashCode;
    return key.hashCode;
  }

  // `key == stored`, the looked-up key's == first, as on the VM.
  bool _equal(Object? stored, Object? key) => key == stored;
  bool _validKey(Object? key) => true;

  // A new empty set of the same kind (same equality), for toSet/union/intersection/difference.
  _HashTableSet<E> _newSimilarSet();

  int get length => _usedData - _deleted;
  bool get isEmpty => length == 0;
  bool get isNotEmpty => length != 0;

  int _find(Object? key) {
    if (_usedData == 0) return -1;
    int tag = _tagFor(_hashOf(key));
    _List<int?> index = _index;
    _List<Object?> data = _data;
    int mask = index.length - 1;
    int slot = _firstSlot(tag, _shift, mask);
    while (true) {
      int? e = index[slot];
      if (e == null) return -1;
      if ((e >> _tagShift) == tag) {
        int n = e & _entryMask;
        Object? stored = data[n];
        if (identical(stored, key)) return n;
        if (!identical(stored, _deletedKey) && _equal(stored, key)) return n;
      }
      slot = (slot + 1) & mask;
    }
  }

  bool contains(Object? element) => _find(element) >= 0;

  E? lookup(Object? element) {
    int n = _find(element);
    if (n < 0) return null;
    return unsafeCast<E>(_data[n]);
  }

  // `key`, as the VM names it (_LinkedHashSetMixin.add in compact_hash.dart): it shows in the
  // TypeError of a failed covariant check.
  bool add(E key) {
    int tag = _tagFor(_hashOf(key));
    if (_usedData != 0) {
      _List<int?> index = _index;
      _List<Object?> data = _data;
      int mask = index.length - 1;
      int slot = _firstSlot(tag, _shift, mask);
      while (true) {
        int? e = index[slot];
        if (e == null) break;
        if ((e >> _tagShift) == tag) {
          Object? stored = data[e & _entryMask];
          if (identical(stored, key) || (!identical(stored, _deletedKey) && _equal(stored, key))) {
            return false;
          }
        }
        slot = (slot + 1) & mask;
      }
    }
    _insert(tag, key);
    return true;
  }

  void _insert(int tag, Object? element) {
    if (_usedData == _data.length) _grow();
    int n = _usedData;
    _data[n] = element;
    _usedData = n + 1;
    _List<int?> index = _index;
    int mask = index.length - 1;
    int slot = _firstSlot(tag, _shift, mask);
    while (index[slot] != null) {
      slot = (slot + 1) & mask;
    }
    index[slot] = (tag << _tagShift) | n;
  }

  void _grow() {
    int capacity = _data.length;
    int live = _usedData - _deleted;
    int newCapacity = capacity < 4 ? 4 : capacity;
    while (live * 2 > newCapacity || live >= newCapacity) {
      newCapacity *= 2;
    }
    _rehash(newCapacity);
  }

  // As _HashTableMap._rehashAfterCopy.
  void _rehashAfterCopy() {
    if (_usedData != 0) _index = _reindexAfterCopy(_data, _usedData, 1, _index.length, _shift, _hashOf);
  }

  void _rehash(int capacity) {
    _List<Object?> oldData = _data;
    _List<int?> oldIndex = _index;
    int oldUsed = _usedData;
    _List<Object?> data = _List<Object?>(capacity);
    _List<int?> index = _List<int?>(2 * capacity);
    _List<int>? renumber = _deleted == 0 ? null : _List<int>(oldUsed);
    int j = 0;
    for (int i = 0; i < oldUsed; i++) {
      Object? key = oldData[i];
      if (identical(key, _deletedKey)) {
        if (renumber != null) renumber[i] = -1;
        continue;
      }
      if (renumber != null) renumber[i] = j;
      data[j] = key;
      j++;
    }
    int mask = index.length - 1;
    int shift = _shiftFor(index.length);
    for (int s = 0; s < oldIndex.length; s++) {
      int? e = oldIndex[s];
      if (e == null) continue;
      int n = e & _entryMask;
      if (renumber != null) {
        n = renumber[n];
        if (n < 0) continue;
      }
      int tag = e >> _tagShift;
      int slot = _firstSlot(tag, shift, mask);
      while (index[slot] != null) {
        slot = (slot + 1) & mask;
      }
      index[slot] = (tag << _tagShift) | n;
    }
    _data = data;
    _index = index;
    _shift = shift;
    _usedData = j;
    _deleted = 0;
  }

  bool remove(Object? element) {
    int n = _find(element);
    if (n < 0) return false;
    _data[n] = _deletedKey;
    _deleted++;
    if (_deleted == _usedData) _reset();
    return true;
  }

  void _reset() {
    _data = _emptyData;
    _index = _emptyIndex;
    _shift = 64;
    _usedData = 0;
    _deleted = 0;
  }

  void clear() {
    if (_usedData != 0) _reset();
  }

  void addAll(Iterable<E> elements) {
    if (elements is _GrowableList) {
      _GrowableList<E> list = unsafeCast<_GrowableList<E>>(elements);
      int length = list._length;
      for (int i = 0; i < length; i++) {
        add(unsafeCast<E>(list._data[i]));
      }
      return;
    }
    for (E element in elements) {
      add(element);
    }
  }

  void forEach(void action(E element)) {
    _List<Object?> data = _data;
    int checkSum = _usedData + _deleted;
    int used = _usedData;
    for (int i = 0; i < used; i++) {
      Object? element = data[i];
      if (identical(element, _deletedKey)) continue;
      action(unsafeCast<E>(element));
      if (!identical(data, _data) || checkSum != _usedData + _deleted) {
        throw ConcurrentModificationError(this);
      }
    }
  }

  void _filterWhere(bool test(E element), bool removeMatching) {
    _List<Object?> data = _data;
    int used = _usedData;
    for (int i = 0; i < used; i++) {
      Object? element = data[i];
      if (identical(element, _deletedKey)) continue;
      bool matches = test(unsafeCast<E>(element));
      if (!identical(data, _data) || used != _usedData) throw ConcurrentModificationError(this);
      if (matches == removeMatching) {
        data[i] = _deletedKey;
        _deleted++;
      }
    }
    if (_deleted == _usedData) _reset();
  }

  void removeWhere(bool test(E element)) {
    _filterWhere(test, true);
  }

  void retainWhere(bool test(E element)) {
    _filterWhere(test, false);
  }

  bool _isModifiedSince(_List<Object?> data, int checkSum) =>
      !identical(_data, data) || checkSum != _usedData + _deleted;

  Iterator<E> get iterator => _HashSetIterator<E>(this);

  E get first {
    int used = _usedData;
    for (int i = 0; i < used; i++) {
      Object? element = _data[i];
      if (!identical(element, _deletedKey)) return unsafeCast<E>(element);
    }
    throw IterableElementError.noElement();
  }

  E get last {
    for (int i = _usedData - 1; i >= 0; i--) {
      Object? element = _data[i];
      if (!identical(element, _deletedKey)) return unsafeCast<E>(element);
    }
    throw IterableElementError.noElement();
  }

  Set<E> toSet() {
    _HashTableSet<E> result = _newSimilarSet();
    result.addAll(this);
    return result;
  }

  Set<E> union(Set<E> other) {
    Set<E> result = toSet();
    result.addAll(other);
    return result;
  }

  Set<E> intersection(Set<Object?> other) {
    _HashTableSet<E> result = _newSimilarSet();
    for (E element in this) {
      if (other.contains(element)) result.add(element);
    }
    return result;
  }

  Set<E> difference(Set<Object?> other) {
    _HashTableSet<E> result = _newSimilarSet();
    for (E element in this) {
      if (!other.contains(element)) result.add(element);
    }
    return result;
  }
}

class _LinkedHashSet<E> extends _HashTableSet<E> implements LinkedHashSet<E> {
  _LinkedHashSet();
  _HashTableSet<E> _newSimilarSet() => _LinkedHashSet<E>();
}

class _HashSet<E> extends _HashTableSet<E> implements HashSet<E> {
  _HashSet();
  _HashTableSet<E> _newSimilarSet() => _HashSet<E>();
}

mixin _IdentityKeysSet<E> on _HashTableSet<E> {
  int _hashOf(Object? key) => identityHashCode(key);
  bool _equal(Object? stored, Object? key) => identical(stored, key);
}

class _IdentityLinkedHashSet<E> extends _LinkedHashSet<E> with _IdentityKeysSet<E> {
  _IdentityLinkedHashSet();
  _HashTableSet<E> _newSimilarSet() => _IdentityLinkedHashSet<E>();
}

class _IdentityHashSet<E> extends _HashSet<E> with _IdentityKeysSet<E> {
  _IdentityHashSet();
  _HashTableSet<E> _newSimilarSet() => _IdentityHashSet<E>();
}

mixin _CustomKeysSet<E> on _HashTableSet<E> {
  bool Function(E, E) get _equals;
  int Function(E) get _hashCode;
  bool Function(Object?)? get _isValidKey;

  bool _validKey(Object? key) {
    bool Function(Object?)? valid = _isValidKey;
    if (valid != null) return valid(key);
    return true; // `key is E` once type arguments are reified
  }

  int _hashOf(Object? key) => _hashCode(unsafeCast<E>(key));
  bool _equal(Object? stored, Object? key) => _equals(unsafeCast<E>(key), unsafeCast<E>(stored));
  bool contains(Object? element) => _validKey(element) && super.contains(element);
  E? lookup(Object? element) => _validKey(element) ? super.lookup(element) : null;
  bool remove(Object? element) => _validKey(element) && super.remove(element);
}

class _CustomLinkedHashSet<E> extends _LinkedHashSet<E> with _CustomKeysSet<E> {
  final bool Function(E, E) _equals;
  final int Function(E) _hashCode;
  final bool Function(Object?)? _isValidKey;

  _CustomLinkedHashSet(this._equals, this._hashCode, this._isValidKey);
  _HashTableSet<E> _newSimilarSet() => _CustomLinkedHashSet<E>(_equals, _hashCode, _isValidKey);
}

class _CustomHashSet<E> extends _HashSet<E> with _CustomKeysSet<E> {
  final bool Function(E, E) _equals;
  final int Function(E) _hashCode;
  final bool Function(Object?)? _isValidKey;

  _CustomHashSet(this._equals, this._hashCode, this._isValidKey);
  _HashTableSet<E> _newSimilarSet() => _CustomHashSet<E>(_equals, _hashCode, _isValidKey);
}

class _HashSetIterator<E> implements Iterator<E> {
  final _HashTableSet<E> _set;
  final _List<Object?> _data;
  final int _checkSum;
  final int _used;
  int _i = -1;
  E? _current;

  _HashSetIterator(_HashTableSet<E> set)
      : _set = set,
        _data = set._data,
        _checkSum = set._usedData + set._deleted,
        _used = set._usedData;

  bool moveNext() {
    if (_set._isModifiedSince(_data, _checkSum)) throw ConcurrentModificationError(_set);
    int i = _i;
    do {
      i++;
    } while (i < _used && identical(_data[i], _deletedKey));
    _i = i;
    if (i < _used) {
      _current = unsafeCast<E>(_data[i]);
      return true;
    }
    _current = null;
    return false;
  }

  E get current => unsafeCast<E>(_current);
}

// Constant map and set literals. The compiler lays them out in read-only data: the entries in
// source order in one constant list (keys and values alternating for maps). Read-only data
// cannot hold a hash index built on first use, so lookups scan the entries: constant maps are
// usually small; a program that looks up a large one in a hot loop can copy it into a Map.
final class _ConstMap<K, V> extends UnmodifiableMapBase<K, V> {
  final List<Object?> _entries;

  // Never run: instances exist only as constants.
  _ConstMap(this._entries);

  int get length => _entries.length >> 1;
  bool get isEmpty => _entries.isEmpty;
  bool get isNotEmpty => _entries.isNotEmpty;

  V? operator [](Object? key) {
    for (int i = 0; i < _entries.length; i += 2) {
      if (_entries[i] == key) return unsafeCast<V>(_entries[i + 1]);
    }
    return null;
  }

  bool containsKey(Object? key) {
    for (int i = 0; i < _entries.length; i += 2) {
      if (_entries[i] == key) return true;
    }
    return false;
  }

  void forEach(void action(K key, V value)) {
    for (int i = 0; i < _entries.length; i += 2) {
      action(unsafeCast<K>(_entries[i]), unsafeCast<V>(_entries[i + 1]));
    }
  }

  Iterable<K> get keys => Iterable<K>.generate(length, (int i) => unsafeCast<K>(_entries[2 * i]));
  Iterable<V> get values => Iterable<V>.generate(length, (int i) => unsafeCast<V>(_entries[2 * i + 1]));
}

final class _ConstSet<E> extends SetBase<E> {
  final List<E> _elements;

  // Never run: instances exist only as constants.
  _ConstSet(this._elements);

  static Never _unmodifiable() => throw UnsupportedError("Cannot change an unmodifiable set");

  int get length => _elements.length;
  bool get isEmpty => _elements.isEmpty;
  bool get isNotEmpty => _elements.isNotEmpty;
  Iterator<E> get iterator => _elements.iterator;
  bool contains(Object? element) => _elements.contains(element);

  E? lookup(Object? element) {
    for (E e in _elements) {
      if (e == element) return e;
    }
    return null;
  }

  Set<E> toSet() => LinkedHashSet<E>.of(_elements);

  bool add(E value) => _unmodifiable();
  void addAll(Iterable<E> elements) => _unmodifiable();
  bool remove(Object? value) => _unmodifiable();
  void removeAll(Iterable<Object?> elements) => _unmodifiable();
  void retainAll(Iterable<Object?> elements) => _unmodifiable();
  void removeWhere(bool test(E element)) => _unmodifiable();
  void retainWhere(bool test(E element)) => _unmodifiable();
  void clear() => _unmodifiable();
}
