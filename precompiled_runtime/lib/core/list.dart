part of dart.core;

// Lists: the List interface with its constructors, and the three list classes of the VM:
// _List (fixed length: List.filled, List.generate(growable: false), ...), _ImmutableList (const
// lists, emitted as read-only data) and _GrowableList (list literals and growable lists), which
// keeps its elements in a _List with spare room.

abstract class List<E> implements EfficientLengthIterable<E> {
  @pragma('vm:prefer-inline')
  factory List.filled(int length, E fill, {bool growable = false}) =>
      _GrowableList<E>._filled(length, fill, !growable);

  factory List.empty({bool growable = false}) {
    if (growable) return _GrowableList<E>._withCapacity(0);
    return _GrowableList<E>._fixed(_List<E?>(0));
  }

  factory List.from(Iterable elements, {bool growable = true}) {
    _GrowableList<E> list = _GrowableList<E>._withCapacity(0);
    for (Object? element in elements) {
      list.add(element as E);
    }
    if (growable) return list;
    return list._asFixed();
  }

  factory List.of(Iterable<E> elements, {bool growable = true}) {
    _GrowableList<E> list = _GrowableList<E>._of(elements);
    if (growable) return list;
    return list._asFixed();
  }

  factory List.generate(int length, E generator(int index), {bool growable = true}) {
    _checkLength(length, growable);
    _List<E?> data = _List<E?>(growable && length < 4 ? 4 : length);
    for (int i = 0; i < length; i++) {
      data[i] = generator(i);
    }
    if (growable) return _GrowableList<E>._fromArray(data, length);
    return _GrowableList<E>._fixed(data);
  }

  factory List.unmodifiable(Iterable elements) {
    List<E> list = List<E>.from(elements, growable: false);
    return UnmodifiableListView<E>(list);
  }

  /// [source] seen as a `List<T>`: what `source.cast<T>()` gives.
  static List<T> castFrom<S, T>(List<S> source) => source.cast<T>();

  static void copyRange<T>(List<T> target, int at, List<T> source, [int? start, int? end]) {
    int first = start ?? 0;
    int last = RangeError.checkValidRange(first, end, source.length);
    int length = last - first;
    if (target.length < at + length) {
      throw ArgumentError.value(target, "target", "Not big enough to hold $length elements at position $at");
    }
    if (!identical(source, target) || first >= at) {
      for (int i = 0; i < length; i++) {
        target[at + i] = source[first + i];
      }
    } else {
      for (int i = length; --i >= 0;) {
        target[at + i] = source[first + i];
      }
    }
  }

  static void writeIterable<T>(List<T> target, int at, Iterable<T> source) {
    RangeError.checkValueInInterval(at, 0, target.length, "at");
    int index = at;
    int targetLength = target.length;
    for (T element in source) {
      if (index == targetLength) throw IndexError.withLength(targetLength, targetLength, indexable: target);
      target[index] = element;
      index++;
    }
  }

  E operator [](int index);
  void operator []=(int index, E value);
  int get length;
  set length(int newLength);
  E get first;
  set first(E value);
  E get last;
  set last(E value);
  void add(E value);
  void addAll(Iterable<E> iterable);
  Iterable<E> get reversed;
  void sort([int Function(E a, E b)? compare]);
  void shuffle([Random? random]);
  int indexOf(E element, [int start = 0]);
  int indexWhere(bool test(E element), [int start = 0]);
  int lastIndexWhere(bool test(E element), [int? start]);
  int lastIndexOf(E element, [int? start]);
  void clear();
  void insert(int index, E element);
  void insertAll(int index, Iterable<E> iterable);
  void setAll(int index, Iterable<E> iterable);
  bool remove(Object? value);
  E removeAt(int index);
  E removeLast();
  void removeWhere(bool test(E element));
  void retainWhere(bool test(E element));
  List<E> operator +(List<E> other);
  List<E> sublist(int start, [int? end]);
  Iterable<E> getRange(int start, int end);
  void setRange(int start, int end, Iterable<E> iterable, [int skipCount = 0]);
  void removeRange(int start, int end);
  void fillRange(int start, int end, [E? fillValue]);
  void replaceRange(int start, int end, Iterable<E> replacements);
  Map<int, E> asMap();
  List<R> cast<R>();
  bool operator ==(Object other);

