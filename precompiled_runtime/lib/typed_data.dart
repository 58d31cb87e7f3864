// dart:typed_data for dartc: fixed-length lists of integers and doubles with the element types'
// wrap-around (Int8List, Uint8List, Uint8ClampedList, Int16List, Uint16List, Int32List,
// Uint32List, Int64List, Uint64List) and rounding (Float32List, Float64List) semantics.
//
// Limits: the elements are kept in a value array rather than raw bytes, so views of one buffer
// as another element type (ByteBuffer, ByteData, `.view`) are not available; `sublistView` is,
// for views of the same type.
library dart.typed_data;

import 'dart:_internal';
import 'dart:collection';

/// Common members of typed lists.
abstract interface class TypedData {
  int get elementSizeInBytes;
  int get offsetInBytes;
  int get lengthInBytes;
}

Never _fixedLength(String what) => throw UnsupportedError("Cannot $what a fixed-length list");

// Storage shared by the integer lists: `_data[_offset + i]` holds element i.
abstract class _TypedList<E> extends ListBase<E> implements TypedData {
  final List<E> _data;
  final int _offset;
  final int _length;

  _TypedList(this._data, this._offset, this._length);

  int get length => _length;

  int get offsetInBytes => _offset * elementSizeInBytes;
  int get lengthInBytes => length * elementSizeInBytes;

  E _convert(E value);

  E operator [](int index) {
    if (index < 0 || index >= length) throw RangeError.range(index, 0, length - 1, "length");
    return _data[_offset + index];
  }

  void operator []=(int index, E value) {
    if (index < 0 || index >= length) throw RangeError.range(index, 0, length - 1, "length");
    _data[_offset + index] = _convert(value);
  }

  set length(int newLength) => _fixedLength("change the length of");
  void add(E value) => _fixedLength("add to");
  void addAll(Iterable<E> iterable) => _fixedLength("add to");
  void insert(int index, E element) => _fixedLength("add to");
  void insertAll(int index, Iterable<E> iterable) => _fixedLength("add to");
  bool remove(Object? element) => _fixedLength("remove from");
  E removeAt(int index) => _fixedLength("remove from");
  E removeLast() => _fixedLength("remove from");
  void removeWhere(bool test(E element)) => _fixedLength("remove from");
  void retainWhere(bool test(E element)) => _fixedLength("remove from");
  void removeRange(int start, int end) => _fixedLength("remove from");
  void replaceRange(int start, int end, Iterable<E> iterable) => _fixedLength("remove from");
  void clear() => _fixedLength("clear");

  void fillRange(int start, int end, [E? fillValue]) {
    RangeError.checkValidRange(start, end, length);
    E value = _convert(fillValue as E);
    if (List._fillElements(_data, _offset + start, _offset + end, value)) return;
    for (int i = start; i < end; i++) {
      _data[_offset + i] = value;
    }
  }

  void setRange(int start, int end, Iterable<E> iterable, [int skipCount = 0]) {
    RangeError.checkValidRange(start, end, length);
    RangeError.checkNotNegative(skipCount, "skipCount");
    int count = end - start;
    if (count == 0) return;
    List<E> source = iterable is List ? unsafeCast<List<E>>(iterable) : iterable.skip(skipCount).toList();
    int from = iterable is List ? skipCount : 0;
    if (from + count > source.length) throw IterableElementError.tooFew();
    if (_bulkCopy(source, from, start, count)) return;
    if (identical(source, this) && from < start) {
      for (int i = count - 1; i >= 0; i--) {
        this[start + i] = source[from + i];
      }
    } else {
      for (int i = 0; i < count; i++) {
        this[start + i] = source[from + i];
      }
    }
  }

  // Copies `count` elements of `source` from `from` to `start` without a call per element when
  // the source is a core list or a typed list (their arrays are copied directly); false for other
  // lists. A source whose every value is stored unchanged is copied like memmove, so overlapping
  // ranges of one list or of two views of one array behave as on the VM.
  bool _bulkCopy(List<E> source, int from, int start, int count) {
    List<E> array = source;
    int offset = from;
    if (source is _TypedList) {
      _TypedList<E> typed = unsafeCast<_TypedList<E>>(source);
      array = typed._data;
      offset = typed._offset + from;
    }
    if (_storesUnchanged(source)) return List._copyElements(_data, _offset + start, array, offset, count);
    return _convertingCopy(array, offset, start, count);
  }

