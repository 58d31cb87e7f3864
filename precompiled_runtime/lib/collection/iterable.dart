part of dart.collection;

/// A base class for iterables: every member is built on `iterator` (the defaults of Iterable).
abstract class IterableBase<E> extends Iterable<E> {
  const IterableBase();

  static String iterableToShortString(Iterable iterable, [String leftDelimiter = "(", String rightDelimiter = ")"]) =>
      Iterable.iterableToShortString(iterable, leftDelimiter, rightDelimiter);

  static String iterableToFullString(Iterable iterable, [String leftDelimiter = "(", String rightDelimiter = ")"]) =>
      Iterable.iterableToFullString(iterable, leftDelimiter, rightDelimiter);
}

/// The members of Iterable as a mixin (all built on `iterator`).
abstract mixin class IterableMixin<E> implements Iterable<E> {
  Iterable<R> cast<R>() => CastIterable<E, R>(this);
  Iterable<T> map<T>(T toElement(E element)) => MappedIterable<E, T>(this, toElement);
  Iterable<E> where(bool test(E element)) => WhereIterable<E>(this, test);

  Iterable<T> whereType<T>() => WhereTypeIterable<T>(this);
  Iterable<T> expand<T>(Iterable<T> toElements(E element)) => ExpandIterable<E, T>(this, toElements);
  Iterable<E> followedBy(Iterable<E> other) => FollowedByIterable<E>.of(this, other);

  bool contains(Object? element) {
    for (E e in this) {
      if (e == element) return true;
    }
    return false;
  }

  void forEach(void action(E element)) {
    for (E element in this) {
      action(element);
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

  bool every(bool test(E element)) {
    for (E element in this) {
      if (!test(element)) return false;
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

  List<E> toList({bool growable = true}) => List<E>.of(this, growable: growable);
  Set<E> toSet() => Set<E>.of(this);

  int get length {
    int count = 0;
    Iterator<E> it = iterator;
    while (it.moveNext()) {
      count++;
    }
    return count;
  }

  bool get isEmpty => !iterator.moveNext();
  bool get isNotEmpty => !isEmpty;

  Iterable<E> take(int count) => TakeIterable<E>(this, count);
  Iterable<E> takeWhile(bool test(E value)) => TakeWhileIterable<E>(this, test);
  Iterable<E> skip(int count) => SkipIterable<E>(this, count);
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

  E get single {
    Iterator<E> it = iterator;
    if (!it.moveNext()) throw IterableElementError.noElement();
    E result = it.current;
    if (it.moveNext()) throw IterableElementError.tooMany();
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

  E singleWhere(bool test(E element), {E Function()? orElse}) {
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

  String toString() => Iterable.iterableToShortString(this, "(", ")");
}

/// Members Dart 3 adds to every Iterable (dart:collection, exported by dart:core). `indexed` needs
/// records, which dartc does not support yet.
extension IterableExtensions<T> on Iterable<T> {
  T? get firstOrNull {
    Iterator<T> it = iterator;
    if (it.moveNext()) return it.current;
    return null;
  }

  T? get lastOrNull {
    Iterator<T> it = iterator;
    if (!it.moveNext()) return null;
    T result = it.current;
    while (it.moveNext()) {
      result = it.current;
    }
    return result;
  }

  T? get singleOrNull {
    Iterator<T> it = iterator;
    if (!it.moveNext()) return null;
    T result = it.current;
    if (it.moveNext()) return null;
    return result;
  }

  T? elementAtOrNull(int index) {
    RangeError.checkNotNegative(index, "index");
    int i = 0;
    for (T element in this) {
      if (i == index) return element;
      i++;
    }
    return null;
  }
}

extension NullableIterableExtensions<T extends Object> on Iterable<T?> {
  Iterable<T> get nonNulls => _NonNullsIterable<T>(this);
}

class _NonNullsIterable<T extends Object> extends Iterable<T> {
  final Iterable<T?> _source;
  _NonNullsIterable(this._source);
  Iterator<T> get iterator => _NonNullsIterator<T>(_source.iterator);
}

class _NonNullsIterator<T extends Object> implements Iterator<T> {
  final Iterator<T?> _source;
  T? _current;
  _NonNullsIterator(this._source);

  bool moveNext() {
    _current = null;
    while (_source.moveNext()) {
      T? value = _source.current;
      if (value != null) {
        _current = value;
        return true;
      }
    }
    return false;
  }

  T get current => _current as T;
}