  // --- Bulk copies for dart:typed_data (SDK-private), whose lists keep their elements in a
  // fixed-length _GrowableList. They return false when a list is some other class; the caller
  // then copies element by element. Ranges are checked by the caller.

  // Copies `count` elements as they are, like memmove: the ranges may overlap (the same list, or
  // two views of one array), as the VM's typed-data setRange does.
  static bool _copyElements(List<Object?> dst, int dstStart, List<Object?> src, int srcStart, int count) {
    if (dst is! _GrowableList || src is! _GrowableList) return false;
    _List._copy(unsafeCast<_GrowableList<Object?>>(src)._data, srcStart,
        unsafeCast<_GrowableList<Object?>>(dst)._data, dstStart, count);
    return true;
  }

  // Sets elements [start, end) to `value`.
  static bool _fillElements(List<Object?> dst, int start, int end, Object? value) {
    if (dst is! _GrowableList) return false;
    _fillArray(unsafeCast<_GrowableList<Object?>>(dst)._data, start, end, value);
    return true;
  }

  // dart:io: a fixed-length list of the code units of a one-byte string of bytes, filled natively.
  static List<int> _ofByteString(String bytes) {
    List<int> list = List<int>.filled(bytes.length, 0);
    _fillFromByteString(unsafeCast<_GrowableList<int>>(list)._data, bytes);
    return list;
  }

  // Copies `count` ints converting each the way an integer typed list stores it:
  // `((v & mask) ^ sign) - sign` (mask 2^bits - 1; sign 2^(bits - 1) for signed lists, else 0),
  // or clamped to 0..255 when `clamp`. Sources and destinations are different arrays (a list
  // whose values need no conversion takes _copyElements).
  static bool _copyInts(List<int> dst, int dstStart, List<int> src, int srcStart, int count, int mask, int sign, bool clamp) {
    if (dst is! _GrowableList || src is! _GrowableList) return false;
    _List<int?> to = unsafeCast<_List<int?>>(unsafeCast<_GrowableList<int>>(dst)._data);
    _List<int?> from = unsafeCast<_List<int?>>(unsafeCast<_GrowableList<int>>(src)._data);
    if (identical(to, from)) return false;
    if (clamp) {
      for (int i = 0; i < count; i++) {
        int v = unsafeCast<int>(from[srcStart + i]);
        to[dstStart + i] = v < 0 ? 0 : (v > 255 ? 255 : v);
      }
    } else {
      for (int i = 0; i < count; i++) {
        to[dstStart + i] = ((unsafeCast<int>(from[srcStart + i]) & mask) ^ sign) - sign;
      }
    }
    return true;
  }
}

// The VM's largest array length on 64-bit targets (Array::kMaxElements: the largest Smi over the
// 8-byte element size); its RangeError for a negative length names this range.
const int _maxArrayLength = 576460752303423487;

// The VM allocates a list's array with a negative length and its AllocateArray entry throws
// RangeError.range(length, 0, kMaxElements, "length"). A growable list asks for `length | 1`
// elements (_GrowableList._allocateData rounds capacities up to odd), so that is the value its
// error names: -2 is reported as -1.
int _checkLength(int length, bool growable) {
  if (length < 0) {
    throw RangeError.range(growable ? length | 1 : length, 0, _maxArrayLength, "length");
  }
  return length;
}

// --- The backing array -----------------------------------------------------------------------------

// The fixed-size array every list and hash table is built on (DartArray in the runtime ABI), and
// no List itself: lists of every kind are _GrowableList (or _ImmutableList for constants), so a
// program's List calls usually have a single implementation and are called directly. The
// natives are compiler intrinsics: allocation (filled with null), bounds-checked element access,
// and a block copy.
final class _List<E> {
  @pragma('dartc:calls', '_throwArgumentError')
  external factory _List(int length);
  // An array of `length` elements, each `fill`, written once: small ones inline, large ones by the
  // runtime from memory it does not zero first (codegen/src/array_allocation.cpp). The caller has
  // checked that the length is not negative.
  @pragma('dartc:calls', '_throwArgumentError')
  external factory _List._filled(int length, E fill);
  external int get length;
  @pragma('dartc:calls', '_throwRangeError')
  external E operator [](int index);
  @pragma('dartc:calls', '_throwRangeError')
  external void operator []=(int index, E value);
  // Element access without the bounds check, for callers that have just checked the index
  // against a length no larger than the array's (a growable list's _length): one compare and
  // branch less per element, and small enough for `[]=` to be inlined.
  external E _getUnchecked(int index);
  external void _setUnchecked(int index, E value);
  // Copies count elements; the ranges are checked by the caller and may overlap.
  external static void _copy(_List src, int srcStart, _List dst, int dstStart, int count);
}

