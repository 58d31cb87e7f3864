part of dart.collection;

// The hash-based maps and sets. Their implementation is in dart:core (_LinkedHashMap,
// _LinkedHashSet and their identity and custom-equality variants), which map and set literals
// use too. HashMap and HashSet share it: their iteration order is insertion order here, where the
// VM's unordered tables iterate in bucket order (documented difference).

bool _defaultEquals(Object? a, Object? b) => a == b;
int _defaultHashCode(Object? a) => a.hashCode;

abstract interface class LinkedHashMap<K, V> implements Map<K, V> {
  factory LinkedHashMap({bool Function(K, K)? equals, int Function(K)? hashCode, bool Function(dynamic)? isValidKey}) {
    if (isValidKey == null) {
      if (hashCode == null) {
        if (equals == null) return unsafeCast<LinkedHashMap<K, V>>(Map<K, V>());
      } else if (identical(identityHashCode, hashCode) && identical(identical, equals)) {
        return unsafeCast<LinkedHashMap<K, V>>(Map<K, V>.identity());
      }
    }
    return unsafeCast<LinkedHashMap<K, V>>(Map._custom<K, V>(equals ?? _defaultEquals, hashCode ?? _defaultHashCode, isValidKey));
  }

  factory LinkedHashMap.identity() => unsafeCast<LinkedHashMap<K, V>>(Map<K, V>.identity());

  factory LinkedHashMap.from(Map<dynamic, dynamic> other) {
    LinkedHashMap<K, V> result = LinkedHashMap<K, V>();
    other.forEach((dynamic k, dynamic v) {
      result[k as K] = v as V;
    });
    return result;
  }

  factory LinkedHashMap.of(Map<K, V> other) => LinkedHashMap<K, V>()..addAll(other);

  factory LinkedHashMap.fromIterable(Iterable iterable, {K Function(dynamic element)? key, V Function(dynamic element)? value}) =>
      unsafeCast<LinkedHashMap<K, V>>(Map<K, V>.fromIterable(iterable, key: key, value: value));

  factory LinkedHashMap.fromIterables(Iterable<K> keys, Iterable<V> values) =>
      unsafeCast<LinkedHashMap<K, V>>(Map<K, V>.fromIterables(keys, values));

  factory LinkedHashMap.fromEntries(Iterable<MapEntry<K, V>> entries) =>
      unsafeCast<LinkedHashMap<K, V>>(Map<K, V>.fromEntries(entries));
}

abstract interface class HashMap<K, V> implements Map<K, V> {
  factory HashMap({bool Function(K, K)? equals, int Function(K)? hashCode, bool Function(dynamic)? isValidKey}) =>
      unsafeCast<HashMap<K, V>>(LinkedHashMap<K, V>(equals: equals, hashCode: hashCode, isValidKey: isValidKey));

  factory HashMap.identity() => unsafeCast<HashMap<K, V>>(LinkedHashMap<K, V>.identity());

  factory HashMap.from(Map<dynamic, dynamic> other) => unsafeCast<HashMap<K, V>>(LinkedHashMap<K, V>.from(other));

  factory HashMap.of(Map<K, V> other) => unsafeCast<HashMap<K, V>>(LinkedHashMap<K, V>.of(other));

  factory HashMap.fromIterable(Iterable iterable, {K Function(dynamic element)? key, V Function(dynamic element)? value}) =>
      unsafeCast<HashMap<K, V>>(LinkedHashMap<K, V>.fromIterable(iterable, key: key, value: value));

  factory HashMap.fromIterables(Iterable<K> keys, Iterable<V> values) =>
      unsafeCast<HashMap<K, V>>(LinkedHashMap<K, V>.fromIterables(keys, values));

  factory HashMap.fromEntries(Iterable<MapEntry<K, V>> entries) =>
      unsafeCast<HashMap<K, V>>(LinkedHashMap<K, V>.fromEntries(entries));
}

abstract interface class LinkedHashSet<E> implements Set<E> {
  factory LinkedHashSet({bool Function(E, E)? equals, int Function(E)? hashCode, bool Function(dynamic)? isValidKey}) {
    if (isValidKey == null) {
      if (hashCode == null) {
        if (equals == null) return unsafeCast<LinkedHashSet<E>>(Set<E>());
      } else if (identical(identityHashCode, hashCode) && identical(identical, equals)) {
        return unsafeCast<LinkedHashSet<E>>(Set<E>.identity());
      }
    }
    return unsafeCast<LinkedHashSet<E>>(Set._custom<E>(equals ?? _defaultEquals, hashCode ?? _defaultHashCode, isValidKey));
  }

  factory LinkedHashSet.identity() => unsafeCast<LinkedHashSet<E>>(Set<E>.identity());

  factory LinkedHashSet.from(Iterable<dynamic> elements) => unsafeCast<LinkedHashSet<E>>(Set<E>.from(elements));

  factory LinkedHashSet.of(Iterable<E> elements) => unsafeCast<LinkedHashSet<E>>(Set<E>.of(elements));
}

abstract interface class HashSet<E> implements Set<E> {
  factory HashSet({bool Function(E, E)? equals, int Function(E)? hashCode, bool Function(dynamic)? isValidKey}) =>
      unsafeCast<HashSet<E>>(LinkedHashSet<E>(equals: equals, hashCode: hashCode, isValidKey: isValidKey));

  factory HashSet.identity() => unsafeCast<HashSet<E>>(LinkedHashSet<E>.identity());

  factory HashSet.from(Iterable<dynamic> elements) => unsafeCast<HashSet<E>>(LinkedHashSet<E>.from(elements));

  factory HashSet.of(Iterable<E> elements) => unsafeCast<HashSet<E>>(LinkedHashSet<E>.of(elements));
}
