part of dart.core;

abstract interface class Set<E> implements EfficientLengthIterable<E> {
  factory Set() => _LinkedHashSet<E>();

  factory Set.identity() => _IdentityLinkedHashSet<E>();

  /// [source] seen as a `Set<T>`: what `source.cast<T>()` gives.
  static Set<T> castFrom<S, T>(Set<S> source, {Set<R> Function<R>()? newSet}) => source.cast<T>();

  // LinkedHashSet(equals:, hashCode:, isValidKey:) (`linked`) and HashSet(...) of dart:collection:
  // a table with the default, identity or custom element equality.
  static Set<E> _withKeys<E>(
      bool linked, bool Function(E, E)? equals, int Function(E)? hashCode, bool Function(dynamic)? isValidKey) {
    if (isValidKey == null) {
      if (hashCode == null) {
        if (equals == null) return linked ? _LinkedHashSet<E>() : _HashSet<E>();
      } else if (identical(identityHashCode, hashCode) && identical(identical, equals)) {
        return linked ? _IdentityLinkedHashSet<E>() : _IdentityHashSet<E>();
      }
    }
    bool Function(E, E) eq = equals ?? _defaultEquals;
    int Function(E) hash = hashCode ?? _defaultHashCode;
    return linked ? _CustomLinkedHashSet<E>(eq, hash, isValidKey) : _CustomHashSet<E>(eq, hash, isValidKey);
  }

  factory Set.from(Iterable elements) {
    _LinkedHashSet<E> result = _LinkedHashSet<E>();
    for (Object? element in elements) {
      result.add(element as E);
    }
    return result;
  }

  factory Set.of(Iterable<E> elements) {
    _LinkedHashSet<E> result = _LinkedHashSet<E>();
    result.addAll(elements);
    return result;
  }

  factory Set.unmodifiable(Iterable<E> elements) => UnmodifiableSetView<E>(Set<E>.of(elements));

  Set<R> cast<R>();
  Iterator<E> get iterator;
  bool contains(Object? value);
  bool add(E value);
  void addAll(Iterable<E> elements);
  bool remove(Object? value);
  E? lookup(Object? object);
  void removeAll(Iterable<Object?> elements);
  void retainAll(Iterable<Object?> elements);
  void removeWhere(bool test(E element));
  void retainWhere(bool test(E element));
  bool containsAll(Iterable<Object?> other);
  Set<E> intersection(Set<Object?> other);
  Set<E> union(Set<E> other);
  Set<E> difference(Set<Object?> other);
  void clear();
  Set<E> toSet();
}
