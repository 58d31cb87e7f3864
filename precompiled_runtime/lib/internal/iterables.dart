part of dart._internal;

// The lazy iterables behind Iterable.map/where/expand/take/skip/takeWhile/skipWhile/followedBy
// and the list views (sublists, reversed lists, mapped lists). Their observable behaviour follows
// the SDK (sdk/lib/internal/iterable.dart): lengths are computed without running the mapping
// function where the source length is cheap, and the iterators of list views check for
// concurrent modification the way ListIterator does.

/// An iterable with cheap `length` and `elementAt`; every other member is built on those two.
abstract class ListIterable<E> extends EfficientLengthIterable<E> {
  const ListIterable();

  int get length;
  E elementAt(int index);

  @pragma('vm:prefer-inline')
  Iterator<E> get iterator => ListIterator<E>(this);

  void forEach(void action(E element)) {
    int length = this.length;
    for (int i = 0; i < length; i++) {
      action(elementAt(i));
      if (length != this.length) throw ConcurrentModificationError(this);
    }
  }

  bool get isEmpty => length == 0;

  E get first {
    if (length == 0) throw IterableElementError.noElement();
    return elementAt(0);
  }

  E get last {
    if (length == 0) throw IterableElementError.noElement();
    return elementAt(length - 1);
  }

  E get single {
    if (length == 0) throw IterableElementError.noElement();
    if (length > 1) throw IterableElementError.tooMany();
    return elementAt(0);
  }

  bool contains(Object? element) {
    int length = this.length;
    for (int i = 0; i < length; i++) {
      if (elementAt(i) == element) return true;
      if (length != this.length) throw ConcurrentModificationError(this);
    }
    return false;
  }

  bool every(bool test(E element)) {
    int length = this.length;
    for (int i = 0; i < length; i++) {
      if (!test(elementAt(i))) return false;
      if (length != this.length) throw ConcurrentModificationError(this);
    }
    return true;
  }

  bool any(bool test(E element)) {
    int length = this.length;
    for (int i = 0; i < length; i++) {
      if (test(elementAt(i))) return true;
      if (length != this.length) throw ConcurrentModificationError(this);
    }
    return false;
  }

  E firstWhere(bool test(E element), {E Function()? orElse}) {
    int length = this.length;
    for (int i = 0; i < length; i++) {
      E element = elementAt(i);
      if (test(element)) return element;
      if (length != this.length) throw ConcurrentModificationError(this);
    }
    if (orElse != null) return orElse();
    throw IterableElementError.noElement();
  }

  E lastWhere(bool test(E element), {E Function()? orElse}) {
    int length = this.length;
    for (int i = length - 1; i >= 0; i--) {
      E element = elementAt(i);
      if (test(element)) return element;
      if (length != this.length) throw ConcurrentModificationError(this);
    }
    if (orElse != null) return orElse();
    throw IterableElementError.noElement();
  }

  String join([String separator = ""]) {
    int length = this.length;
    if (length == 0) return "";
    StringBuffer buffer = StringBuffer();
    for (int i = 0; i < length; i++) {
      if (i > 0 && separator.isNotEmpty) buffer.write(separator);
      buffer.write(elementAt(i));
      if (length != this.length) throw ConcurrentModificationError(this);
    }
    return buffer.toString();
  }

  @pragma('vm:prefer-inline')
  Iterable<T> map<T>(T toElement(E element)) => MappedListIterable<E, T>(this, toElement);

  E reduce(E combine(E value, E element)) {
    int length = this.length;
    if (length == 0) throw IterableElementError.noElement();
    E value = elementAt(0);
    for (int i = 1; i < length; i++) {
      value = combine(value, elementAt(i));
      if (length != this.length) throw ConcurrentModificationError(this);
    }
    return value;
  }

  T fold<T>(T initialValue, T combine(T previousValue, E element)) {
    T value = initialValue;
    int length = this.length;
    for (int i = 0; i < length; i++) {
      value = combine(value, elementAt(i));
      if (length != this.length) throw ConcurrentModificationError(this);
    }
    return value;
  }

  Iterable<E> skip(int count) => SubListIterable<E>(this, count, null);

  Iterable<E> take(int count) => SubListIterable<E>(this, 0, count);

  List<E> toList({bool growable = true}) => List<E>.of(this, growable: growable);

  Set<E> toSet() {
    Set<E> result = Set<E>();
    for (int i = 0; i < length; i++) {
      result.add(elementAt(i));
    }
    return result;
  }
}