  // Whether every value `source` can hold is stored in this list as it is.
  bool _storesUnchanged(List<E> source);

  // Copies from a core list's array at `offset`, converting each element; false if it cannot.
  bool _convertingCopy(List<E> array, int offset, int start, int count) => false;
}

// Integer lists: values are reduced to `bits` bits, signed or not.
abstract class _IntList extends _TypedList<int> {
  _IntList(List<int> data, int offset, int length) : super(data, offset, length);

  // The stored range: `_bits` wide, two's complement when `_signed` (Uint8ClampedList: 8 bits,
  // unsigned, clamped instead of wrapped).
  int get _bits;
  bool get _signed;
  bool get _clamped => false;

  bool _storesUnchanged(List<int> source) {
    if (_bits == 64) return true;
    if (source is! _IntList) return false;
    _IntList other = unsafeCast<_IntList>(source);
    if (_signed) return other._signed ? other._bits <= _bits : other._bits < _bits;
    return !other._signed && other._bits <= _bits;
  }

  bool _convertingCopy(List<int> array, int offset, int start, int count) {
    int bits = _bits;
    return List._copyInts(_data, _offset + start, array, offset, count, (1 << bits) - 1,
        _signed ? 1 << (bits - 1) : 0, _clamped);
  }

  static List<int> _zeros(int length) {
    RangeError.checkNotNegative(length, "length");
    return List<int>.filled(length, 0);
  }
}

abstract final class Int8List implements List<int>, TypedData {
  static const int bytesPerElement = 1;
  factory Int8List(int length) => _Int8List(_IntList._zeros(length), 0, length);
  factory Int8List.fromList(List<int> elements) => Int8List(elements.length)..setRange(0, elements.length, elements);
  factory Int8List.sublistView(TypedData data, [int start = 0, int? end]) {
    _Int8List list = data as _Int8List;
    int e = RangeError.checkValidRange(start, end, list.length);
    return _Int8List(list._data, list._offset + start, e - start);
  }
}

final class _Int8List extends _IntList implements Int8List {
  _Int8List(List<int> data, int offset, int length) : super(data, offset, length);
  int get _bits => 8;
  bool get _signed => true;
  int get elementSizeInBytes => 1;
  int _convert(int value) => ((value & 0xFF) ^ 0x80) - 0x80;
  List<int> sublist(int start, [int? end]) {
    int e = RangeError.checkValidRange(start, end, length);
    return Int8List(e - start)..setRange(0, e - start, this, start);
  }
}

abstract final class Uint8List implements List<int>, TypedData {
  static const int bytesPerElement = 1;
  factory Uint8List(int length) => _Uint8List(_IntList._zeros(length), 0, length);
  factory Uint8List.fromList(List<int> elements) => Uint8List(elements.length)..setRange(0, elements.length, elements);
  // dart:io's byte strings (one-byte strings holding bytes) to and from Uint8Lists, in bulk.
  static Uint8List _ofByteString(String bytes) => _Uint8List(List._ofByteString(bytes), 0, bytes.length);
  static String _byteString(Uint8List list, int start, int end) {
    _Uint8List bytes = list as _Uint8List;
    return String.fromCharCodes(bytes._data, bytes._offset + start, bytes._offset + end);
  }

  factory Uint8List.sublistView(TypedData data, [int start = 0, int? end]) {
    _Uint8List list = data as _Uint8List;
    int e = RangeError.checkValidRange(start, end, list.length);
    return _Uint8List(list._data, list._offset + start, e - start);
  }
}

final class _Uint8List extends _IntList implements Uint8List {
  _Uint8List(List<int> data, int offset, int length) : super(data, offset, length);
  int get _bits => 8;
  bool get _signed => false;
  int get elementSizeInBytes => 1;
  int _convert(int value) => value & 0xFF;
  List<int> sublist(int start, [int? end]) {
    int e = RangeError.checkValidRange(start, end, length);
    return Uint8List(e - start)..setRange(0, e - start, this, start);
  }
}

