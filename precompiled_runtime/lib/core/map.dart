part of dart.core;

abstract interface class Map<K, V> {
  factory Map() => _LinkedHashMap<K, V>();

  factory Map.from(Map other) {
    _LinkedHashMap<K, V> result = _LinkedHashMap<K, V>();
    other.forEach((Object? k, Object? v) {
      result[k as K] = v as V;
    });
    return result;
  }

  factory Map.of(Map<K, V> other) {
    _LinkedHashMap<K, V> result = _LinkedHashMap<K, V>();
    result.addAll(other);
    return result;
  }

  factory Map.unmodifiable(Map<dynamic, dynamic> other) =>
      UnmodifiableMapView<K, V>(Map<K, V>.from(other));

  factory Map.identity() => _IdentityLinkedHashMap<K, V>();

  // For dart:convert's JSON encoder: the keys and values of [map] side by side, in iteration
  // order, copied before anything is written (the SDK's encoder copies them through forEach, so a
  // toJson that changes the map does not change what is written). A hash map's entries are
  // copied straight from its table, without a closure call and a list insertion per entry.
  static _List<Object?> _keyValues(Map<Object?, Object?> map) {
    if (map is _HashTableMap) {
      _HashTableMap<Object?, Object?> table = unsafeCast<_HashTableMap<Object?, Object?>>(map);
      _List<Object?> data = table._data;
      int used = table._usedData;
      _List<Object?> result = _List<Object?>(used - 2 * table._deleted);
      int j = 0;
      for (int i = 0; i < used; i += 2) {
        Object? key = data[i];
        if (identical(key, _deletedKey)) continue;
        result[j] = key;
        result[j + 1] = data[i + 1];
        j += 2;
      }
      return result;
    }
    _List<Object?> result = _List<Object?>(2 * map.length);
    int j = 0;
    map.forEach((Object? key, Object? value) {
      result[j] = key;
      result[j + 1] = value;
      j += 2;
    });
    return result;
  }

  /// [source] seen as a `Map<K2, V2>`: what `source.cast<K2, V2>()` gives.
  static Map<K2, V2> castFrom<K, V, K2, V2>(Map<K, V> source) => source.cast<K2, V2>();

  // LinkedHashMap(equals:, hashCode:, isValidKey:) (`linked`) and HashMap(...) of dart:collection:
  // a table with the default, identity or custom key equality.
  static Map<K, V> _withKeys<K, V>(
      bool linked, bool Function(K, K)? equals, int Function(K)? hashCode, bool Function(dynamic)? isValidKey) {
    if (isValidKey == null) {
      if (hashCode == null) {
        if (equals == null) return linked ? _LinkedHashMap<K, V>() : _HashMap<K, V>();
      } else if (identical(identityHashCode, hashCode) && identical(identical, equals)) {
        return linked ? _IdentityLinkedHashMap<K, V>() : _IdentityHashMap<K, V>();
      }
    }
    bool Function(K, K) eq = equals ?? _defaultEquals;
    int Function(K) hash = hashCode ?? _defaultHashCode;
    return linked ? _CustomLinkedHashMap<K, V>(eq, hash, isValidKey) : _CustomHashMap<K, V>(eq, hash, isValidKey);
  }

  factory Map.fromIterable(Iterable iterable, {K key(dynamic element)?, V value(dynamic element)?}) {
    _LinkedHashMap<K, V> map = _LinkedHashMap<K, V>();
    for (Object? element in iterable) {
      K k = key != null ? key(element) : element as K;
      V v = value != null ? value(element) : element as V;
      map[k] = v;
    }
    return map;
  }

  factory Map.fromIterables(Iterable<K> keys, Iterable<V> values) {
    _LinkedHashMap<K, V> map = _LinkedHashMap<K, V>();
    Iterator<K> keyIterator = keys.iterator;
    Iterator<V> valueIterator = values.iterator;
    bool hasNextKey = keyIterator.moveNext();
    bool hasNextValue = valueIterator.moveNext();
    while (hasNextKey && hasNextValue) {
      map[keyIterator.current] = valueIterator.current;
      hasNextKey = keyIterator.moveNext();
      hasNextValue = valueIterator.moveNext();
    }
    if (hasNextKey || hasNextValue) throw ArgumentError("Iterables do not have same length.");
    return map;
  }

  factory Map.fromEntries(Iterable<MapEntry<K, V>> entries) {
    _LinkedHashMap<K, V> map = _LinkedHashMap<K, V>();
    for (MapEntry<K, V> entry in entries) {
      map[entry.key] = entry.value;
    }
    return map;
  }

  Map<RK, RV> cast<RK, RV>();
  bool containsValue(Object? value);
  bool containsKey(Object? key);
  V? operator [](Object? key);
  void operator []=(K key, V value);
  Iterable<MapEntry<K, V>> get entries;
  Map<K2, V2> map<K2, V2>(MapEntry<K2, V2> convert(K key, V value));
  void addEntries(Iterable<MapEntry<K, V>> newEntries);
  V update(K key, V update(V value), {V Function()? ifAbsent});
  void updateAll(V update(K key, V value));
  void removeWhere(bool test(K key, V value));
  V putIfAbsent(K key, V ifAbsent());
  void addAll(Map<K, V> other);
  V? remove(Object? key);
  void clear();
  void forEach(void action(K key, V value));
  Iterable<K> get keys;
  Iterable<V> get values;
  int get length;
  bool get isEmpty;
  bool get isNotEmpty;
}

final class MapEntry<K, V> {
  final K key;
  final V value;

  const MapEntry(this.key, this.value);

  String toString() => "MapEntry(${key.toString()}: ${value.toString()})";
}