// List.sort() of small ints: sorts elements [0, length) and returns 1 when every one is a small
// int (a Smi); returns 0 and leaves the array unchanged otherwise.
@pragma('dartc:native', 'dartrt_sort_smis')
external int _sortSmis(_List<Object?> array, int length);

// Element i of `array` set to code unit i of the one-byte string `bytes` (as long as the array).
@pragma('dartc:native', 'dartrt_array_fill_from_bytes')
external void _fillFromByteString(_List<Object?> array, String bytes);

// Elements [start, end) of `array` set to `value` (a runtime loop the C compiler vectorizes).
@pragma('dartc:native', 'dartrt_array_fill')
external void _fillArray(_List<Object?> array, int start, int end, Object? value);

// Constant lists: read-only data laid out like _List.
final class _ImmutableList<E> extends ListBase<E> {
  external int get length;
  @pragma('dartc:calls', '_throwRangeError')
  external E operator [](int index);

  Iterator<E> get iterator => ListIterator<E>(this);

  static Never _unmodifiable(String what) => throw UnsupportedError("Cannot $what an unmodifiable list");

  void operator []=(int index, E value) => _unmodifiable("modify");
  set length(int newLength) => _unmodifiable("change the length of");
  void add(E value) => _unmodifiable("add to");
  void addAll(Iterable<E> iterable) => _unmodifiable("add to");
  void insert(int index, E element) => _unmodifiable("add to");
  void insertAll(int index, Iterable<E> iterable) => _unmodifiable("add to");
  bool remove(Object? element) => _unmodifiable("remove from");
  E removeAt(int index) => _unmodifiable("remove from");
  E removeLast() => _unmodifiable("remove from");
  void removeWhere(bool test(E element)) => _unmodifiable("remove from");
  void retainWhere(bool test(E element)) => _unmodifiable("remove from");
  void removeRange(int start, int end) => _unmodifiable("remove from");
  void replaceRange(int start, int end, Iterable<E> iterable) => _unmodifiable("remove from");
  void clear() => _unmodifiable("clear");
  void sort([int Function(E a, E b)? compare]) => _unmodifiable("modify");
  void shuffle([Random? random]) => _unmodifiable("modify");
  void setRange(int start, int end, Iterable<E> iterable, [int skipCount = 0]) => _unmodifiable("modify");
  void setAll(int index, Iterable<E> iterable) => _unmodifiable("modify");
  void fillRange(int start, int end, [E? fill]) => _unmodifiable("modify");

  bool get isEmpty => length == 0;
  bool get isNotEmpty => length != 0;

  bool contains(Object? element) {
    int length = this.length;
    for (int i = 0; i < length; i++) {
      if (this[i] == element) return true;
    }
    return false;
  }
}

// --- Growable lists ------------------------------------------------------------------------------

// Every list that is not a constant: growable lists (list literals allocate the array and call
// _fromArray, which the compiler relies on) and fixed-length lists (List.filled, toList(growable:
// false), ...: `_isFixed`, with an array of exactly `_length` elements, so that add always reaches
// _grow, which throws for them). Slots from _length on are null; elements are read back with
// unsafeCast because the array is typed E? for those empty slots.
final class _GrowableList<E> extends ListBase<E> {
  _List<E?> _data;
  int _length;
  bool _isFixed = false;

  _GrowableList._fromArray(this._data, this._length);

  // A fixed-length list of all of `data`.
  _GrowableList._fixed(_List<E?> data)
      : _data = data,
        _length = data.length,
        _isFixed = true;

  factory _GrowableList._withCapacity(int capacity) =>
      _GrowableList<E>._fromArray(_List<E?>(capacity < 4 ? 4 : capacity), 0);