abstract final class Uint8ClampedList implements List<int>, TypedData {
  static const int bytesPerElement = 1;
  factory Uint8ClampedList(int length) => _Uint8ClampedList(_IntList._zeros(length), 0, length);
  factory Uint8ClampedList.fromList(List<int> elements) =>
      Uint8ClampedList(elements.length)..setRange(0, elements.length, elements);
}

final class _Uint8ClampedList extends _IntList implements Uint8ClampedList {
  _Uint8ClampedList(List<int> data, int offset, int length) : super(data, offset, length);
  int get _bits => 8;
  bool get _signed => false;
  bool get _clamped => true;
  int get elementSizeInBytes => 1;
  int _convert(int value) => value < 0 ? 0 : (value > 255 ? 255 : value);
  List<int> sublist(int start, [int? end]) {
    int e = RangeError.checkValidRange(start, end, length);
    return Uint8ClampedList(e - start)..setRange(0, e - start, this, start);
  }
}

abstract final class Int16List implements List<int>, TypedData {
  static const int bytesPerElement = 2;
  factory Int16List(int length) => _Int16List(_IntList._zeros(length), 0, length);
  factory Int16List.fromList(List<int> elements) => Int16List(elements.length)..setRange(0, elements.length, elements);
}

final class _Int16List extends _IntList implements Int16List {
  _Int16List(List<int> data, int offset, int length) : super(data, offset, length);
  int get _bits => 16;
  bool get _signed => true;
  int get elementSizeInBytes => 2;
  int _convert(int value) => ((value & 0xFFFF) ^ 0x8000) - 0x8000;
  List<int> sublist(int start, [int? end]) {
    int e = RangeError.checkValidRange(start, end, length);
    return Int16List(e - start)..setRange(0, e - start, this, start);
  }
}

abstract final class Uint16List implements List<int>, TypedData {
  static const int bytesPerElement = 2;
  factory Uint16List(int length) => _Uint16List(_IntList._zeros(length), 0, length);
  factory Uint16List.fromList(List<int> elements) => Uint16List(elements.length)..setRange(0, elements.length, elements);
}

final class _Uint16List extends _IntList implements Uint16List {
  _Uint16List(List<int> data, int offset, int length) : super(data, offset, length);
  int get _bits => 16;
  bool get _signed => false;
  int get elementSizeInBytes => 2;
  int _convert(int value) => value & 0xFFFF;
  List<int> sublist(int start, [int? end]) {
    int e = RangeError.checkValidRange(start, end, length);
    return Uint16List(e - start)..setRange(0, e - start, this, start);
  }
}

abstract final class Int32List implements List<int>, TypedData {
  static const int bytesPerElement = 4;
  factory Int32List(int length) => _Int32List(_IntList._zeros(length), 0, length);
  factory Int32List.fromList(List<int> elements) => Int32List(elements.length)..setRange(0, elements.length, elements);
  factory Int32List.sublistView(TypedData data, [int start = 0, int? end]) {
    _Int32List list = data as _Int32List;
    int e = RangeError.checkValidRange(start, end, list.length);
    return _Int32List(list._data, list._offset + start, e - start);
  }
}

final class _Int32List extends _IntList implements Int32List {
  _Int32List(List<int> data, int offset, int length) : super(data, offset, length);
  int get _bits => 32;
  bool get _signed => true;
  int get elementSizeInBytes => 4;
  int _convert(int value) => ((value & 0xFFFFFFFF) ^ 0x80000000) - 0x80000000;
  List<int> sublist(int start, [int? end]) {
    int e = RangeError.checkValidRange(start, end, length);
    return Int32List(e - start)..setRange(0, e - start, this, start);
  }
}

abstract final class Uint32List implements List<int>, TypedData {
  static const int bytesPerElement = 4;
  factory Uint32List(int length) => _Uint32List(_IntList._zeros(length), 0, length);
  factory Uint32List.fromList(List<int> elements) => Uint32List(elements.length)..setRange(0, elements.length, elements);
}

