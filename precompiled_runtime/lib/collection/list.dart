part of dart.collection;

/// A base class for lists: everything is built on `length`, `length=`, `[]` and `[]=`.
abstract class ListBase<E> extends Object with ListMixin<E> {
  static String listToString(List list) => iterableToFullString(list, "[", "]");
}

abstract mixin class ListMixin<E> implements List<E> {
  Iterator<E> get iterator => ListIterator<E>(this);

  E elementAt(int index) => this[index];

  Iterable<E> followedBy(Iterable<E> other) => FollowedByIterable<E>.of(this, other);

  void forEach(void action(E element)) {
    int length = this.length;
    for (int i = 0; i < length; i++) {
      action(this[i]);
      if (length != this.length) throw ConcurrentModificationError(this);
    }
  }

  bool get isEmpty => length == 0;

  bool get isNotEmpty => !isEmpty;

  E get first {
    if (length == 0) throw IterableElementError.noElement();
    return this[0];
  }

  set first(E value) {
    if (length == 0) throw IterableElementError.noElement();
    this[0] = value;
  }

  E get last {
    if (length == 0) throw IterableElementError.noElement();
    return this[length - 1];
  }

  set last(E value) {
    if (length == 0) throw IterableElementError.noElement();
    this[length - 1] = value;
  }

  E get single {
    if (length == 0) throw IterableElementError.noElement();
    if (length > 1) throw IterableElementError.tooMany();
    return this[0];
  }

  bool contains(Object? element) {
    int length = this.length;
    for (int i = 0; i < length; i++) {
      if (this[i] == element) return true;
      if (length != this.length) throw ConcurrentModificationError(this);
    }
    return false;
  }

  bool every(bool test(E element)) {
    int length = this.length;
    for (int i = 0; i < length; i++) {
      if (!test(this[i])) return false;
      if (length != this.length) throw ConcurrentModificationError(this);
    }
    return true;
  }

  bool any(bool test(E element)) {
    int length = this.length;
    for (int i = 0; i < length; i++) {
      if (test(this[i])) return true;
      if (length != this.length) throw ConcurrentModificationError(this);
    }
    return false;
  }

  E firstWhere(bool test(E element), {E Function()? orElse}) {
    int length = this.length;
    for (int i = 0; i < length; i++) {
      E element = this[i];
      if (test(element)) return element;
      if (length != this.length) throw ConcurrentModificationError(this);
    }
    if (orElse != null) return orElse();
    throw IterableElementError.noElement();
  }

  E lastWhere(bool test(E element), {E Function()? orElse}) {
    int length = this.length;
    for (int i = length - 1; i >= 0; i--) {
      E element = this[i];
      if (test(element)) return element;
      if (length != this.length) throw ConcurrentModificationError(this);
    }
    if (orElse != null) return orElse();
    throw IterableElementError.noElement();
  }

  E singleWhere(bool test(E element), {E Function()? orElse}) {
    int length = this.length;
    E? match;
    bool matchFound = false;
    for (int i = 0; i < length; i++) {
      E element = this[i];
      if (test(element)) {
        if (matchFound) throw IterableElementError.tooMany();
        matchFound = true;
        match = element;
      }
      if (length != this.length) throw ConcurrentModificationError(this);
    }
    if (matchFound) return match as E;
    if (orElse != null) return orElse();
    throw IterableElementError.noElement();
  }

  String join([String separator = ""]) {
    if (length == 0) return "";
    StringBuffer buffer = StringBuffer();
    buffer.writeAll(this, separator);
    return buffer.toString();
  }

  @pragma('vm:prefer-inline')
  Iterable<E> where(bool test(E element)) => WhereIterable<E>(this, test);

  Iterable<T> whereType<T>() => WhereTypeIterable<T>(this);

  @pragma('vm:prefer-inline')
  Iterable<T> map<T>(T f(E element)) => MappedListIterable<E, T>(this, f);

  Iterable<T> expand<T>(Iterable<T> f(E element)) => ExpandIterable<E, T>(this, f);

  E reduce(E combine(E previousValue, E element)) {
    int length = this.length;
    if (length == 0) throw IterableElementError.noElement();
    E value = this[0];
    for (int i = 1; i < length; i++) {
      value = combine(value, this[i]);
      if (length != this.length) throw ConcurrentModificationError(this);
    }
    return value;
  }

  T fold<T>(T initialValue, T combine(T previousValue, E element)) {
    T value = initialValue;
    int length = this.length;
    for (int i = 0; i < length; i++) {
      value = combine(value, this[i]);
      if (length != this.length) throw ConcurrentModificationError(this);
    }
    return value;
  }

  Iterable<E> skip(int count) => SubListIterable<E>(this, count, null);

  Iterable<E> skipWhile(bool test(E element)) => SkipWhileIterable<E>(this, test);

  Iterable<E> take(int count) => SubListIterable<E>(this, 0, count);

  Iterable<E> takeWhile(bool test(E element)) => TakeWhileIterable<E>(this, test);

  List<E> toList({bool growable = true}) => List<E>.of(this, growable: growable);

  Set<E> toSet() {
    Set<E> result = Set<E>();
    for (int i = 0; i < length; i++) {
      result.add(this[i]);
    }
    return result;
  }

  int get length;
  set length(int newLength);

  void add(E element) {
    this.length = this.length + 1;
    this[this.length - 1] = element;
  }

  void addAll(Iterable<E> iterable) {
    int i = this.length;
    for (E element in iterable) {
      this.length = i + 1;
      this[i] = element;
      i++;
    }
  }

  bool remove(Object? element) {
    for (int i = 0; i < this.length; i++) {
      if (this[i] == element) {
        _closeGap(i, i + 1);
        return true;
      }
    }
    return false;
  }

  // Removes [start, end) by moving the elements after it down; arguments are already checked.
  void _closeGap(int start, int end) {
    int length = this.length;
    int size = end - start;
    for (int i = end; i < length; i++) {
      this[i - size] = this[i];
    }
    this.length = length - size;
  }

  void removeWhere(bool test(E element)) {
    _filter(test, false);
  }

  void retainWhere(bool test(E element)) {
    _filter(test, true);
  }

  void _filter(bool test(E element), bool retainMatching) {
    List<E> retained = <E>[];
    int length = this.length;
    for (int i = 0; i < length; i++) {
      E element = this[i];
      if (test(element) == retainMatching) retained.add(element);
      if (length != this.length) throw ConcurrentModificationError(this);
    }
    if (retained.length != this.length) {
      setRange(0, retained.length, retained);
      this.length = retained.length;
    }
  }

  void clear() {
    this.length = 0;
  }

  List<R> cast<R>() => _CastListView<E, R>(this);

  E removeLast() {
    if (length == 0) throw IterableElementError.noElement();
    E result = this[length - 1];
    length--;
    return result;
  }

  void sort([int Function(E a, E b)? compare]) {
    // Sorted on a fixed-length copy with the SDK's algorithm, then written back.
    List<E> copy = List<E>.of(this, growable: false);
    copy.sort(compare);
    for (int i = 0; i < copy.length; i++) {
      this[i] = copy[i];
    }
  }

  void shuffle([Random? random]) {
    Random r = random ?? Random();
    int length = this.length;
    while (length > 1) {
      int pos = r.nextInt(length);
      length -= 1;
      E tmp = this[length];
      this[length] = this[pos];
      this[pos] = tmp;
    }
  }

  Map<int, E> asMap() => ListMapView<E>(this);

  List<E> operator +(List<E> other) {
    List<E> result = <E>[];
    result.addAll(this);
    result.addAll(other);
    return result;
  }

  List<E> sublist(int start, [int? end]) {
    int listLength = this.length;
    int actualEnd = RangeError.checkValidRange(start, end, listLength);
    List<E> result = <E>[];
    for (int i = start; i < actualEnd; i++) {
      result.add(this[i]);
    }
    return result;
  }

  Iterable<E> getRange(int start, int end) {
    RangeError.checkValidRange(start, end, this.length);
    return SubListIterable<E>(this, start, end);
  }

  void removeRange(int start, int end) {
    RangeError.checkValidRange(start, end, this.length);
    if (end > start) _closeGap(start, end);
  }

  void fillRange(int start, int end, [E? fill]) {
    E value = fill as E;
    RangeError.checkValidRange(start, end, this.length);
    for (int i = start; i < end; i++) {
      this[i] = value;
    }
  }

  void setRange(int start, int end, Iterable<E> iterable, [int skipCount = 0]) {
    RangeError.checkValidRange(start, end, this.length);
    int length = end - start;
    if (length == 0) return;
    RangeError.checkNotNegative(skipCount, "skipCount");
    List<E> otherList;
    int otherStart;
    if (iterable is List) {
      otherList = unsafeCast<List<E>>(iterable);
      otherStart = skipCount;
    } else {
      otherList = iterable.skip(skipCount).toList(growable: false);
      otherStart = 0;
    }
    if (otherStart + length > otherList.length) throw IterableElementError.tooFew();
    if (otherStart < start) {
      for (int i = length - 1; i >= 0; i--) {
        this[start + i] = otherList[otherStart + i];
      }
    } else {
      for (int i = 0; i < length; i++) {
        this[start + i] = otherList[otherStart + i];
      }
    }
  }

  void replaceRange(int start, int end, Iterable<E> newContents) {
    RangeError.checkValidRange(start, end, this.length);
    if (start == this.length) {
      addAll(newContents);
      return;
    }
    List<E> contents =
        newContents is List && !identical(newContents, this) ? unsafeCast<List<E>>(newContents) : newContents.toList();
    int removeLength = end - start;
    int insertLength = contents.length;
    if (removeLength >= insertLength) {
      int insertEnd = start + insertLength;
      setRange(start, insertEnd, contents);
      if (removeLength > insertLength) _closeGap(insertEnd, end);
    } else {
      int delta = insertLength - removeLength;
      int oldLength = this.length;
      int insertEnd = start + insertLength;
      for (int i = oldLength - delta; i < oldLength; ++i) {
        add(this[i > 0 ? i : 0]);
      }
      if (insertEnd < oldLength) setRange(insertEnd, oldLength, this, end);
      setRange(start, insertEnd, contents);
    }
  }

  int indexOf(Object? element, [int start = 0]) {
    if (start < 0) start = 0;
    for (int i = start; i < this.length; i++) {
      if (this[i] == element) return i;
    }
    return -1;
  }

  int indexWhere(bool test(E element), [int start = 0]) {
    if (start < 0) start = 0;
    for (int i = start; i < this.length; i++) {
      if (test(this[i])) return i;
    }
    return -1;
  }

  int lastIndexOf(Object? element, [int? start]) {
    int begin = start ?? this.length - 1;
    if (begin >= this.length) begin = this.length - 1;
    for (int i = begin; i >= 0; i--) {
      if (this[i] == element) return i;
    }
    return -1;
  }

  int lastIndexWhere(bool test(E element), [int? start]) {
    int begin = start ?? this.length - 1;
    if (begin >= this.length) begin = this.length - 1;
    for (int i = begin; i >= 0; i--) {
      if (test(this[i])) return i;
    }
    return -1;
  }

  void insert(int index, E element) {
    RangeError.checkValueInInterval(index, 0, length, "index");
    int oldLength = length;
    add(element);
    if (index != oldLength) {
      setRange(index + 1, oldLength + 1, this, index);
      this[index] = element;
    }
  }

  E removeAt(int index) {
    E result = this[index];
    _closeGap(index, index + 1);
    return result;
  }

  void insertAll(int index, Iterable<E> iterable) {
    RangeError.checkValueInInterval(index, 0, length, "index");
    if (index == length) {
      addAll(iterable);
      return;
    }
    List<E> contents = iterable is List && !identical(iterable, this) ? unsafeCast<List<E>>(iterable) : iterable.toList();
    int insertionLength = contents.length;
    if (insertionLength == 0) return;
    int oldLength = length;
    for (int i = oldLength - insertionLength; i < oldLength; ++i) {
      add(this[i > 0 ? i : 0]);
    }
    if (contents.length != insertionLength) {
      this.length -= insertionLength;
      throw ConcurrentModificationError(iterable);
    }
    int oldCopyStart = index + insertionLength;
    if (oldCopyStart < oldLength) setRange(oldCopyStart, oldLength, this, index);
    setAll(index, contents);
  }

  void setAll(int index, Iterable<E> iterable) {
    if (iterable is List) {
      setRange(index, index + iterable.length, unsafeCast<List<E>>(iterable));
    } else {
      for (E element in iterable) {
        this[index++] = element;
      }
    }
  }

  Iterable<E> get reversed => ReversedListIterable<E>(this);

  String toString() => iterableToFullString(this, "[", "]");
}

