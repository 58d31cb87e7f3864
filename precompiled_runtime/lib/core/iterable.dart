part of dart.core;

abstract class Iterator<E> {
  bool moveNext();
  E get current;
}

/// Every member except [iterator] is implemented on top of [iterator], as in the SDK; the lazy
/// ones (map, where, expand, take, skip, takeWhile, skipWhile, followedBy) return views.
abstract class Iterable<E> {
  const Iterable();

  factory Iterable.generate(int count, [E generator(int index)?]) {
    RangeError.checkNotNegative(count, "count");
    if (count == 0) return EmptyIterable<E>();
    if (generator == null) return GeneratorIterable<E>(count, (int i) => i as E);
    return GeneratorIterable<E>(count, generator);
  }

  factory Iterable.empty() => EmptyIterable<E>();

  /// A view of [source] whose elements are checked as `T` when read (as `source.cast<T>()`).
  static Iterable<T> castFrom<S, T>(Iterable<S> source) => CastIterable<S, T>(source);

  Iterator<E> get iterator;

  Iterable<R> cast<R>() => CastIterable<E, R>(this);

  @pragma('vm:prefer-inline')
  Iterable<T> map<T>(T toElement(E e)) => MappedIterable<E, T>(this, toElement);

  @pragma('vm:prefer-inline')
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
    Iterator<E> it = iterator;
    if (!it.moveNext()) return "";
    StringBuffer buffer = StringBuffer();
    buffer.write(it.current);
    if (separator.isEmpty) {
      while (it.moveNext()) {
        buffer.write(it.current);
      }
    } else {
      while (it.moveNext()) {
        buffer.write(separator);
        buffer.write(it.current);
      }
    }
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

  E firstWhere(bool test(E element), {E Function()? orElse}) {
    for (E element in this) {
      if (test(element)) return element;
    }
    if (orElse != null) return orElse();
    throw IterableElementError.noElement();
  }

  E lastWhere(bool test(E element), {E Function()? orElse}) {
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

  String toString() => iterableToShortString(this, "(", ")");

  static String iterableToShortString(Iterable iterable, [String leftDelimiter = "(", String rightDelimiter = ")"]) =>
      _internalShortString(iterable, leftDelimiter, rightDelimiter);

  static String iterableToFullString(Iterable iterable, [String leftDelimiter = "(", String rightDelimiter = ")"]) =>
      _internalFullString(iterable, leftDelimiter, rightDelimiter);
}

// Forwarders that keep the static members above from shadowing the dart:_internal helpers.
String _internalShortString(Iterable iterable, String left, String right) => iterableToShortString(iterable, left, right);
String _internalFullString(Iterable iterable, String left, String right) => iterableToFullString(iterable, left, right);

/// A list's elements in both directions, as the SDK's BidirectionalIterator.
abstract interface class BidirectionalIterator<E> implements Iterator<E> {
  bool movePrevious();
}