/// Elements [_start, _end) of a list-like iterable (List.getRange, List.skip/take); the bounds are
/// clamped to the source's current length on every access.
class SubListIterable<E> extends ListIterable<E> {
  final Iterable<E> _iterable;
  final int _start;
  final int? _endOrLength;

  SubListIterable(this._iterable, this._start, this._endOrLength) {
    RangeError.checkNotNegative(_start, "start");
    int? end = _endOrLength;
    if (end != null) {
      RangeError.checkNotNegative(end, "end");
      if (_start > end) throw RangeError.range(_start, 0, end, "start");
    }
  }

  int get _endIndex {
    int length = _iterable.length;
    int? end = _endOrLength;
    if (end == null || end > length) return length;
    return end;
  }

  int get _startIndex {
    int length = _iterable.length;
    if (_start > length) return length;
    return _start;
  }

  int get length {
    int length = _iterable.length;
    if (_start >= length) return 0;
    int? end = _endOrLength;
    if (end == null || end >= length) return length - _start;
    return end - _start;
  }

  E elementAt(int index) {
    int realIndex = _startIndex + index;
    if (index < 0 || realIndex >= _endIndex) {
      throw IndexError.withLength(index, length, indexable: this, name: "index");
    }
    return _iterable.elementAt(realIndex);
  }

  Iterable<E> skip(int count) {
    RangeError.checkNotNegative(count, "count");
    int newStart = _start + count;
    int? end = _endOrLength;
    if (end != null && newStart >= end) return EmptyIterable<E>();
    return SubListIterable<E>(_iterable, newStart, end);
  }

  Iterable<E> take(int count) {
    RangeError.checkNotNegative(count, "count");
    int? end = _endOrLength;
    if (end == null) return SubListIterable<E>(_iterable, _start, _start + count);
    int newEnd = _start + count;
    if (end < newEnd) return this;
    return SubListIterable<E>(_iterable, _start, newEnd);
  }

  List<E> toList({bool growable = true}) {
    int start = _start;
    int end = _iterable.length;
    int? endOrLength = _endOrLength;
    if (endOrLength != null && endOrLength < end) end = endOrLength;
    int length = end - start;
    if (length <= 0) return List<E>.empty(growable: growable);
    List<E> result = <E>[];
    for (int i = 0; i < length; i++) {
      result.add(_iterable.elementAt(start + i));
      if (_iterable.length < end) throw ConcurrentModificationError(this);
    }
    if (!growable) return List<E>.of(result, growable: false);
    return result;
  }
}

/// Iterates a list-like iterable by index; a change of its length is a concurrent modification.
class ListIterator<E> implements Iterator<E> {
  final Iterable<E> _iterable;
  final int _length;
  int _index = 0;
  E? _current;

  ListIterator(Iterable<E> iterable)
      : _iterable = iterable,
        _length = iterable.length;

  // A non-null _current came from elementAt, typed E: only null needs the check (it throws
  // before the first moveNext and after the last when E is not nullable).
  @pragma('vm:prefer-inline')
  E get current {
    E? current = _current;
    return current != null ? unsafeCast<E>(current) : current as E;
  }

  @pragma('vm:prefer-inline')
  bool moveNext() {
    int length = _iterable.length;
    if (_length != length) throw ConcurrentModificationError(_iterable);
    if (_index >= length) {
      _current = null;
      return false;
    }
    _current = _iterable.elementAt(_index);
    _index++;
    return true;
  }
}

class MappedIterable<S, T> extends Iterable<T> {
  final Iterable<S> _iterable;
  final T Function(S) _f;

  factory MappedIterable(Iterable<S> iterable, T function(S value)) {
    if (iterable is EfficientLengthIterable) {
      return EfficientLengthMappedIterable<S, T>(iterable, function);
    }
    return MappedIterable<S, T>._(iterable, function);
  }

  MappedIterable._(this._iterable, this._f);

  @pragma('vm:prefer-inline')
  Iterator<T> get iterator => MappedIterator<S, T>(_iterable.iterator, _f);

  int get length => _iterable.length;
  bool get isEmpty => _iterable.isEmpty;
  T get first => _f(_iterable.first);
  T get last => _f(_iterable.last);
  T get single => _f(_iterable.single);
  T elementAt(int index) => _f(_iterable.elementAt(index));

  @pragma('vm:prefer-inline')
  List<T> toList({bool growable = true}) {
    if (!growable) return List<T>.of(this, growable: false);
    return _addAllToList<T>(this);
  }
}

class EfficientLengthMappedIterable<S, T> extends MappedIterable<S, T> implements EfficientLengthIterable<T> {
  EfficientLengthMappedIterable(Iterable<S> iterable, T function(S value)) : super._(iterable, function);

