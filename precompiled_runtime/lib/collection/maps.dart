part of dart.collection;

/// A base class for maps: everything is built on `[]`, `[]=`, `remove`, `clear` and `keys`.
abstract class MapBase<K, V> extends MapMixin<K, V> {
  static String mapToString(Map<Object?, Object?> m) => dartInternalMapToString(m);
}

String dartInternalMapToString(Map<Object?, Object?> m) => mapToString(m);

abstract mixin class MapMixin<K, V> implements Map<K, V> {
  Iterable<K> get keys;
  V? operator [](Object? key);
  void operator []=(K key, V value);
  V? remove(Object? key);
  void clear();

  Map<RK, RV> cast<RK, RV>() => _CastMapView<K, V, RK, RV>(this);

  void forEach(void action(K key, V value)) {
    for (K key in keys) {
      action(key, this[key] as V);
    }
  }

  void addAll(Map<K, V> other) {
    other.forEach((K key, V value) {
      this[key] = value;
    });
  }

  bool containsValue(Object? value) {
    for (K key in keys) {
      if (this[key] == value) return true;
    }
    return false;
  }

  V putIfAbsent(K key, V ifAbsent()) {
    if (containsKey(key)) return this[key] as V;
    V value = ifAbsent();
    this[key] = value;
    return value;
  }

  V update(K key, V update(V value), {V Function()? ifAbsent}) {
    if (containsKey(key)) {
      V newValue = update(this[key] as V);
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

  void updateAll(V update(K key, V value)) {
    for (K key in keys) {
      this[key] = update(key, this[key] as V);
    }
  }

  Iterable<MapEntry<K, V>> get entries => keys.map((K key) => MapEntry<K, V>(key, this[key] as V));

  Map<K2, V2> map<K2, V2>(MapEntry<K2, V2> transform(K key, V value)) {
    Map<K2, V2> result = Map<K2, V2>();
    forEach((K key, V value) {
      MapEntry<K2, V2> entry = transform(key, value);
      result[entry.key] = entry.value;
    });
    return result;
  }

  void addEntries(Iterable<MapEntry<K, V>> newEntries) {
    for (MapEntry<K, V> entry in newEntries) {
      this[entry.key] = entry.value;
    }
  }

  void removeWhere(bool test(K key, V value)) {
    List<K> keysToRemove = <K>[];
    for (K key in keys) {
      if (test(key, this[key] as V)) keysToRemove.add(key);
    }
    for (K key in keysToRemove) {
      this.remove(key);
    }
  }

  bool containsKey(Object? key) => keys.contains(key);
  int get length => keys.length;
  bool get isEmpty => keys.isEmpty;
  bool get isNotEmpty => keys.isNotEmpty;
  Iterable<V> get values => _MapBaseValueIterable<K, V>(this);
  String toString() => mapToString(this);
}

// The values of a MapMixin map, in the order of its keys.
class _MapBaseValueIterable<K, V> extends EfficientLengthIterable<V> {
  final Map<K, V> _map;
  _MapBaseValueIterable(this._map);

  int get length => _map.length;
  bool get isEmpty => _map.isEmpty;
  bool get isNotEmpty => _map.isNotEmpty;
  V get first => _map[_map.keys.first] as V;
  V get single => _map[_map.keys.single] as V;
  V get last => _map[_map.keys.last] as V;
  Iterator<V> get iterator => _MapBaseValueIterator<K, V>(_map);
}

class _MapBaseValueIterator<K, V> implements Iterator<V> {
  final Iterator<K> _keys;
  final Map<K, V> _map;
  V? _current;

  _MapBaseValueIterator(Map<K, V> map)
      : _map = map,
        _keys = map.keys.iterator;

  bool moveNext() {
    if (_keys.moveNext()) {
      _current = _map[_keys.current];
      return true;
    }
    _current = null;
    return false;
  }

  V get current => _current as V;
}

Never _unmodifiableMap() => throw UnsupportedError("Cannot modify unmodifiable map");

/// A map that cannot be changed: every modifying member throws.
abstract class UnmodifiableMapBase<K, V> extends MapBase<K, V> {
  void operator []=(K key, V value) => _unmodifiableMap();
  void addAll(Map<K, V> other) => _unmodifiableMap();
  void addEntries(Iterable<MapEntry<K, V>> entries) => _unmodifiableMap();
  void clear() => _unmodifiableMap();
  V? remove(Object? key) => _unmodifiableMap();
  void removeWhere(bool test(K key, V value)) => _unmodifiableMap();
  V putIfAbsent(K key, V ifAbsent()) => _unmodifiableMap();
  V update(K key, V update(V value), {V Function()? ifAbsent}) => _unmodifiableMap();
  void updateAll(V update(K key, V value)) => _unmodifiableMap();
}

/// A map that forwards to another map.
class MapView<K, V> implements Map<K, V> {
  final Map<K, V> _map;
  const MapView(Map<K, V> map) : _map = map;

  Map<RK, RV> cast<RK, RV>() => _map.cast<RK, RV>();
  V? operator [](Object? key) => _map[key];
  void operator []=(K key, V value) {
    _map[key] = value;
  }

  void addAll(Map<K, V> other) {
    _map.addAll(other);
  }

  void clear() {
    _map.clear();
  }

  V putIfAbsent(K key, V ifAbsent()) => _map.putIfAbsent(key, ifAbsent);
  bool containsKey(Object? key) => _map.containsKey(key);
  bool containsValue(Object? value) => _map.containsValue(value);
  void forEach(void action(K key, V value)) {
    _map.forEach(action);
  }

  bool get isEmpty => _map.isEmpty;
  bool get isNotEmpty => _map.isNotEmpty;
  int get length => _map.length;
  Iterable<K> get keys => _map.keys;
  V? remove(Object? key) => _map.remove(key);
  String toString() => _map.toString();
  Iterable<V> get values => _map.values;
  Iterable<MapEntry<K, V>> get entries => _map.entries;
  void addEntries(Iterable<MapEntry<K, V>> entries) {
    _map.addEntries(entries);
  }

  Map<K2, V2> map<K2, V2>(MapEntry<K2, V2> transform(K key, V value)) => _map.map<K2, V2>(transform);
  V update(K key, V update(V value), {V Function()? ifAbsent}) => _map.update(key, update, ifAbsent: ifAbsent);
  void updateAll(V update(K key, V value)) {
    _map.updateAll(update);
  }

  void removeWhere(bool test(K key, V value)) {
    _map.removeWhere(test);
  }
}

/// An unmodifiable view of another map.
class UnmodifiableMapView<K, V> extends MapView<K, V> {
  UnmodifiableMapView(Map<K, V> map) : super(map);

  void operator []=(K key, V value) => _unmodifiableMap();
  void addAll(Map<K, V> other) => _unmodifiableMap();
  void addEntries(Iterable<MapEntry<K, V>> entries) => _unmodifiableMap();
  void clear() => _unmodifiableMap();
  V? remove(Object? key) => _unmodifiableMap();
  void removeWhere(bool test(K key, V value)) => _unmodifiableMap();
  V putIfAbsent(K key, V ifAbsent()) => _unmodifiableMap();
  V update(K key, V update(V value), {V Function()? ifAbsent}) => _unmodifiableMap();
  void updateAll(V update(K key, V value)) => _unmodifiableMap();
}

// `map.cast<RK, RV>()`: a view of the map, not a copy, as in dart:core (see _CastListView).
class _CastMapView<SK, SV, K, V> extends MapBase<K, V> {
  final Map<SK, SV> _source;
  _CastMapView(this._source);

  Iterable<K> get keys => CastIterable<SK, K>(_source.keys);
  V? operator [](Object? key) => _source[key] as V?;
  void operator []=(K key, V value) {
    _source[key as SK] = value as SV;
  }

  V? remove(Object? key) => _source.remove(key) as V?;
  void clear() {
    _source.clear();
  }

  bool containsKey(Object? key) => _source.containsKey(key);
  int get length => _source.length;
  Map<RK, RV> cast<RK, RV>() => _CastMapView<SK, SV, RK, RV>(_source);
}
