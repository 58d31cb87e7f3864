// The collections of the Are We Fast Yet suite (the "som" library), which every language's
// version uses so that the benchmarks run on the same data structures: a growable Vector with
// a removable front, and a Dictionary, IdentityDictionary and IdentitySet over it. Keys of a
// Dictionary provide customHash.

class Vector<E> {
  List<E?> _storage;
  int _firstIdx = 0;
  int _lastIdx = 0;

  Vector([int size = 50]) : _storage = List<E?>.filled(size, null);

  Vector.withElement(E elem) : _storage = List<E?>.filled(1, null) {
    append(elem);
  }

  E? at(int idx) => idx < _storage.length ? _storage[idx] : null;

  void atPut(int idx, E val) {
    if (idx >= _storage.length) {
      var newLength = _storage.length;
      while (newLength <= idx) {
        newLength *= 2;
      }
      _storage = List<E?>.filled(newLength, null)..setRange(0, _storage.length, _storage);
    }
    _storage[idx] = val;
    if (_lastIdx < idx + 1) _lastIdx = idx + 1;
  }

  void append(E elem) {
    if (_lastIdx >= _storage.length) {
      _storage = List<E?>.filled(_storage.length * 2, null)..setRange(0, _storage.length, _storage);
    }
    _storage[_lastIdx] = elem;
    _lastIdx++;
  }

  bool get isEmpty => _lastIdx == _firstIdx;

  int get size => _lastIdx - _firstIdx;

  void forEach(void Function(E) fn) {
    for (var i = _firstIdx; i < _lastIdx; i++) {
      fn(_storage[i] as E);
    }
  }

  bool hasSome(bool Function(E) fn) {
    for (var i = _firstIdx; i < _lastIdx; i++) {
      if (fn(_storage[i] as E)) return true;
    }
    return false;
  }

  E? removeFirst() {
    if (isEmpty) return null;
    _firstIdx++;
    return _storage[_firstIdx - 1];
  }

  /// Removes every occurrence of [obj]; returns whether there was one.
  bool remove(E obj) {
    final newArray = List<E?>.filled(_storage.length, null);
    var newLast = 0;
    var found = false;
    forEach((it) {
      if (identical(it, obj)) {
        found = true;
      } else {
        newArray[newLast++] = it;
      }
    });
    _storage = newArray;
    _lastIdx = newLast;
    _firstIdx = 0;
    return found;
  }

  void removeAll() {
    _firstIdx = 0;
    _lastIdx = 0;
    _storage = List<E?>.filled(_storage.length, null);
  }

  /// Sorts by [compare] with the suite's quicksort (median of three), so that every language
  /// visits the elements in the same order.
  void sort(int Function(E, E) compare) {
    if (size > 0) _sort(_firstIdx, _lastIdx - 1, compare);
  }

  void _sort(int i, int j, int Function(E, E) compare) {
    final n = j + 1 - i;
    if (n <= 1) return;
    var di = _storage[i] as E;
    var dj = _storage[j] as E;
    if (compare(di, dj) > 0) {
      _swap(i, j);
      final tt = di;
      di = dj;
      dj = tt;
    }
    if (n > 2) {
      final ij = (i + j) ~/ 2;
      var dij = _storage[ij] as E;
      if (compare(di, dij) <= 0) {
        if (compare(dij, dj) > 0) {
          _swap(j, ij);
          dij = dj;
        }
      } else {
        _swap(i, ij);
        dij = di;
      }
      if (n > 3) {
        var k = i;
        var l = j - 1;
        while (true) {
          while (k <= l && compare(dij, _storage[l] as E) <= 0) {
            l--;
          }
          k++;
          while (k <= l && compare(_storage[k] as E, dij) <= 0) {
            k++;
          }
          if (k > l) break;
          _swap(k, l);
        }
        _sort(i, l, compare);
        _sort(k, j, compare);
      }
    }
  }

