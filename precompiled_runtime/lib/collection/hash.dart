part of dart.collection;

// The hash-based maps and sets. Their hash tables are in dart:core (_HashTableMap and
// _HashTableSet), which map and set literals use too. A LinkedHashMap is no HashMap and a HashMap
// no LinkedHashMap, as on the VM (different classes over the same table), but a HashMap iterates
// in insertion order here, where the VM's unordered tables iterate in bucket order (documented
// difference); the same holds for sets.

abstract interface class LinkedHashMap<K, V> implements Map<K, V> {
  factory LinkedHashMap({bool Function(K, K)? equals, int Function(K)? hashCode, bool Function(dynamic)? isValidKey}) =>
      unsafeCast<LinkedHashMap<K, V>>(Map._withKeys<K, V>(true, equals, hashCode, isValidKey));

  factory LinkedHashMap.identity() => unsafeCast<LinkedHashMap<K, V>>(Map<K, V>.identity());

  factory LinkedHashMap.from(Map<dynamic, dynamic> other) =>
      unsafeCast<LinkedHashMap<K, V>>(Map<K, V>.from(other));

  factory LinkedHashMap.of(Map<K, V> other) => LinkedHashMap<K, V>()..addAll(other);

  factory LinkedHashMap.fromIterable(Iterable iterable, {K Function(dynamic element)? key, V Function(dynamic element)? value}) =>
      unsafeCast<LinkedHashMap<K, V>>(Map<K, V>.fromIterable(iterable, key: key, value: value));

  factory LinkedHashMap.fromIterables(Iterable<K> keys, Iterable<V> values) =>
      unsafeCast<LinkedHashMap<K, V>>(Map<K, V>.fromIterables(keys, values));

  factory LinkedHashMap.fromEntries(Iterable<MapEntry<K, V>> entries) =>
      unsafeCast<LinkedHashMap<K, V>>(Map<K, V>.fromEntries(entries));
}

// The HashMap constructors fill a HashMap from what the Map constructors build (same checks
// and errors).
abstract interface class HashMap<K, V> implements Map<K, V> {
  factory HashMap({bool Function(K, K)? equals, int Function(K)? hashCode, bool Function(dynamic)? isValidKey}) =>
      unsafeCast<HashMap<K, V>>(Map._withKeys<K, V>(false, equals, hashCode, isValidKey));

  factory HashMap.identity() => HashMap<K, V>(equals: identical, hashCode: identityHashCode);

  factory HashMap.from(Map<dynamic, dynamic> other) => HashMap<K, V>()..addAll(Map<K, V>.from(other));

  factory HashMap.of(Map<K, V> other) => HashMap<K, V>()..addAll(other);

  factory HashMap.fromIterable(Iterable iterable, {K Function(dynamic element)? key, V Function(dynamic element)? value}) =>
      HashMap<K, V>()..addAll(Map<K, V>.fromIterable(iterable, key: key, value: value));

  factory HashMap.fromIterables(Iterable<K> keys, Iterable<V> values) =>
      HashMap<K, V>()..addAll(Map<K, V>.fromIterables(keys, values));

  factory HashMap.fromEntries(Iterable<MapEntry<K, V>> entries) =>
      HashMap<K, V>()..addAll(Map<K, V>.fromEntries(entries));
}

abstract interface class LinkedHashSet<E> implements Set<E> {
  factory LinkedHashSet({bool Function(E, E)? equals, int Function(E)? hashCode, bool Function(dynamic)? isValidKey}) =>
      unsafeCast<LinkedHashSet<E>>(Set._withKeys<E>(true, equals, hashCode, isValidKey));

  factory LinkedHashSet.identity() => unsafeCast<LinkedHashSet<E>>(Set<E>.identity());

  factory LinkedHashSet.from(Iterable<dynamic> elements) => unsafeCast<LinkedHashSet<E>>(Set<E>.from(elements));

  factory LinkedHashSet.of(Iterable<E> elements) => unsafeCast<LinkedHashSet<E>>(Set<E>.of(elements));
}

abstract interface class HashSet<E> implements Set<E> {
  factory HashSet({bool Function(E, E)? equals, int Function(E)? hashCode, bool Function(dynamic)? isValidKey}) =>
      unsafeCast<HashSet<E>>(Set._withKeys<E>(false, equals, hashCode, isValidKey));

  factory HashSet.identity() => HashSet<E>(equals: identical, hashCode: identityHashCode);

  factory HashSet.from(Iterable<dynamic> elements) => HashSet<E>()..addAll(Set<E>.from(elements));

  factory HashSet.of(Iterable<E> elements) => HashSet<E>()..addAll(elements);
}