  // Inlined, so that a call site's constant element type gives constant type arguments here (no
  // instantiation at run time) and a constant length and fill reach _List._filled.
  @pragma('vm:prefer-inline')
  factory _GrowableList._filled(int length, E fill, bool fixed) {
    _checkLength(length, !fixed);
    if (fixed || length >= 4) {
      // No spare room: every element is `fill`, written once (_List._filled); a null fill is
      // the new array's own zero.
      _List<E?> data = fill == null ? _List<E?>(length) : _List<E?>._filled(length, fill);
      if (fixed) return _GrowableList<E>._fixed(data);
      return _GrowableList<E>._fromArray(data, length);
    }
    _List<E?> data = _List<E?>(4);
    if (fill != null) _fillArray(data, 0, length, fill);
    return _GrowableList<E>._fromArray(data, length);
  }

  // This new list made fixed-length (its array is reused when it has no spare room).
  _GrowableList<E> _asFixed() {
    if (_data.length == _length) {
      _isFixed = true;
      return this;
    }
    return _toFixed();
  }

  // A fixed-length copy.
  _GrowableList<E> _toFixed() {
    _List<E?> data = _List<E?>(_length);
    _List._copy(_data, 0, data, 0, _length);
    return _GrowableList<E>._fixed(data);
  }

  Never _fixedLength(String what) => throw UnsupportedError("Cannot $what a fixed-length list");

  factory _GrowableList._of(Iterable<E> elements) {
    if (elements is _GrowableList) {
      _GrowableList<E> list = unsafeCast<_GrowableList<E>>(elements);
      int length = list._length;
      _List<E?> data = _List<E?>(length < 4 ? 4 : length);
      _List._copy(list._data, 0, data, 0, length);
      return _GrowableList<E>._fromArray(data, length);
    }
    if (elements is EfficientLengthIterable) {
      int length = elements.length;
      _List<E?> data = _List<E?>(length < 4 ? 4 : length);
      int i = 0;
      for (E element in elements) {
        if (i == length) throw ConcurrentModificationError(elements);
        data[i] = element;
        i++;
      }
      if (i != length) throw ConcurrentModificationError(elements);
      return _GrowableList<E>._fromArray(data, length);
    }
    _GrowableList<E> list = _GrowableList<E>._withCapacity(0);
    for (E element in elements) {
      list.add(element);
    }
    return list;
  }

  int get length => _length;

  set length(int newLength) {
    if (_isFixed) _fixedLength("change the length of");
    int length = _length;
    if (newLength > length) {
      // Only lists of a nullable type can grow this way (the new slots hold null).
      null as E;
      if (newLength > _data.length) _grow(newLength);
      _length = newLength;
      return;
    }
    RangeError.checkNotNegative(newLength, "newLength");
    for (int i = newLength; i < length; i++) {
      _data[i] = null;
    }
    _length = newLength;
  }

  // Element access is inlined at every call site (as the VM's is): the index check against
  // _length, then the array access, which needs no check of its own (_length <= _data.length).
  // The check is `|`, not `||`: with both compares evaluated and _length known non-negative,
  // LLVM folds them into one unsigned compare (docs/codegen-aliasing.md); so in typed_data.
  @pragma('vm:prefer-inline')
  E operator [](int index) {
    if ((index < 0) | (index >= _length)) _throwRangeError(index, _length, "length");
    return unsafeCast<E>(_data._getUnchecked(index));
  }

  @pragma('vm:prefer-inline')
  void operator []=(int index, E value) {
    if ((index < 0) | (index >= _length)) _throwRangeError(index, _length, "length");
    _data._setUnchecked(index, value);
  }

  void add(E value) {
    int length = _length;
    if (length == _data.length) _grow(length + 1);
    _data._setUnchecked(length, value);
    _length = length + 1;
  }

  // Makes room for at least `minimum` elements (doubling, so that adds are amortized O(1)).
  void _grow(int minimum) {
    if (_isFixed) _fixedLength("add to");
    int capacity = _data.length * 2;
    if (capacity < minimum) capacity = minimum;
    if (capacity < 4) capacity = 4;
    _List<E?> bigger = _List<E?>(capacity);
    _List._copy(_data, 0, bigger, 0, _length);
    _data = bigger;
  }

