part of dart.collection;

/// A base class for sets: everything is built on `add`, `contains`, `lookup`, `remove`,
/// `iterator`, `length` and `toSet`.
abstract class SetBase<E> extends Object with SetMixin<E> {
  const SetBase();
  static String setToString(Set set) => Iterable.iterableToFullString(set, "{", "}");
}

abstract mixin class SetMixin<E> implements Set<E> {
  bool add(E value);
  bool contains(Object? element);
  E? lookup(Object? element);
  bool remove(Object? value);
  Iterator<E> get iterator;
  Set<E> toSet();
  int get length;

  bool get isEmpty => length == 0;
  bool get isNotEmpty => length != 0;

  Set<R> cast<R>() => _CastSetView<E, R>(this);
  Iterable<E> followedBy(Iterable<E> other) => FollowedByIterable<E>.of(this, other);

  void clear() {
    removeAll(toList());
  }

  void addAll(Iterable<E> elements) {
    for (E element in elements) {
      add(element);
    }
  }

  void removeAll(Iterable<Object?> elements) {
    for (Object? element in elements) {
      remove(element);
    }
  }

  void retainAll(Iterable<Object?> elements) {
    Set<E> toRemove = toSet();
    for (Object? o in elements) {
      toRemove.remove(o);
    }
    removeAll(toRemove);
  }

  void removeWhere(bool test(E element)) {
    List<Object?> toRemove = <Object?>[];
    for (E element in this) {
      if (test(element)) toRemove.add(element);
    }
    removeAll(toRemove);
  }

  void retainWhere(bool test(E element)) {
    List<Object?> toRemove = <Object?>[];
    for (E element in this) {
      if (!test(element)) toRemove.add(element);
    }
    removeAll(toRemove);
  }

  bool containsAll(Iterable<Object?> other) {
    for (Object? o in other) {
      if (!contains(o)) return false;
    }
    return true;
  }

  Set<E> union(Set<E> other) {
    Set<E> result = toSet();
    result.addAll(other);
    return result;
  }

  Set<E> intersection(Set<Object?> other) {
    Set<E> result = toSet();
    for (E element in this) {
      if (!other.contains(element)) result.remove(element);
    }
    return result;
  }

  Set<E> difference(Set<Object?> other) {
    Set<E> result = toSet();
    for (E element in this) {
      if (other.contains(element)) result.remove(element);
    }
    return result;
  }

  List<E> toList({bool growable = true}) => List<E>.of(this, growable: growable);

  Iterable<T> map<T>(T f(E element)) => EfficientLengthMappedIterable<E, T>(this, f);

  E get single {
    if (length > 1) throw IterableElementError.tooMany();
    Iterator<E> it = iterator;
    if (!it.moveNext()) throw IterableElementError.noElement();
    return it.current;
  }

  String toString() => Iterable.iterableToFullString(this, "{", "}");

  Iterable<E> where(bool f(E element)) => WhereIterable<E>(this, f);

  Iterable<T> whereType<T>() => WhereTypeIterable<T>(this);

  Iterable<T> expand<T>(Iterable<T> f(E element)) => ExpandIterable<E, T>(this, f);

  void forEach(void f(E element)) {
    for (E element in this) {
      f(element);
    }
  }

  E reduce(E combine(E value, E element)) {
    Iterator<E> it = iterator;
    if (!it.moveNext()) throw IterableElementError.noElement();
    E value = it.current;
    while (it.moveNext()) {
      value = combine(value, it.current);
    }
    return value;
  }

  T fold<T>(T initialValue, T combine(T previousValue, E element)) {
    T value = initialValue;
    for (E element in this) {
      value = combine(value, element);
    }
    return value;
  }

  bool every(bool f(E element)) {
    for (E element in this) {
      if (!f(element)) return false;
    }
    return true;
  }

  String join([String separator = ""]) {
    StringBuffer buffer = StringBuffer();
    buffer.writeAll(this, separator);
    return buffer.toString();
  }

  bool any(bool test(E element)) {
    for (E element in this) {
      if (test(element)) return true;
    }
    return false;
  }

  Iterable<E> take(int n) => TakeIterable<E>(this, n);
  Iterable<E> takeWhile(bool test(E value)) => TakeWhileIterable<E>(this, test);
  Iterable<E> skip(int n) => SkipIterable<E>(this, n);
  Iterable<E> skipWhile(bool test(E value)) => SkipWhileIterable<E>(this, test);

  E get first {
    Iterator<E> it = iterator;
    if (!it.moveNext()) throw IterableElementError.noElement();
    return it.current;
  }

  E get last {
    Iterator<E> it = iterator;
    if (!it.moveNext()) throw IterableElementError.noElement();
    E result = it.current;
    while (it.moveNext()) {
      result = it.current;
    }
    return result;
  }

  E firstWhere(bool test(E value), {E Function()? orElse}) {
    for (E element in this) {
      if (test(element)) return element;
    }
    if (orElse != null) return orElse();
    throw IterableElementError.noElement();
  }

  E lastWhere(bool test(E value), {E Function()? orElse}) {
    E? result;
    bool found = false;
    for (E element in this) {
      if (test(element)) {
        result = element;
        found = true;
      }
    }
    if (found) return result as E;
    if (orElse != null) return orElse();
    throw IterableElementError.noElement();
  }

  E singleWhere(bool test(E value), {E Function()? orElse}) {
    E? result;
    bool found = false;
    for (E element in this) {
      if (test(element)) {
        if (found) throw IterableElementError.tooMany();
        result = element;
        found = true;
      }
    }
    if (found) return result as E;
    if (orElse != null) return orElse();
    throw IterableElementError.noElement();
  }

  E elementAt(int index) {
    RangeError.checkNotNegative(index, "index");
    int elementIndex = 0;
    for (E element in this) {
      if (index == elementIndex) return element;
      elementIndex++;
    }
    throw IndexError.withLength(index, elementIndex, indexable: this, name: "index");
  }
}

/// An unmodifiable view of another set.
class UnmodifiableSetView<E> extends SetBase<E> {
  final Set<E> _source;
  UnmodifiableSetView(Set<E> source) : _source = source;

  static Never _unmodifiable() => throw UnsupportedError("Cannot change an unmodifiable set");

  bool add(E value) => _unmodifiable();
  void clear() => _unmodifiable();
  void addAll(Iterable<E> elements) => _unmodifiable();
  void removeAll(Iterable<Object?> elements) => _unmodifiable();
  void retainAll(Iterable<Object?> elements) => _unmodifiable();
  void removeWhere(bool test(E element)) => _unmodifiable();
  void retainWhere(bool test(E element)) => _unmodifiable();
  bool remove(Object? value) => _unmodifiable();

  bool contains(Object? element) => _source.contains(element);
  E? lookup(Object? element) => _source.lookup(element);
  int get length => _source.length;
  Iterator<E> get iterator => _source.iterator;
  Set<E> toSet() => _source.toSet();
}

// `set.cast<R>()`: a view of the set, not a copy, as in dart:core (see _CastListView).
class _CastSetView<S, T> extends SetBase<T> {
  final Set<S> _source;
  _CastSetView(this._source);

  bool add(T value) => _source.add(value as S);
  bool contains(Object? element) => _source.contains(element);
  T? lookup(Object? element) => _source.lookup(element) as T?;
  bool remove(Object? value) => _source.remove(value);
  Iterator<T> get iterator => CastIterable<S, T>(_source).iterator;
  int get length => _source.length;
  Set<T> toSet() => Set<T>.from(this);
  void clear() {
    _source.clear();
  }

  Set<R> cast<R>() => _CastSetView<S, R>(_source);
}