final class _Uint32List extends _IntList implements Uint32List {
  _Uint32List(List<int> data, int offset, int length) : super(data, offset, length);
  int get _bits => 32;
  bool get _signed => false;
  int get elementSizeInBytes => 4;
  int _convert(int value) => value & 0xFFFFFFFF;
  List<int> sublist(int start, [int? end]) {
    int e = RangeError.checkValidRange(start, end, length);
    return Uint32List(e - start)..setRange(0, e - start, this, start);
  }
}

abstract final class Int64List implements List<int>, TypedData {
  static const int bytesPerElement = 8;
  factory Int64List(int length) => _Int64List(_IntList._zeros(length), 0, length);
  factory Int64List.fromList(List<int> elements) => Int64List(elements.length)..setRange(0, elements.length, elements);
}

final class _Int64List extends _IntList implements Int64List {
  _Int64List(List<int> data, int offset, int length) : super(data, offset, length);
  int get _bits => 64;
  bool get _signed => true;
  int get elementSizeInBytes => 8;
  int _convert(int value) => value;
  List<int> sublist(int start, [int? end]) {
    int e = RangeError.checkValidRange(start, end, length);
    return Int64List(e - start)..setRange(0, e - start, this, start);
  }
}

abstract final class Uint64List implements List<int>, TypedData {
  static const int bytesPerElement = 8;
  factory Uint64List(int length) => _Uint64List(_IntList._zeros(length), 0, length);
  factory Uint64List.fromList(List<int> elements) => Uint64List(elements.length)..setRange(0, elements.length, elements);
}

final class _Uint64List extends _IntList implements Uint64List {
  _Uint64List(List<int> data, int offset, int length) : super(data, offset, length);
  int get _bits => 64;
  bool get _signed => false;
  int get elementSizeInBytes => 8;
  int _convert(int value) => value;
  List<int> sublist(int start, [int? end]) {
    int e = RangeError.checkValidRange(start, end, length);
    return Uint64List(e - start)..setRange(0, e - start, this, start);
  }
}

// Double lists.
abstract class _DoubleList extends _TypedList<double> {
  _DoubleList(List<double> data, int offset, int length) : super(data, offset, length);

  static List<double> _zeros(int length) {
    RangeError.checkNotNegative(length, "length");
    return List<double>.filled(length, 0.0);
  }
}

abstract final class Float32List implements List<double>, TypedData {
  static const int bytesPerElement = 4;
  factory Float32List(int length) => _Float32List(_DoubleList._zeros(length), 0, length);
  factory Float32List.fromList(List<double> elements) =>
      Float32List(elements.length)..setRange(0, elements.length, elements);
}

final class _Float32List extends _DoubleList implements Float32List {
  _Float32List(List<double> data, int offset, int length) : super(data, offset, length);
  bool _storesUnchanged(List<double> source) => source is _Float32List;
  int get elementSizeInBytes => 4;
  double _convert(double value) => _toFloat32(value);
  List<double> sublist(int start, [int? end]) {
    int e = RangeError.checkValidRange(start, end, length);
    return Float32List(e - start)..setRange(0, e - start, this, start);
  }
}

@pragma('dartc:native', 'dartrt_double_to_float32')
external double _toFloat32(double value);

abstract final class Float64List implements List<double>, TypedData {
  static const int bytesPerElement = 8;
  factory Float64List(int length) => _Float64List(_DoubleList._zeros(length), 0, length);
  factory Float64List.fromList(List<double> elements) =>
      Float64List(elements.length)..setRange(0, elements.length, elements);
  factory Float64List.sublistView(TypedData data, [int start = 0, int? end]) {
    _Float64List list = data as _Float64List;
    int e = RangeError.checkValidRange(start, end, list.length);
    return _Float64List(list._data, list._offset + start, e - start);
  }
}

final class _Float64List extends _DoubleList implements Float64List {
  _Float64List(List<double> data, int offset, int length) : super(data, offset, length);
  bool _storesUnchanged(List<double> source) => true;
  int get elementSizeInBytes => 8;
  double _convert(double value) => value;
  List<double> sublist(int start, [int? end]) {
    int e = RangeError.checkValidRange(start, end, length);
    return Float64List(e - start)..setRange(0, e - start, this, start);
  }
}