  void _swap(int i, int j) {
    final t = _storage[i];
    _storage[i] = _storage[j];
    _storage[j] = t;
  }
}

/// A set kept in a Vector (linear search, as in the suite), comparing with ==.
class SomSet<E> {
  final Vector<E> _items;

  SomSet([int size = 10]) : _items = Vector<E>(size);

  int get size => _items.size;

  void forEach(void Function(E) fn) => _items.forEach(fn);

  void add(E obj) {
    if (!contains(obj)) _items.append(obj);
  }

  // Object?, as in dart:core's Set.contains.
  bool contains(Object? obj) => _items.hasSome((e) => e == obj);
}

/// A SomSet that compares by identity.
class IdentitySet<E> extends SomSet<E> {
  IdentitySet([int size = 10]) : super(size);

  @override
  bool contains(Object? obj) => _items.hasSome((e) => identical(e, obj));
}

abstract class CustomHash {
  int get customHash;
}

class _DictEntry<K, V> {
  final int hash;
  final K key;
  V value;
  _DictEntry<K, V>? next;

  _DictEntry(this.hash, this.key, this.value);
}

/// A chained hash table with power-of-two buckets, compared by identity (the suite's
/// IdentityDictionary; its keys hash by customHash).
class IdentityDictionary<K extends CustomHash, V> {
  List<_DictEntry<K, V>?> _buckets;
  int _size = 0;

  IdentityDictionary([int size = 16]) : _buckets = List<_DictEntry<K, V>?>.filled(size, null);

  int get size => _size;

  static int _hash(CustomHash key) {
    final hash = key.customHash;
    return hash ^ (hash >>> 16);
  }

  V? at(K key) {
    final hash = _hash(key);
    var e = _buckets[(_buckets.length - 1) & hash];
    while (e != null) {
      if (e.hash == hash && identical(e.key, key)) return e.value;
      e = e.next;
    }
    return null;
  }

  void atPut(K key, V value) {
    final hash = _hash(key);
    final i = (_buckets.length - 1) & hash;
    final current = _buckets[i];
    if (current == null) {
      _buckets[i] = _DictEntry(hash, key, value);
      _size++;
    } else {
      _insertBucketEntry(key, value, hash, current);
    }
    if (_size > _buckets.length) _resize();
  }

  void _insertBucketEntry(K key, V value, int hash, _DictEntry<K, V> head) {
    var current = head;
    while (true) {
      if (current.hash == hash && identical(current.key, key)) {
        current.value = value;
        return;
      }
      final next = current.next;
      if (next == null) {
        _size++;
        current.next = _DictEntry(hash, key, value);
        return;
      }
      current = next;
    }
  }

  void _resize() {
    final oldStorage = _buckets;
    _buckets = List<_DictEntry<K, V>?>.filled(oldStorage.length * 2, null);
    for (var i = 0; i < oldStorage.length; i++) {
      var current = oldStorage[i];
      // Split the chain into the entries that stay at i and those that move to i + old length.
      _DictEntry<K, V>? loHead, loTail, hiHead, hiTail;
      while (current != null) {
        final next = current.next;
        current.next = null;
        if ((current.hash & oldStorage.length) == 0) {
          if (loTail == null) {
            loHead = current;
          } else {
            loTail.next = current;
          }
          loTail = current;
        } else {
          if (hiTail == null) {
            hiHead = current;
          } else {
            hiTail.next = current;
          }
          hiTail = current;
        }
        current = next;
      }
      _buckets[i] = loHead;
      _buckets[i + oldStorage.length] = hiHead;
    }
  }

  void removeAll() {
    _buckets = List<_DictEntry<K, V>?>.filled(_buckets.length, null);
    _size = 0;
  }

  Vector<K> getKeys() {
    final keys = Vector<K>(_size);
    for (final bucket in _buckets) {
      var current = bucket;
      while (current != null) {
        keys.append(current.key);
        current = current.next;
      }
    }
    return keys;
  }
}