  // List.of reads the length first and checks it while copying.
  List<T> toList({bool growable = true}) => List<T>.of(this, growable: growable);
}

class MappedIterator<S, T> implements Iterator<T> {
  final Iterator<S> _iterator;
  final T Function(S) _f;
  T? _current;

  MappedIterator(this._iterator, this._f);

  @pragma('vm:prefer-inline')
  bool moveNext() {
    if (_iterator.moveNext()) {
      _current = _f(_iterator.current);
      return true;
    }
    _current = null;
    return false;
  }

  // As ListIterator.current: a non-null _current came from _f, typed T.
  @pragma('vm:prefer-inline')
  T get current {
    T? current = _current;
    return current != null ? unsafeCast<T>(current) : current as T;
  }
}

/// `map` on a list: length and indexing without running the function on other elements.
class MappedListIterable<S, T> extends ListIterable<T> {
  final Iterable<S> _source;
  final T Function(S) _f;

  MappedListIterable(this._source, this._f);

  @pragma('vm:prefer-inline')
  int get length => _source.length;
  @pragma('vm:prefer-inline')
  T elementAt(int index) => _f(_source.elementAt(index));
}

class WhereIterable<E> extends Iterable<E> {
  final Iterable<E> _iterable;
  final bool Function(E) _f;

  WhereIterable(this._iterable, this._f);

  @pragma('vm:prefer-inline')
  Iterator<E> get iterator => WhereIterator<E>(_iterable.iterator, _f);

  @pragma('vm:prefer-inline')
  Iterable<T> map<T>(T toElement(E element)) => MappedIterable<E, T>._(this, toElement);

  @pragma('vm:prefer-inline')
  List<E> toList({bool growable = true}) {
    if (!growable) return List<E>.of(this, growable: false);
    return _addAllToList<E>(this);
  }
}

// `toList()` of a lazy iterable without an efficient length, as List.of builds it (a growable
// list that each element is added to, in iteration order), written out so that it is inlined
// with the iterable's own loop: the chain's iterators and closures are then the caller's.
@pragma('vm:prefer-inline')
List<E> _addAllToList<E>(Iterable<E> iterable) {
  List<E> list = <E>[];
  for (E element in iterable) {
    list.add(element);
  }
  return list;
}

class WhereIterator<E> implements Iterator<E> {
  final Iterator<E> _iterator;
  final bool Function(E) _f;

  WhereIterator(this._iterator, this._f);

  @pragma('vm:prefer-inline')
  bool moveNext() {
    while (_iterator.moveNext()) {
      if (_f(_iterator.current)) return true;
    }
    return false;
  }

  @pragma('vm:prefer-inline')
  E get current => _iterator.current;
}

// Iterable.whereType: the elements that are instances of T (a reified type argument).
class WhereTypeIterable<T> extends Iterable<T> {
  final Iterable<Object?> _source;

  WhereTypeIterable(this._source);

  Iterator<T> get iterator => WhereTypeIterator<T>(_source.iterator);
}

class WhereTypeIterator<T> implements Iterator<T> {
  final Iterator<Object?> _source;

  WhereTypeIterator(this._source);

  bool moveNext() {
    while (_source.moveNext()) {
      if (_source.current is T) return true;
    }
    return false;
  }

  T get current => _source.current as T;
}

class ExpandIterable<S, T> extends Iterable<T> {
  final Iterable<S> _iterable;
  final Iterable<T> Function(S) _f;

  ExpandIterable(this._iterable, this._f);

  Iterator<T> get iterator => ExpandIterator<S, T>(_iterable.iterator, _f);
}

class ExpandIterator<S, T> implements Iterator<T> {
  final Iterator<S> _iterator;
  final Iterable<T> Function(S) _f;
  // Null once the source is exhausted; starts as an empty iterator so that _f is not called
  // before the first moveNext.
  Iterator<T>? _currentExpansion = EmptyIterator<T>();
  T? _current;

  ExpandIterator(this._iterator, this._f);

  T get current => _current as T;

  bool moveNext() {
    Iterator<T>? currentExpansion = _currentExpansion;
    if (currentExpansion == null) return false;
    Iterator<T> expansion = currentExpansion;
    while (!expansion.moveNext()) {
      _current = null;
      if (_iterator.moveNext()) {
        _currentExpansion = null;
        expansion = _f(_iterator.current).iterator;
        _currentExpansion = expansion;
      } else {
        return false;
      }
    }
    _current = expansion.current;
    return true;
  }
}

class TakeIterable<E> extends Iterable<E> {
  final Iterable<E> _iterable;
  final int _takeCount;