/// `List.asMap()`: an unmodifiable map view from indices to elements.
class ListMapView<E> extends UnmodifiableMapBase<int, E> {
  final List<E> _values;

  ListMapView(this._values);

  E? operator [](Object? key) => containsKey(key) ? _values[key as int] : null;
  int get length => _values.length;

  Iterable<E> get values => SubListIterable<E>(_values, 0, null);
  Iterable<int> get keys => _ListIndicesIterable(_values);

  bool get isEmpty => _values.isEmpty;
  bool get isNotEmpty => _values.isNotEmpty;
  bool containsValue(Object? value) => _values.contains(value);
  bool containsKey(Object? key) => key is int && key >= 0 && key < length;

  void forEach(void f(int key, E value)) {
    int length = _values.length;
    for (int i = 0; i < length; i++) {
      f(i, _values[i]);
      if (length != _values.length) throw ConcurrentModificationError(_values);
    }
  }
}

class _ListIndicesIterable extends ListIterable<int> {
  final List _backedList;

  _ListIndicesIterable(this._backedList);

  int get length => _backedList.length;
  int elementAt(int index) {
    IndexError.check(index, length, indexable: this);
    return index;
  }
}

/// An unmodifiable view of another list.
class UnmodifiableListView<E> extends ListBase<E> {
  final List<E> _source;