  void addAll(Iterable<E> iterable) {
    if (_isFixed) _fixedLength("add to");
    int length = _length;
    if (iterable is _GrowableList) {
      _GrowableList<E> list = unsafeCast<_GrowableList<E>>(iterable);
      int count = list._length;
      if (length + count > _data.length) _grow(length + count);
      _List._copy(list._data, 0, _data, length, count);
      _length = length + count;
      return;
    }
    if (iterable is EfficientLengthIterable) {
      int count = iterable.length;
      if (count == 0) return;
      if (length + count > _data.length) _grow(length + count);
    }
    Iterator<E> it = iterable.iterator;
    while (it.moveNext()) {
      if (_length != length) throw ConcurrentModificationError(this);
      add(it.current);
      length++;
    }
  }

  E removeLast() {
    if (_isFixed) _fixedLength("remove from");
    int length = _length - 1;
    if (length < 0) _throwRangeError(length, _length, "length");
    E result = unsafeCast<E>(_data[length]);
    _data[length] = null;
    _length = length;
    return result;
  }

  E removeAt(int index) {
    if (_isFixed) _fixedLength("remove from");
    int length = _length;
    if ((index < 0) | (index >= length)) _throwRangeError(index, length, "length");
    E result = unsafeCast<E>(_data[index]);
    _List._copy(_data, index + 1, _data, index, length - index - 1);
    _data[length - 1] = null;
    _length = length - 1;
    return result;
  }

  bool remove(Object? element) {
    if (_isFixed) _fixedLength("remove from");
    for (int i = 0; i < _length; i++) {
      if (_data[i] == element) {
        removeAt(i);
        return true;
      }
    }
    return false;
  }

  void insert(int index, E element) {
    if (_isFixed) _fixedLength("add to");
    int length = _length;
    if (index < 0 || index > length) throw RangeError.range(index, 0, length);
    if (length == _data.length) _grow(length + 1);
    _List._copy(_data, index, _data, index + 1, length - index);
    _data[index] = element;
    _length = length + 1;
  }

  void insertAll(int index, Iterable<E> iterable) {
    if (_isFixed) _fixedLength("add to");
    int length = _length;
    if (index < 0 || index > length) throw RangeError.range(index, 0, length);
    _GrowableList<E> items = iterable is _GrowableList && !identical(iterable, this)
        ? unsafeCast<_GrowableList<E>>(iterable)
        : _GrowableList<E>._of(iterable);
    int count = items._length;
    if (length + count > _data.length) _grow(length + count);
    _List._copy(_data, index, _data, index + count, length - index);
    _List._copy(items._data, 0, _data, index, count);
    _length = length + count;
  }

  void replaceRange(int start, int end, Iterable<E> newContents) {
    if (_isFixed) _fixedLength("remove from");
    super.replaceRange(start, end, newContents);
  }

  void removeRange(int start, int end) {
    if (_isFixed) _fixedLength("remove from");
    int length = _length;
    RangeError.checkValidRange(start, end, length);
    int count = end - start;
    if (count == 0) return;
    _List._copy(_data, end, _data, start, length - end);
    for (int i = length - count; i < length; i++) {
      _data[i] = null;
    }
    _length = length - count;
  }

  void removeWhere(bool test(E element)) {
    _filter(test, false);
  }

  void retainWhere(bool test(E element)) {
    _filter(test, true);
  }

  void _filter(bool test(E element), bool retainMatching) {
    if (_isFixed) _fixedLength("remove from");
    int length = _length;
    int kept = 0;
    _List<E?> data = _data;
    for (int i = 0; i < length; i++) {
      E element = unsafeCast<E>(data[i]);
      bool keep = test(element) == retainMatching;
      if (length != _length) throw ConcurrentModificationError(this);
      if (keep) {
        data[kept] = element;
        kept++;
      }
    }
    for (int i = kept; i < length; i++) {
      data[i] = null;
    }
    _length = kept;
  }

  void clear() {
    if (_isFixed) _fixedLength("clear");
    if (_length == 0) return;
    _data = _List<E?>(4);
    _length = 0;
  }

  Iterator<E> get iterator => _GrowableListIterator<E>(this);

  bool get isEmpty => _length == 0;
  bool get isNotEmpty => _length != 0;

  E get first {
    if (_length == 0) throw IterableElementError.noElement();
    return unsafeCast<E>(_data[0]);
  }

  E get last {
    if (_length == 0) throw IterableElementError.noElement();
    return unsafeCast<E>(_data[_length - 1]);
  }

  E get single {
    if (_length == 1) return unsafeCast<E>(_data[0]);
    if (_length == 0) throw IterableElementError.noElement();
    throw IterableElementError.tooMany();
  }