  factory TakeIterable(Iterable<E> iterable, int takeCount) {
    RangeError.checkNotNegative(takeCount, "takeCount");
    if (iterable is EfficientLengthIterable) {
      return EfficientLengthTakeIterable<E>(iterable, takeCount);
    }
    return TakeIterable<E>._(iterable, takeCount);
  }

  TakeIterable._(this._iterable, this._takeCount);

  Iterator<E> get iterator => TakeIterator<E>(_iterable.iterator, _takeCount);
}

class EfficientLengthTakeIterable<E> extends TakeIterable<E> implements EfficientLengthIterable<E> {
  EfficientLengthTakeIterable(Iterable<E> iterable, int takeCount) : super._(iterable, takeCount);

  int get length {
    int iterableLength = _iterable.length;
    if (iterableLength > _takeCount) return _takeCount;
    return iterableLength;
  }
}

class TakeIterator<E> implements Iterator<E> {
  final Iterator<E> _iterator;
  int _remaining;

  TakeIterator(this._iterator, this._remaining);

  bool moveNext() {
    _remaining--;
    if (_remaining >= 0) return _iterator.moveNext();
    _remaining = -1;
    return false;
  }

  E get current {
    if (_remaining < 0) return null as E;
    return _iterator.current;
  }
}

class TakeWhileIterable<E> extends Iterable<E> {
  final Iterable<E> _iterable;
  final bool Function(E) _f;

  TakeWhileIterable(this._iterable, this._f);

  Iterator<E> get iterator => TakeWhileIterator<E>(_iterable.iterator, _f);
}

class TakeWhileIterator<E> implements Iterator<E> {
  final Iterator<E> _iterator;
  final bool Function(E) _f;
  bool _isFinished = false;

  TakeWhileIterator(this._iterator, this._f);

  bool moveNext() {
    if (_isFinished) return false;
    if (!_iterator.moveNext() || !_f(_iterator.current)) {
      _isFinished = true;
      return false;
    }
    return true;
  }

  E get current {
    if (_isFinished) return null as E;
    return _iterator.current;
  }
}

class SkipIterable<E> extends Iterable<E> {
  final Iterable<E> _iterable;
  final int _skipCount;

  factory SkipIterable(Iterable<E> iterable, int count) {
    RangeError.checkNotNegative(count, "count");
    if (iterable is EfficientLengthIterable) {
      return EfficientLengthSkipIterable<E>(iterable, count);
    }
    return SkipIterable<E>._(iterable, count);
  }

  SkipIterable._(this._iterable, this._skipCount);

  Iterable<E> skip(int count) {
    RangeError.checkNotNegative(count, "count");
    return SkipIterable<E>._(_iterable, _skipCount + count);
  }

  Iterator<E> get iterator => SkipIterator<E>(_iterable.iterator, _skipCount);
}

class EfficientLengthSkipIterable<E> extends SkipIterable<E> implements EfficientLengthIterable<E> {
  EfficientLengthSkipIterable(Iterable<E> iterable, int count) : super._(iterable, count);

  int get length {
    int length = _iterable.length - _skipCount;
    if (length >= 0) return length;
    return 0;
  }

  Iterable<E> skip(int count) {
    RangeError.checkNotNegative(count, "count");
    return EfficientLengthSkipIterable<E>(_iterable, _skipCount + count);
  }
}

class SkipIterator<E> implements Iterator<E> {
  final Iterator<E> _iterator;
  int _skipCount;

  SkipIterator(this._iterator, this._skipCount);

  bool moveNext() {
    for (int i = 0; i < _skipCount; i++) {
      _iterator.moveNext();
    }
    _skipCount = 0;
    return _iterator.moveNext();
  }

  E get current => _iterator.current;
}

class SkipWhileIterable<E> extends Iterable<E> {
  final Iterable<E> _iterable;
  final bool Function(E) _f;

  SkipWhileIterable(this._iterable, this._f);

  Iterator<E> get iterator => SkipWhileIterator<E>(_iterable.iterator, _f);
}

class SkipWhileIterator<E> implements Iterator<E> {
  final Iterator<E> _iterator;
  final bool Function(E) _f;
  bool _hasSkipped = false;

  SkipWhileIterator(this._iterator, this._f);

  bool moveNext() {
    if (!_hasSkipped) {
      _hasSkipped = true;
      while (_iterator.moveNext()) {
        if (!_f(_iterator.current)) return true;
      }
    }
    return _iterator.moveNext();
  }

  E get current => _iterator.current;
}

class EmptyIterable<E> extends EfficientLengthIterable<E> {
  const EmptyIterable();