  UnmodifiableListView(Iterable<E> source) : _source = source is List ? unsafeCast<List<E>>(source) : source.toList();

  int get length => _source.length;
  E operator [](int index) => _source[index];

  set length(int newLength) => throw UnsupportedError("Cannot change the length of an unmodifiable list");
  void operator []=(int index, E value) => throw UnsupportedError("Cannot modify an unmodifiable list");
  void add(E value) => throw UnsupportedError("Cannot add to an unmodifiable list");
  void addAll(Iterable<E> iterable) => throw UnsupportedError("Cannot add to an unmodifiable list");
  void insert(int index, E element) => throw UnsupportedError("Cannot add to an unmodifiable list");
  void insertAll(int index, Iterable<E> iterable) => throw UnsupportedError("Cannot add to an unmodifiable list");
  bool remove(Object? element) => throw UnsupportedError("Cannot remove from an unmodifiable list");
  E removeAt(int index) => throw UnsupportedError("Cannot remove from an unmodifiable list");
  E removeLast() => throw UnsupportedError("Cannot remove from an unmodifiable list");
  void removeWhere(bool test(E element)) => throw UnsupportedError("Cannot remove from an unmodifiable list");
  void retainWhere(bool test(E element)) => throw UnsupportedError("Cannot remove from an unmodifiable list");
  void removeRange(int start, int end) => throw UnsupportedError("Cannot remove from an unmodifiable list");
  void clear() => throw UnsupportedError("Cannot clear an unmodifiable list");
  void sort([int Function(E a, E b)? compare]) => throw UnsupportedError("Cannot modify an unmodifiable list");
  void shuffle([Random? random]) => throw UnsupportedError("Cannot modify an unmodifiable list");
  void setRange(int start, int end, Iterable<E> iterable, [int skipCount = 0]) =>
      throw UnsupportedError("Cannot modify an unmodifiable list");
  void fillRange(int start, int end, [E? fill]) => throw UnsupportedError("Cannot modify an unmodifiable list");
  void replaceRange(int start, int end, Iterable<E> iterable) =>
      throw UnsupportedError("Cannot remove from an unmodifiable list");
  void setAll(int index, Iterable<E> iterable) => throw UnsupportedError("Cannot modify an unmodifiable list");
}

// `list.cast<R>()`: a view of the list, not a copy, as in dart:core: each element read is
// checked as an R, each element written as the source's element type, and later changes to
// either are seen through the other.
class _CastListView<S, T> extends ListBase<T> {
  final List<S> _source;
  _CastListView(this._source);

  int get length => _source.length;
  set length(int newLength) {
    _source.length = newLength;
  }

  T operator [](int index) => _source[index] as T;
  void operator []=(int index, T value) {
    _source[index] = value as S;
  }

  void add(T value) {
    _source.add(value as S);
  }

  void insert(int index, T element) {
    _source.insert(index, element as S);
  }

  bool remove(Object? value) => _source.remove(value);
  T removeAt(int index) => _source.removeAt(index) as T;
  T removeLast() => _source.removeLast() as T;
  void clear() {
    _source.clear();
  }

  List<R> cast<R>() => _CastListView<S, R>(_source);
}