  E elementAt(int index) => this[index];

  // Inlined so that the closure a call site passes is known there and can be inlined in turn.
  @pragma('vm:prefer-inline')
  void forEach(void action(E element)) {
    int length = _length;
    for (int i = 0; i < length; i++) {
      // i < length == _length <= the array's length: checked after every call of [action].
      action(unsafeCast<E>(_data._getUnchecked(i)));
      if (length != _length) throw ConcurrentModificationError(this);
    }
  }

  bool contains(Object? element) {
    _List<E?> data = _data;
    int length = _length;
    for (int i = 0; i < length; i++) {
      if (data[i] == element) return true;
    }
    return false;
  }

  int indexOf(Object? element, [int start = 0]) {
    if (start < 0) start = 0;
    for (int i = start; i < _length; i++) {
      if (_data[i] == element) return i;
    }
    return -1;
  }

  int lastIndexOf(Object? element, [int? start]) {
    int begin = start ?? _length - 1;
    if (begin >= _length) begin = _length - 1;
    for (int i = begin; i >= 0; i--) {
      if (_data[i] == element) return i;
    }
    return -1;
  }

  void sort([int Function(E a, E b)? compare]) {
    // Without a comparator, ints have one sorted order whatever the algorithm (equal ints are
    // indistinguishable), so a list of small ints is sorted natively.
    if (compare == null && _length > 1 && _sortSmis(_data, _length) != 0) return;
    _Sort.sort<E>(unsafeCast<_List<E>>(_data), _length, compare ?? _compareAny);
  }

  void setRange(int start, int end, Iterable<E> iterable, [int skipCount = 0]) {
    RangeError.checkValidRange(start, end, _length);
    int count = end - start;
    if (count == 0) return;
    RangeError.checkNotNegative(skipCount, "skipCount");
    if (iterable is _GrowableList) {
      _GrowableList<E> list = unsafeCast<_GrowableList<E>>(iterable);
      if (skipCount + count > list._length) throw IterableElementError.tooFew();
      _List._copy(list._data, skipCount, _data, start, count);
      return;
    }
    super.setRange(start, end, iterable, skipCount);
  }

  List<E> sublist(int start, [int? end]) {
    int actualEnd = RangeError.checkValidRange(start, end, _length);
    int count = actualEnd - start;
    _List<E?> data = _List<E?>(count < 4 ? 4 : count);
    _List._copy(_data, start, data, 0, count);
    return _GrowableList<E>._fromArray(data, count);
  }

  List<E> toList({bool growable = true}) {
    int length = _length;
    if (!growable) return _toFixed();
    _List<E?> data = _List<E?>(length < 4 ? 4 : length);
    _List._copy(_data, 0, data, 0, length);
    return _GrowableList<E>._fromArray(data, length);
  }

  String join([String separator = ""]) {
    int length = _length;
    if (length == 0) return "";
    _List<String> parts = _List<String>(separator.isEmpty ? length : 2 * length - 1);
    int j = 0;
    for (int i = 0; i < length; i++) {
      if (i > 0 && separator.isNotEmpty) {
        parts[j] = separator;
        j++;
      }
      Object? element = _data[i];
      parts[j] = element is String ? element : element.toString();
      j++;
      if (length != _length) throw ConcurrentModificationError(this);
    }
    return _concatArray(parts, j) ?? _throwOutOfMemory();
  }

  String toString() => iterableToFullString(this, "[", "]");
}

class _GrowableListIterator<E> implements Iterator<E> {
  final _GrowableList<E> _list;
  final int _length;
  int _index = 0;
  E? _current;

  _GrowableListIterator(_GrowableList<E> list)
      : _list = list,
        _length = list._length;

  // A for-in loop over a growable list calls these on every element; inlined, the iterator's
  // fields stay in registers between iterations instead of a call and four memory accesses.
  @pragma('vm:prefer-inline')
  E get current => unsafeCast<E>(_current);

  @pragma('vm:prefer-inline')
  bool moveNext() {
    _GrowableList<E> list = _list;
    if (list._length != _length) throw ConcurrentModificationError(list);
    int i = _index;
    if (i >= _length) {
      _current = null;
      return false;
    }
    _current = list._data._getUnchecked(i);  // i < _length == list._length <= the array's length
    _index = i + 1;
    return true;
  }
}