  Iterator<E> get iterator => EmptyIterator<E>();

  void forEach(void action(E element)) {}
  bool get isEmpty => true;
  int get length => 0;
  E get first => throw IterableElementError.noElement();
  E get last => throw IterableElementError.noElement();
  E get single => throw IterableElementError.noElement();
  E elementAt(int index) => throw RangeError.range(index, 0, 0, "index");
  bool contains(Object? element) => false;
  bool every(bool test(E element)) => true;
  bool any(bool test(E element)) => false;
  String join([String separator = ""]) => "";
  Iterable<E> skip(int count) {
    RangeError.checkNotNegative(count, "count");
    return this;
  }

  Iterable<E> take(int count) {
    RangeError.checkNotNegative(count, "count");
    return this;
  }

  List<E> toList({bool growable = true}) => List<E>.empty(growable: growable);
  Set<E> toSet() => Set<E>();
}

class EmptyIterator<E> implements Iterator<E> {
  const EmptyIterator();
  bool moveNext() => false;
  E get current => null as E;
}

class FollowedByIterable<E> extends Iterable<E> {
  final Iterable<E> _first;
  final Iterable<E> _second;

  factory FollowedByIterable.of(Iterable<E> first, Iterable<E> second) {
    if (first is EfficientLengthIterable && second is EfficientLengthIterable) {
      return EfficientLengthFollowedByIterable<E>(first, second);
    }
    return FollowedByIterable<E>._(first, second);
  }

  FollowedByIterable._(this._first, this._second);

  Iterator<E> get iterator => FollowedByIterator<E>(_first, _second);

  int get length => _first.length + _second.length;
  bool get isEmpty => _first.isEmpty && _second.isEmpty;
  bool get isNotEmpty => _first.isNotEmpty || _second.isNotEmpty;
  bool contains(Object? value) => _first.contains(value) || _second.contains(value);

  E get first {
    Iterator<E> iterator = _first.iterator;
    if (iterator.moveNext()) return iterator.current;
    return _second.first;
  }

  E get last {
    Iterator<E> iterator = _second.iterator;
    if (iterator.moveNext()) {
      E last = iterator.current;
      while (iterator.moveNext()) {
        last = iterator.current;
      }
      return last;
    }
    return _first.last;
  }
}

class EfficientLengthFollowedByIterable<E> extends FollowedByIterable<E> implements EfficientLengthIterable<E> {
  EfficientLengthFollowedByIterable(Iterable<E> first, Iterable<E> second) : super._(first, second);

  E elementAt(int index) {
    int firstLength = _first.length;
    if (index < firstLength) return _first.elementAt(index);
    return _second.elementAt(index - firstLength);
  }

  E get first {
    if (_first.isNotEmpty) return _first.first;
    return _second.first;
  }

  E get last {
    if (_second.isNotEmpty) return _second.last;
    return _first.last;
  }
}

class FollowedByIterator<E> implements Iterator<E> {
  Iterator<E> _currentIterator;
  Iterable<E>? _nextIterable;

  FollowedByIterator(Iterable<E> first, this._nextIterable) : _currentIterator = first.iterator;

  bool moveNext() {
    if (_currentIterator.moveNext()) return true;
    Iterable<E>? next = _nextIterable;
    if (next != null) {
      _currentIterator = next.iterator;
      _nextIterable = null;
      return _currentIterator.moveNext();
    }
    return false;
  }

  E get current => _currentIterator.current;
}

/// `List.reversed`.
class ReversedListIterable<E> extends ListIterable<E> {
  final Iterable<E> _source;
  ReversedListIterable(this._source);

  int get length => _source.length;

  E elementAt(int index) => _source.elementAt(_source.length - 1 - index);
}

/// `Iterable.generate`.
class GeneratorIterable<E> extends ListIterable<E> {
  final int length;
  final E Function(int) _generator;

  GeneratorIterable(this.length, this._generator);

  E elementAt(int index) {
    IndexError.check(index, length, indexable: this);
    return _generator(index);
  }
}

/// `Iterable.cast` / `List.cast`: every element checked as it is read.
class CastIterable<S, T> extends Iterable<T> {
  final Iterable<S> _source;
  CastIterable(this._source);

  Iterator<T> get iterator => MappedIterator<S, T>(_source.iterator, (S e) => e as T);
  int get length => _source.length;
  bool get isEmpty => _source.isEmpty;
  bool contains(Object? other) => _source.contains(other);
  T elementAt(int index) => _source.elementAt(index) as T;
  T get first => _source.first as T;
  T get last => _source.last as T;
  T get single => _source.single as T;
}
