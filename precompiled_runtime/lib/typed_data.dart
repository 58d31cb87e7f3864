// dart:typed_data for dartc: typed lists, ByteData and ByteBuffer over raw bytes.
//
// Every typed list and ByteData is a view `(_store, _offsetInBytes, _length)` of a `_ByteStore`:
// the bytes themselves, which the collector never scans,
// with loads and stores of each element's width compiled inline. A list made by a constructor
// views a store of its own; `.view`, `sublistView` and `ByteBuffer.asXList` share one, and hold it
// (so the collector keeps it alive as long as any view is). Observable behaviour follows the
// VM's sdk/lib/_internal/vm/lib/typed_data_patch.dart: wrap-around and clamping on stores,
// memmove for copies between lists of one element size, its range checks and error texts
// (docs/typed_data.md).
library dart.typed_data;

import 'dart:_internal';
import 'dart:collection';
import 'dart:math' as math;

part 'typed_data/simd.dart';
part 'typed_data/simd_lists.dart';

/// Common members of typed lists and ByteData.
abstract interface class TypedData {
  int get elementSizeInBytes;
  int get offsetInBytes;
  int get lengthInBytes;
  ByteBuffer get buffer;
}

/// Byte order of ByteData's multi-byte accesses.
final class Endian {
  final bool _littleEndian;
  const Endian._(this._littleEndian);

  static const Endian big = Endian._(false);
  static const Endian little = Endian._(true);
  // Both of dartc's targets (x86-64, aarch64) are little-endian.
  static const Endian host = little;
}

// The raw bytes behind the typed lists, ByteData and ByteBuffer: an object
// `{header, length, bytes...}` that the collector never scans (DART_LAYOUT_BYTES). Every member
// is a compiler intrinsic (codegen/src/byte_store_intrinsics.cpp): one load or store of the
// element's width, in native (little-endian) byte order unless `little` is false. Nothing here is
// checked: dart:typed_data checks every offset and length first.
final class _ByteStore {
  // `length` zero bytes; `length` is not negative. A length the heap can never hold throws
  // OutOfMemoryError.
  external factory _ByteStore(int length);

  external int get length;

  external int _getInt8(int offset);
  external int _getUint8(int offset);
  external int _getInt16(int offset, bool little);
  external int _getUint16(int offset, bool little);
  external int _getInt32(int offset, bool little);
  external int _getUint32(int offset, bool little);
  // Also Uint64: Dart's int holds the same 64 bits.
  external int _getInt64(int offset, bool little);
  external double _getFloat32(int offset, bool little);
  external double _getFloat64(int offset, bool little);

  // Integer stores keep the value's low bits; Float32 stores round to nearest.
  external void _setInt8(int offset, int value);
  external void _setInt16(int offset, int value, bool little);
  external void _setInt32(int offset, int value, bool little);
  external void _setInt64(int offset, int value, bool little);
  external void _setFloat32(int offset, double value, bool little);
  external void _setFloat64(int offset, double value, bool little);

  // memmove of `count` bytes: the ranges may overlap.
  external static void _copy(_ByteStore src, int srcOffset, _ByteStore dst, int dstOffset, int count);

  // memset of `count` bytes to `byte`'s low 8 bits.
  external void _fill(int offset, int count, int byte);

  // SIMD lane operations (codegen/src/simd_intrinsics.cpp) on the 16-byte stores of SIMD values
  // (typed_data/simd.dart): a new 16-byte store holding the operation of `a` and `b`, lane by lane,
  // computed as one LLVM vector operation with the VM's semantics (runtime/lib/simd128.cc).
  // Comparisons give int32 lanes of all ones or zero.
  @pragma('vm:exact-result-type', '_ByteStore')
  external static _ByteStore _simdF32x4Add(_ByteStore a, _ByteStore b);
  @pragma('vm:exact-result-type', '_ByteStore')
  external static _ByteStore _simdF32x4Sub(_ByteStore a, _ByteStore b);
  @pragma('vm:exact-result-type', '_ByteStore')
  external static _ByteStore _simdF32x4Mul(_ByteStore a, _ByteStore b);
  @pragma('vm:exact-result-type', '_ByteStore')
  external static _ByteStore _simdF32x4Div(_ByteStore a, _ByteStore b);
  @pragma('vm:exact-result-type', '_ByteStore')
  external static _ByteStore _simdF32x4Min(_ByteStore a, _ByteStore b);
  @pragma('vm:exact-result-type', '_ByteStore')
  external static _ByteStore _simdF32x4Max(_ByteStore a, _ByteStore b);
  @pragma('vm:exact-result-type', '_ByteStore')
  external static _ByteStore _simdF32x4Lt(_ByteStore a, _ByteStore b);
  @pragma('vm:exact-result-type', '_ByteStore')
  external static _ByteStore _simdF32x4Le(_ByteStore a, _ByteStore b);
  @pragma('vm:exact-result-type', '_ByteStore')
  external static _ByteStore _simdF32x4Gt(_ByteStore a, _ByteStore b);
  @pragma('vm:exact-result-type', '_ByteStore')
  external static _ByteStore _simdF32x4Ge(_ByteStore a, _ByteStore b);
  @pragma('vm:exact-result-type', '_ByteStore')
  external static _ByteStore _simdF32x4Eq(_ByteStore a, _ByteStore b);
  @pragma('vm:exact-result-type', '_ByteStore')
  external static _ByteStore _simdF32x4Ne(_ByteStore a, _ByteStore b);
  @pragma('vm:exact-result-type', '_ByteStore')
  external static _ByteStore _simdF32x4Sqrt(_ByteStore a);
  @pragma('vm:exact-result-type', '_ByteStore')
  external static _ByteStore _simdF64x2Add(_ByteStore a, _ByteStore b);
  @pragma('vm:exact-result-type', '_ByteStore')
  external static _ByteStore _simdF64x2Sub(_ByteStore a, _ByteStore b);
  @pragma('vm:exact-result-type', '_ByteStore')
  external static _ByteStore _simdF64x2Mul(_ByteStore a, _ByteStore b);
  @pragma('vm:exact-result-type', '_ByteStore')
  external static _ByteStore _simdF64x2Div(_ByteStore a, _ByteStore b);
  @pragma('vm:exact-result-type', '_ByteStore')
  external static _ByteStore _simdF64x2Min(_ByteStore a, _ByteStore b);
  @pragma('vm:exact-result-type', '_ByteStore')
  external static _ByteStore _simdF64x2Max(_ByteStore a, _ByteStore b);
  @pragma('vm:exact-result-type', '_ByteStore')
  external static _ByteStore _simdF64x2Sqrt(_ByteStore a);
  @pragma('vm:exact-result-type', '_ByteStore')
  external static _ByteStore _simdI32x4Add(_ByteStore a, _ByteStore b);
  @pragma('vm:exact-result-type', '_ByteStore')
  external static _ByteStore _simdI32x4Sub(_ByteStore a, _ByteStore b);
  @pragma('vm:exact-result-type', '_ByteStore')
  external static _ByteStore _simdI32x4And(_ByteStore a, _ByteStore b);
  @pragma('vm:exact-result-type', '_ByteStore')
  external static _ByteStore _simdI32x4Or(_ByteStore a, _ByteStore b);
  @pragma('vm:exact-result-type', '_ByteStore')
  external static _ByteStore _simdI32x4Xor(_ByteStore a, _ByteStore b);
}

// --- Checks with the VM's texts -----------------------------------------------------------------

// A store for `length` elements of `bytesPerElement` bytes.
// The VM's AllocateTypedData entry bounds a length by TypedData::MaxElements (the largest Smi over
// the element size, so that the byte count is a Smi): a negative length is a RangeError naming
// that range, a larger one an OutOfMemoryError.
_ByteStore _newStore(int length, int bytesPerElement) {
  final maxLength = 0x3FFFFFFFFFFFFFFF ~/ bytesPerElement;
  if (length < 0) throw RangeError.range(length, 0, maxLength, "length");
  if (length > maxLength) throw OutOfMemoryError();
  return _ByteStore(length * bytesPerElement);
}

// The VM compiles its typed-data index checks to bounds checks, which throw RangeError.range
// naming "length".
Never _indexError(int index, int length) => throw RangeError.range(index, 0, length - 1, "length");

// A view of `length` bytes at `start` of `listLength` bytes.
void _rangeCheck(int listLength, int start, int length) {
  if (length < 0) throw RangeError.value(length);
  if (start < 0) throw RangeError.value(start);
  if (start + length > listLength) throw RangeError.value(start + length);
}

void _offsetAlignmentCheck(int offset, int alignment) {
  if (offset % alignment != 0) {
    throw RangeError('Offset ($offset) must be a multiple of BYTES_PER_ELEMENT ($alignment)');
  }
}

// The number of bytes `XList.sublistView(data, start, end)` views (elements of `data`).
int _sublistBytes(TypedData data, int start, int? end, int bytesPerElement) {
  int elementSize = data.elementSizeInBytes;
  int e = RangeError.checkValidRange(start, end, data.lengthInBytes ~/ elementSize);
  int byteLength = (e - start) * elementSize;
  if (byteLength % bytesPerElement != 0) {
    throw ArgumentError("The number of bytes to view must be a multiple of $bytesPerElement");
  }
  return byteLength;
}

Never _fixedLength(String what) => throw UnsupportedError("Cannot $what a fixed-length list");

// --- ByteBuffer ---------------------------------------------------------------------------------

/// The bytes behind typed lists and ByteData; views of it share them.
abstract final class ByteBuffer {
  int get lengthInBytes;
  Uint8List asUint8List([int offsetInBytes = 0, int? length]);
  Int8List asInt8List([int offsetInBytes = 0, int? length]);
  Uint8ClampedList asUint8ClampedList([int offsetInBytes = 0, int? length]);
  Uint16List asUint16List([int offsetInBytes = 0, int? length]);
  Int16List asInt16List([int offsetInBytes = 0, int? length]);
  Uint32List asUint32List([int offsetInBytes = 0, int? length]);
  Int32List asInt32List([int offsetInBytes = 0, int? length]);
  Uint64List asUint64List([int offsetInBytes = 0, int? length]);
  Int64List asInt64List([int offsetInBytes = 0, int? length]);
  Float32List asFloat32List([int offsetInBytes = 0, int? length]);
  Float64List asFloat64List([int offsetInBytes = 0, int? length]);
  Float32x4List asFloat32x4List([int offsetInBytes = 0, int? length]);
  Int32x4List asInt32x4List([int offsetInBytes = 0, int? length]);
  Float64x2List asFloat64x2List([int offsetInBytes = 0, int? length]);
  ByteData asByteData([int offsetInBytes = 0, int? length]);
}

final class _ByteBuffer implements ByteBuffer {
  final _ByteStore _store;
  _ByteBuffer(this._store);

  int get lengthInBytes => _store.length;

  // Buffers of one store are equal (`list.buffer` makes a new one each time, as on the VM).
  bool operator ==(Object other) => other is _ByteBuffer && identical(_store, other._store);
  int get hashCode => identityHashCode(_store);

  // A view of `length` elements (by default, up to the end) at `offsetInBytes`, after the VM's
  // checks.
  T _view<T>(int offsetInBytes, int? length, int bytesPerElement, T make(_ByteStore store, int offset, int length)) {
    int n = length ?? (lengthInBytes - offsetInBytes) ~/ bytesPerElement;
    _rangeCheck(lengthInBytes, offsetInBytes, n * bytesPerElement);
    // A length whose byte count wraps around 64 bits (-2^61 elements of 8 bytes: 0 bytes) passes
    // the check above; the view's length must still be in [0, 2^57), as generated code assumes
    // (codegen/src/length_ranges.cpp).
    if (n < 0 || n > lengthInBytes) throw RangeError.value(n);
    if (bytesPerElement > 1) _offsetAlignmentCheck(offsetInBytes, bytesPerElement);
    return make(_store, offsetInBytes, n);
  }

  Uint8List asUint8List([int offsetInBytes = 0, int? length]) =>
      _view(offsetInBytes, length, 1, (store, offset, n) => _Uint8List(store, offset, n));
  Int8List asInt8List([int offsetInBytes = 0, int? length]) =>
      _view(offsetInBytes, length, 1, (store, offset, n) => _Int8List(store, offset, n));
  Uint8ClampedList asUint8ClampedList([int offsetInBytes = 0, int? length]) =>
      _view(offsetInBytes, length, 1, (store, offset, n) => _Uint8ClampedList(store, offset, n));
  Uint16List asUint16List([int offsetInBytes = 0, int? length]) =>
      _view(offsetInBytes, length, 2, (store, offset, n) => _Uint16List(store, offset, n));
  Int16List asInt16List([int offsetInBytes = 0, int? length]) =>
      _view(offsetInBytes, length, 2, (store, offset, n) => _Int16List(store, offset, n));
  Uint32List asUint32List([int offsetInBytes = 0, int? length]) =>
      _view(offsetInBytes, length, 4, (store, offset, n) => _Uint32List(store, offset, n));
  Int32List asInt32List([int offsetInBytes = 0, int? length]) =>
      _view(offsetInBytes, length, 4, (store, offset, n) => _Int32List(store, offset, n));
  Uint64List asUint64List([int offsetInBytes = 0, int? length]) =>
      _view(offsetInBytes, length, 8, (store, offset, n) => _Uint64List(store, offset, n));
  Int64List asInt64List([int offsetInBytes = 0, int? length]) =>
      _view(offsetInBytes, length, 8, (store, offset, n) => _Int64List(store, offset, n));
  Float32List asFloat32List([int offsetInBytes = 0, int? length]) =>
      _view(offsetInBytes, length, 4, (store, offset, n) => _Float32List(store, offset, n));
  Float64List asFloat64List([int offsetInBytes = 0, int? length]) =>
      _view(offsetInBytes, length, 8, (store, offset, n) => _Float64List(store, offset, n));
  Float32x4List asFloat32x4List([int offsetInBytes = 0, int? length]) =>
      _view(offsetInBytes, length, 16, (store, offset, n) => _Float32x4List(store, offset, n));
  Int32x4List asInt32x4List([int offsetInBytes = 0, int? length]) =>
      _view(offsetInBytes, length, 16, (store, offset, n) => _Int32x4List(store, offset, n));
  Float64x2List asFloat64x2List([int offsetInBytes = 0, int? length]) =>
      _view(offsetInBytes, length, 16, (store, offset, n) => _Float64x2List(store, offset, n));

  ByteData asByteData([int offsetInBytes = 0, int? length]) {
    int n = length ?? lengthInBytes - offsetInBytes;
    _rangeCheck(lengthInBytes, offsetInBytes, n);
    return _ByteData(_store, offsetInBytes, n);
  }
}

// --- ByteData -----------------------------------------------------------------------------------

/// Bytes read and written as integers and floats of any width, at any offset, in either byte
/// order (big-endian unless told).
abstract final class ByteData implements TypedData {
  factory ByteData(int length) => _ByteData(_newStore(length, 1), 0, length);
  factory ByteData.view(ByteBuffer buffer, [int offsetInBytes = 0, int? length]) =>
      buffer.asByteData(offsetInBytes, length);
  factory ByteData.sublistView(TypedData data, [int start = 0, int? end]) {
    int elementSize = data.elementSizeInBytes;
    int e = RangeError.checkValidRange(start, end, data.lengthInBytes ~/ elementSize);
    return data.buffer.asByteData(data.offsetInBytes + start * elementSize, (e - start) * elementSize);
  }

  int getInt8(int byteOffset);
  void setInt8(int byteOffset, int value);
  int getUint8(int byteOffset);
  void setUint8(int byteOffset, int value);
  int getInt16(int byteOffset, [Endian endian = Endian.big]);
  void setInt16(int byteOffset, int value, [Endian endian = Endian.big]);
  int getUint16(int byteOffset, [Endian endian = Endian.big]);
  void setUint16(int byteOffset, int value, [Endian endian = Endian.big]);
  int getInt32(int byteOffset, [Endian endian = Endian.big]);
  void setInt32(int byteOffset, int value, [Endian endian = Endian.big]);
  int getUint32(int byteOffset, [Endian endian = Endian.big]);
  void setUint32(int byteOffset, int value, [Endian endian = Endian.big]);
  int getInt64(int byteOffset, [Endian endian = Endian.big]);
  void setInt64(int byteOffset, int value, [Endian endian = Endian.big]);
  int getUint64(int byteOffset, [Endian endian = Endian.big]);
  void setUint64(int byteOffset, int value, [Endian endian = Endian.big]);
  double getFloat32(int byteOffset, [Endian endian = Endian.big]);
  void setFloat32(int byteOffset, double value, [Endian endian = Endian.big]);
  double getFloat64(int byteOffset, [Endian endian = Endian.big]);
  void setFloat64(int byteOffset, double value, [Endian endian = Endian.big]);
  @pragma('dartc:unsupported', "dart:typed_data's unmodifiable views are not implemented")
  ByteData asUnmodifiableView();
}

final class _ByteData implements ByteData {
  final _ByteStore _store;
  final int _offsetInBytes;
  final int _length;
  _ByteData(this._store, this._offsetInBytes, this._length);

  int get elementSizeInBytes => 1;
  int get offsetInBytes => _offsetInBytes;
  int get lengthInBytes => _length;
  ByteBuffer get buffer => _ByteBuffer(_store);
  ByteData asUnmodifiableView() => throw UnsupportedError(_unmodifiable);

  // The store offset of an access of `size` bytes at `byteOffset`. The VM checks the offset
  // against `length - (size - 1)` with a bounds check, whose error names "length".
  @pragma('vm:prefer-inline')
  int _at(int byteOffset, int size) {
    int limit = _length - (size - 1);
    if (byteOffset < 0 || byteOffset >= limit) _indexError(byteOffset, limit);
    return _offsetInBytes + byteOffset;
  }

  int getInt8(int byteOffset) => _store._getInt8(_at(byteOffset, 1));
  void setInt8(int byteOffset, int value) => _store._setInt8(_at(byteOffset, 1), value);
  int getUint8(int byteOffset) => _store._getUint8(_at(byteOffset, 1));
  void setUint8(int byteOffset, int value) => _store._setInt8(_at(byteOffset, 1), value);
  int getInt16(int byteOffset, [Endian endian = Endian.big]) =>
      _store._getInt16(_at(byteOffset, 2), endian._littleEndian);
  void setInt16(int byteOffset, int value, [Endian endian = Endian.big]) =>
      _store._setInt16(_at(byteOffset, 2), value, endian._littleEndian);
  int getUint16(int byteOffset, [Endian endian = Endian.big]) =>
      _store._getUint16(_at(byteOffset, 2), endian._littleEndian);
  void setUint16(int byteOffset, int value, [Endian endian = Endian.big]) =>
      _store._setInt16(_at(byteOffset, 2), value, endian._littleEndian);
  int getInt32(int byteOffset, [Endian endian = Endian.big]) =>
      _store._getInt32(_at(byteOffset, 4), endian._littleEndian);
  void setInt32(int byteOffset, int value, [Endian endian = Endian.big]) =>
      _store._setInt32(_at(byteOffset, 4), value, endian._littleEndian);
  int getUint32(int byteOffset, [Endian endian = Endian.big]) =>
      _store._getUint32(_at(byteOffset, 4), endian._littleEndian);
  void setUint32(int byteOffset, int value, [Endian endian = Endian.big]) =>
      _store._setInt32(_at(byteOffset, 4), value, endian._littleEndian);
  int getInt64(int byteOffset, [Endian endian = Endian.big]) =>
      _store._getInt64(_at(byteOffset, 8), endian._littleEndian);
  void setInt64(int byteOffset, int value, [Endian endian = Endian.big]) =>
      _store._setInt64(_at(byteOffset, 8), value, endian._littleEndian);
  int getUint64(int byteOffset, [Endian endian = Endian.big]) =>
      _store._getInt64(_at(byteOffset, 8), endian._littleEndian);
  void setUint64(int byteOffset, int value, [Endian endian = Endian.big]) =>
      _store._setInt64(_at(byteOffset, 8), value, endian._littleEndian);
  double getFloat32(int byteOffset, [Endian endian = Endian.big]) =>
      _store._getFloat32(_at(byteOffset, 4), endian._littleEndian);
  void setFloat32(int byteOffset, double value, [Endian endian = Endian.big]) =>
      _store._setFloat32(_at(byteOffset, 4), value, endian._littleEndian);
  double getFloat64(int byteOffset, [Endian endian = Endian.big]) =>
      _store._getFloat64(_at(byteOffset, 8), endian._littleEndian);
  void setFloat64(int byteOffset, double value, [Endian endian = Endian.big]) =>
      _store._setFloat64(_at(byteOffset, 8), value, endian._littleEndian);
}

// --- Typed lists --------------------------------------------------------------------------------

abstract class _TypedList<E> extends ListBase<E> implements TypedData {
  final _ByteStore _store;
  final int _offsetInBytes;
  final int _length;

  _TypedList(this._store, this._offsetInBytes, this._length);

  int get length => _length;
  int get offsetInBytes => _offsetInBytes;
  int get lengthInBytes => _length * elementSizeInBytes;
  ByteBuffer get buffer => _ByteBuffer(_store);

  // Uint8List and Uint8ClampedList: their bytes need no clamping.
  bool get _unsignedBytes => false;
  bool get _clamps => false;

  // A new list of this type.
  List<E> _newList(int length);
  // Copies elements of a list that does not share this list's bytes, converting each. The
  // implementations keep the store and the byte offset in locals: to LLVM an element store may
  // write the view's fields, which it would otherwise load again for every element.
  void _copyFrom(List<E> source, int from, int start, int count);

  set length(int newLength) => _fixedLength("resize");
  void add(E value) => _fixedLength("add to");
  void addAll(Iterable<E> iterable) => _fixedLength("add to");
  void insert(int index, E element) => _fixedLength("insert into");
  void insertAll(int index, Iterable<E> iterable) => _fixedLength("insert into");
  bool remove(Object? element) => _fixedLength("remove from");
  E removeAt(int index) => _fixedLength("remove from");
  E removeLast() => _fixedLength("remove from");
  void removeWhere(bool test(E element)) => _fixedLength("remove from");
  void retainWhere(bool test(E element)) => _fixedLength("remove from");
  void removeRange(int start, int end) => _fixedLength("remove from");
  void replaceRange(int start, int end, Iterable<E> iterable) => _fixedLength("remove from");
  void clear() => _fixedLength("remove from");

  void fillRange(int start, int end, [E? fillValue]) {
    RangeError.checkValidRange(start, end, _length);
    if (start == end) return;
    if (fillValue == null) throw ArgumentError.notNull("fillValue");
    // The first element is stored (converted) once, then its bytes are copied in doubling runs.
    this[start] = fillValue;
    int size = elementSizeInBytes;
    int first = _offsetInBytes + start * size;
    int total = (end - start) * size;
    if (size == 1) {
      _store._fill(first + 1, total - 1, _store._getUint8(first));
      return;
    }
    for (int done = size; done < total; done *= 2) {
      _ByteStore._copy(_store, first, _store, first + done, done < total - done ? done : total - done);
    }
  }

  List<E> _sublist(int start, int? end) {
    int e = RangeError.checkValidRange(start, end, _length);
    int size = elementSizeInBytes;
    _TypedList<E> result = unsafeCast<_TypedList<E>>(_newList(e - start));
    _ByteStore._copy(_store, _offsetInBytes + start * size, result._store, 0, (e - start) * size);
    return result;
  }

  void setAll(int index, Iterable<E> iterable) {
    setRange(index, iterable.length + index, iterable);
  }

  void setRange(int start, int end, Iterable<E> iterable, [int skipCount = 0]) {
    RangeError.checkValidRange(start, end, _length);
    if (skipCount < 0) throw RangeError.range(skipCount, 0, null, "skipCount");
    int count = end - start;
    if (iterable is _TypedList) {
      _TypedList<E> source = unsafeCast<_TypedList<E>>(iterable);
      if (source._length - skipCount < count) throw IterableElementError.tooFew();
      if (count == 0) return;
      int size = elementSizeInBytes;
      if (source.elementSizeInBytes == size && (!_clamps || source._unsignedBytes)) {
        // Values that are stored unchanged: memmove, so overlapping ranges of one buffer copy the
        // elements as they were before.
        _ByteStore._copy(source._store, source._offsetInBytes + skipCount * size, _store,
            _offsetInBytes + start * size, count * size);
        return;
      }
      if (identical(source._store, _store)) {
        // Another element type on the same bytes: through a copy of the source, as the VM does.
        _copyFrom(source._sublist(skipCount, skipCount + count), 0, start, count);
        return;
      }
      _copyFrom(source, skipCount, start, count);
      return;
    }
    List<E> list;
    int from;
    if (iterable is List<E>) {
      list = iterable;
      from = skipCount;
    } else {
      list = iterable.skip(skipCount).toList(growable: false);
      from = 0;
    }
    if (from + count > list.length) throw IterableElementError.tooFew();
    _copyFrom(list, from, start, count);
  }
}

abstract class _IntList extends _TypedList<int> {
  _IntList(_ByteStore store, int offsetInBytes, int length) : super(store, offsetInBytes, length);
}

abstract class _DoubleList extends _TypedList<double> {
  _DoubleList(_ByteStore store, int offsetInBytes, int length) : super(store, offsetInBytes, length);
}

// dart:io's byte strings (one-byte strings holding bytes) to and from Uint8Lists, in bulk.
@pragma('dartc:native', 'dartrt_byte_store_copy_from_string')
external void _copyFromByteString(_ByteStore store, int offset, String bytes);
@pragma('dartc:native', 'dartrt_byte_store_to_string')
external String? _byteStoreToString(_ByteStore store, int start, int end);

// The eleven list types. Each spells out its own `[]`, `[]=` and converting copy loop (they differ
// only in the element's width, signedness and clamping) so that calls on a list of a known type
// are direct and the element access inlines to one load or store.

abstract final class Int8List implements List<int>, TypedData {
  static const int bytesPerElement = 1;
  Int8List sublist(int start, [int? end]);
  @pragma('dartc:unsupported', "dart:typed_data's unmodifiable views are not implemented")
  Int8List asUnmodifiableView();
  factory Int8List(int length) => _Int8List(_newStore(length, 1), 0, length);
  factory Int8List.fromList(List<int> elements) => Int8List(elements.length)..setRange(0, elements.length, elements);
  factory Int8List.view(ByteBuffer buffer, [int offsetInBytes = 0, int? length]) => buffer.asInt8List(offsetInBytes, length);
  factory Int8List.sublistView(TypedData data, [int start = 0, int? end]) {
    int byteLength = _sublistBytes(data, start, end, 1);
    return data.buffer.asInt8List(data.offsetInBytes + start * data.elementSizeInBytes, byteLength);
  }
}

final class _Int8List extends _IntList implements Int8List {
  _Int8List(_ByteStore store, int offsetInBytes, int length) : super(store, offsetInBytes, length);
  int get elementSizeInBytes => 1;

  @pragma('vm:prefer-inline')
  int operator [](int index) {
    if ((index < 0) | (index >= _length)) _indexError(index, _length);
    return _store._getInt8(_offsetInBytes + index);
  }

  @pragma('vm:prefer-inline')
  void operator []=(int index, int value) {
    if ((index < 0) | (index >= _length)) _indexError(index, _length);
    _store._setInt8(_offsetInBytes + index, value);
  }

  Int8List _newList(int length) => Int8List(length);
  Int8List sublist(int start, [int? end]) => unsafeCast<Int8List>(_sublist(start, end));
  Int8List asUnmodifiableView() => throw UnsupportedError(_unmodifiable);

  // Elements [start, start + count) from `source`, a list that is no view of this list's bytes.
  void _copyFrom(List<int> source, int from, int start, int count) {
    _ByteStore store = _store;
    int offset = _offsetInBytes + start;
    for (int i = 0; i < count; i++) {
      int value = source[from + i];
      store._setInt8(offset + i, value);
    }
  }
}

abstract final class Uint8List implements List<int>, TypedData {
  static const int bytesPerElement = 1;
  Uint8List sublist(int start, [int? end]);
  @pragma('dartc:unsupported', "dart:typed_data's unmodifiable views are not implemented")
  Uint8List asUnmodifiableView();
  factory Uint8List(int length) => _Uint8List(_newStore(length, 1), 0, length);
  factory Uint8List.fromList(List<int> elements) => Uint8List(elements.length)..setRange(0, elements.length, elements);
  factory Uint8List.view(ByteBuffer buffer, [int offsetInBytes = 0, int? length]) => buffer.asUint8List(offsetInBytes, length);
  factory Uint8List.sublistView(TypedData data, [int start = 0, int? end]) {
    int byteLength = _sublistBytes(data, start, end, 1);
    return data.buffer.asUint8List(data.offsetInBytes + start * data.elementSizeInBytes, byteLength);
  }

  // dart:io's byte strings to and from Uint8Lists (lib/io/bytes.dart).
  static Uint8List _ofByteString(String bytes) {
    _Uint8List list = _Uint8List(_newStore(bytes.length, 1), 0, bytes.length);
    _copyFromByteString(list._store, 0, bytes);
    return list;
  }

  // dart:convert's JSON buffers (lib/convert.dart): a new list of `length` bytes that starts with
  // the first `count` of `list` (count <= list.length, count <= length), in one memmove, without
  // the general setRange and what it brings into a program.
  static Uint8List _grown(Uint8List list, int count, int length) {
    _Uint8List from = unsafeCast<_Uint8List>(list);
    _Uint8List to = _Uint8List(_newStore(length, 1), 0, length);
    _ByteStore._copy(from._store, from._offsetInBytes, to._store, 0, count);
    return to;
  }

  static String _byteString(Uint8List list, int start, int end) {
    _Uint8List bytes = unsafeCast<_Uint8List>(list);
    return _byteStoreToString(bytes._store, bytes._offsetInBytes + start, bytes._offsetInBytes + end) ??
        (throw OutOfMemoryError());
  }
}

final class _Uint8List extends _IntList implements Uint8List {
  _Uint8List(_ByteStore store, int offsetInBytes, int length) : super(store, offsetInBytes, length);
  int get elementSizeInBytes => 1;
  bool get _unsignedBytes => true;

  @pragma('vm:prefer-inline')
  int operator [](int index) {
    if ((index < 0) | (index >= _length)) _indexError(index, _length);
    return _store._getUint8(_offsetInBytes + index);
  }

  @pragma('vm:prefer-inline')
  void operator []=(int index, int value) {
    if ((index < 0) | (index >= _length)) _indexError(index, _length);
    _store._setInt8(_offsetInBytes + index, value);
  }

  Uint8List _newList(int length) => Uint8List(length);
  Uint8List sublist(int start, [int? end]) => unsafeCast<Uint8List>(_sublist(start, end));
  Uint8List asUnmodifiableView() => throw UnsupportedError(_unmodifiable);

  // Elements [start, start + count) from `source`, a list that is no view of this list's bytes.
  void _copyFrom(List<int> source, int from, int start, int count) {
    _ByteStore store = _store;
    int offset = _offsetInBytes + start;
    for (int i = 0; i < count; i++) {
      int value = source[from + i];
      store._setInt8(offset + i, value);
    }
  }
}

abstract final class Uint8ClampedList implements List<int>, TypedData {
  static const int bytesPerElement = 1;
  Uint8ClampedList sublist(int start, [int? end]);
  @pragma('dartc:unsupported', "dart:typed_data's unmodifiable views are not implemented")
  Uint8ClampedList asUnmodifiableView();
  factory Uint8ClampedList(int length) => _Uint8ClampedList(_newStore(length, 1), 0, length);
  factory Uint8ClampedList.fromList(List<int> elements) => Uint8ClampedList(elements.length)..setRange(0, elements.length, elements);
  factory Uint8ClampedList.view(ByteBuffer buffer, [int offsetInBytes = 0, int? length]) => buffer.asUint8ClampedList(offsetInBytes, length);
  factory Uint8ClampedList.sublistView(TypedData data, [int start = 0, int? end]) {
    int byteLength = _sublistBytes(data, start, end, 1);
    return data.buffer.asUint8ClampedList(data.offsetInBytes + start * data.elementSizeInBytes, byteLength);
  }
}

final class _Uint8ClampedList extends _IntList implements Uint8ClampedList {
  _Uint8ClampedList(_ByteStore store, int offsetInBytes, int length) : super(store, offsetInBytes, length);
  int get elementSizeInBytes => 1;
  bool get _clamps => true;
  bool get _unsignedBytes => true;

  @pragma('vm:prefer-inline')
  int operator [](int index) {
    if ((index < 0) | (index >= _length)) _indexError(index, _length);
    return _store._getUint8(_offsetInBytes + index);
  }

  @pragma('vm:prefer-inline')
  void operator []=(int index, int value) {
    if ((index < 0) | (index >= _length)) _indexError(index, _length);
    _store._setInt8(_offsetInBytes + index, value < 0 ? 0 : (value > 255 ? 255 : value));
  }

  Uint8ClampedList _newList(int length) => Uint8ClampedList(length);
  Uint8ClampedList sublist(int start, [int? end]) => unsafeCast<Uint8ClampedList>(_sublist(start, end));
  Uint8ClampedList asUnmodifiableView() => throw UnsupportedError(_unmodifiable);

  // Elements [start, start + count) from `source`, a list that is no view of this list's bytes.
  void _copyFrom(List<int> source, int from, int start, int count) {
    _ByteStore store = _store;
    int offset = _offsetInBytes + start;
    for (int i = 0; i < count; i++) {
      int value = source[from + i];
      store._setInt8(offset + i, value < 0 ? 0 : (value > 255 ? 255 : value));
    }
  }
}

abstract final class Int16List implements List<int>, TypedData {
  static const int bytesPerElement = 2;
  Int16List sublist(int start, [int? end]);
  @pragma('dartc:unsupported', "dart:typed_data's unmodifiable views are not implemented")
  Int16List asUnmodifiableView();
  factory Int16List(int length) => _Int16List(_newStore(length, 2), 0, length);
  factory Int16List.fromList(List<int> elements) => Int16List(elements.length)..setRange(0, elements.length, elements);
  factory Int16List.view(ByteBuffer buffer, [int offsetInBytes = 0, int? length]) => buffer.asInt16List(offsetInBytes, length);
  factory Int16List.sublistView(TypedData data, [int start = 0, int? end]) {
    int byteLength = _sublistBytes(data, start, end, 2);
    return data.buffer.asInt16List(data.offsetInBytes + start * data.elementSizeInBytes, byteLength ~/ 2);
  }
}

final class _Int16List extends _IntList implements Int16List {
  _Int16List(_ByteStore store, int offsetInBytes, int length) : super(store, offsetInBytes, length);
  int get elementSizeInBytes => 2;

  @pragma('vm:prefer-inline')
  int operator [](int index) {
    if ((index < 0) | (index >= _length)) _indexError(index, _length);
    return _store._getInt16(_offsetInBytes + 2 * index, true);
  }

  @pragma('vm:prefer-inline')
  void operator []=(int index, int value) {
    if ((index < 0) | (index >= _length)) _indexError(index, _length);
    _store._setInt16(_offsetInBytes + 2 * index, value, true);
  }

  Int16List _newList(int length) => Int16List(length);
  Int16List sublist(int start, [int? end]) => unsafeCast<Int16List>(_sublist(start, end));
  Int16List asUnmodifiableView() => throw UnsupportedError(_unmodifiable);

  // Elements [start, start + count) from `source`, a list that is no view of this list's bytes.
  void _copyFrom(List<int> source, int from, int start, int count) {
    _ByteStore store = _store;
    int offset = _offsetInBytes + 2 * start;
    for (int i = 0; i < count; i++) {
      int value = source[from + i];
      store._setInt16(offset + 2 * i, value, true);
    }
  }
}

abstract final class Uint16List implements List<int>, TypedData {
  static const int bytesPerElement = 2;
  Uint16List sublist(int start, [int? end]);
  @pragma('dartc:unsupported', "dart:typed_data's unmodifiable views are not implemented")
  Uint16List asUnmodifiableView();
  factory Uint16List(int length) => _Uint16List(_newStore(length, 2), 0, length);
  factory Uint16List.fromList(List<int> elements) => Uint16List(elements.length)..setRange(0, elements.length, elements);
  factory Uint16List.view(ByteBuffer buffer, [int offsetInBytes = 0, int? length]) => buffer.asUint16List(offsetInBytes, length);
  factory Uint16List.sublistView(TypedData data, [int start = 0, int? end]) {
    int byteLength = _sublistBytes(data, start, end, 2);
    return data.buffer.asUint16List(data.offsetInBytes + start * data.elementSizeInBytes, byteLength ~/ 2);
  }
}

final class _Uint16List extends _IntList implements Uint16List {
  _Uint16List(_ByteStore store, int offsetInBytes, int length) : super(store, offsetInBytes, length);
  int get elementSizeInBytes => 2;

  @pragma('vm:prefer-inline')
  int operator [](int index) {
    if ((index < 0) | (index >= _length)) _indexError(index, _length);
    return _store._getUint16(_offsetInBytes + 2 * index, true);
  }

  @pragma('vm:prefer-inline')
  void operator []=(int index, int value) {
    if ((index < 0) | (index >= _length)) _indexError(index, _length);
    _store._setInt16(_offsetInBytes + 2 * index, value, true);
  }

  Uint16List _newList(int length) => Uint16List(length);
  Uint16List sublist(int start, [int? end]) => unsafeCast<Uint16List>(_sublist(start, end));
  Uint16List asUnmodifiableView() => throw UnsupportedError(_unmodifiable);

  // Elements [start, start + count) from `source`, a list that is no view of this list's bytes.
  void _copyFrom(List<int> source, int from, int start, int count) {
    _ByteStore store = _store;
    int offset = _offsetInBytes + 2 * start;
    for (int i = 0; i < count; i++) {
      int value = source[from + i];
      store._setInt16(offset + 2 * i, value, true);
    }
  }
}

abstract final class Int32List implements List<int>, TypedData {
  static const int bytesPerElement = 4;
  Int32List sublist(int start, [int? end]);
  @pragma('dartc:unsupported', "dart:typed_data's unmodifiable views are not implemented")
  Int32List asUnmodifiableView();
  factory Int32List(int length) => _Int32List(_newStore(length, 4), 0, length);
  factory Int32List.fromList(List<int> elements) => Int32List(elements.length)..setRange(0, elements.length, elements);
  factory Int32List.view(ByteBuffer buffer, [int offsetInBytes = 0, int? length]) => buffer.asInt32List(offsetInBytes, length);
  factory Int32List.sublistView(TypedData data, [int start = 0, int? end]) {
    int byteLength = _sublistBytes(data, start, end, 4);
    return data.buffer.asInt32List(data.offsetInBytes + start * data.elementSizeInBytes, byteLength ~/ 4);
  }
}

final class _Int32List extends _IntList implements Int32List {
  _Int32List(_ByteStore store, int offsetInBytes, int length) : super(store, offsetInBytes, length);
  int get elementSizeInBytes => 4;

  @pragma('vm:prefer-inline')
  int operator [](int index) {
    if ((index < 0) | (index >= _length)) _indexError(index, _length);
    return _store._getInt32(_offsetInBytes + 4 * index, true);
  }

  @pragma('vm:prefer-inline')
  void operator []=(int index, int value) {
    if ((index < 0) | (index >= _length)) _indexError(index, _length);
    _store._setInt32(_offsetInBytes + 4 * index, value, true);
  }

  Int32List _newList(int length) => Int32List(length);
  Int32List sublist(int start, [int? end]) => unsafeCast<Int32List>(_sublist(start, end));
  Int32List asUnmodifiableView() => throw UnsupportedError(_unmodifiable);

  // Elements [start, start + count) from `source`, a list that is no view of this list's bytes.
  void _copyFrom(List<int> source, int from, int start, int count) {
    _ByteStore store = _store;
    int offset = _offsetInBytes + 4 * start;
    for (int i = 0; i < count; i++) {
      int value = source[from + i];
      store._setInt32(offset + 4 * i, value, true);
    }
  }
}

abstract final class Uint32List implements List<int>, TypedData {
  static const int bytesPerElement = 4;
  Uint32List sublist(int start, [int? end]);
  @pragma('dartc:unsupported', "dart:typed_data's unmodifiable views are not implemented")
  Uint32List asUnmodifiableView();
  factory Uint32List(int length) => _Uint32List(_newStore(length, 4), 0, length);
  factory Uint32List.fromList(List<int> elements) => Uint32List(elements.length)..setRange(0, elements.length, elements);
  factory Uint32List.view(ByteBuffer buffer, [int offsetInBytes = 0, int? length]) => buffer.asUint32List(offsetInBytes, length);
  factory Uint32List.sublistView(TypedData data, [int start = 0, int? end]) {
    int byteLength = _sublistBytes(data, start, end, 4);
    return data.buffer.asUint32List(data.offsetInBytes + start * data.elementSizeInBytes, byteLength ~/ 4);
  }
}

final class _Uint32List extends _IntList implements Uint32List {
  _Uint32List(_ByteStore store, int offsetInBytes, int length) : super(store, offsetInBytes, length);
  int get elementSizeInBytes => 4;

  @pragma('vm:prefer-inline')
  int operator [](int index) {
    if ((index < 0) | (index >= _length)) _indexError(index, _length);
    return _store._getUint32(_offsetInBytes + 4 * index, true);
  }

  @pragma('vm:prefer-inline')
  void operator []=(int index, int value) {
    if ((index < 0) | (index >= _length)) _indexError(index, _length);
    _store._setInt32(_offsetInBytes + 4 * index, value, true);
  }

  Uint32List _newList(int length) => Uint32List(length);
  Uint32List sublist(int start, [int? end]) => unsafeCast<Uint32List>(_sublist(start, end));
  Uint32List asUnmodifiableView() => throw UnsupportedError(_unmodifiable);

  // Elements [start, start + count) from `source`, a list that is no view of this list's bytes.
  void _copyFrom(List<int> source, int from, int start, int count) {
    _ByteStore store = _store;
    int offset = _offsetInBytes + 4 * start;
    for (int i = 0; i < count; i++) {
      int value = source[from + i];
      store._setInt32(offset + 4 * i, value, true);
    }
  }
}

abstract final class Int64List implements List<int>, TypedData {
  static const int bytesPerElement = 8;
  Int64List sublist(int start, [int? end]);
  @pragma('dartc:unsupported', "dart:typed_data's unmodifiable views are not implemented")
  Int64List asUnmodifiableView();
  factory Int64List(int length) => _Int64List(_newStore(length, 8), 0, length);
  factory Int64List.fromList(List<int> elements) => Int64List(elements.length)..setRange(0, elements.length, elements);
  factory Int64List.view(ByteBuffer buffer, [int offsetInBytes = 0, int? length]) => buffer.asInt64List(offsetInBytes, length);
  factory Int64List.sublistView(TypedData data, [int start = 0, int? end]) {
    int byteLength = _sublistBytes(data, start, end, 8);
    return data.buffer.asInt64List(data.offsetInBytes + start * data.elementSizeInBytes, byteLength ~/ 8);
  }
}

final class _Int64List extends _IntList implements Int64List {
  _Int64List(_ByteStore store, int offsetInBytes, int length) : super(store, offsetInBytes, length);
  int get elementSizeInBytes => 8;

  @pragma('vm:prefer-inline')
  int operator [](int index) {
    if ((index < 0) | (index >= _length)) _indexError(index, _length);
    return _store._getInt64(_offsetInBytes + 8 * index, true);
  }

  @pragma('vm:prefer-inline')
  void operator []=(int index, int value) {
    if ((index < 0) | (index >= _length)) _indexError(index, _length);
    _store._setInt64(_offsetInBytes + 8 * index, value, true);
  }

  Int64List _newList(int length) => Int64List(length);
  Int64List sublist(int start, [int? end]) => unsafeCast<Int64List>(_sublist(start, end));
  Int64List asUnmodifiableView() => throw UnsupportedError(_unmodifiable);

  // Elements [start, start + count) from `source`, a list that is no view of this list's bytes.
  void _copyFrom(List<int> source, int from, int start, int count) {
    _ByteStore store = _store;
    int offset = _offsetInBytes + 8 * start;
    for (int i = 0; i < count; i++) {
      int value = source[from + i];
      store._setInt64(offset + 8 * i, value, true);
    }
  }
}

abstract final class Uint64List implements List<int>, TypedData {
  static const int bytesPerElement = 8;
  Uint64List sublist(int start, [int? end]);
  @pragma('dartc:unsupported', "dart:typed_data's unmodifiable views are not implemented")
  Uint64List asUnmodifiableView();
  factory Uint64List(int length) => _Uint64List(_newStore(length, 8), 0, length);
  factory Uint64List.fromList(List<int> elements) => Uint64List(elements.length)..setRange(0, elements.length, elements);
  factory Uint64List.view(ByteBuffer buffer, [int offsetInBytes = 0, int? length]) => buffer.asUint64List(offsetInBytes, length);
  factory Uint64List.sublistView(TypedData data, [int start = 0, int? end]) {
    int byteLength = _sublistBytes(data, start, end, 8);
    return data.buffer.asUint64List(data.offsetInBytes + start * data.elementSizeInBytes, byteLength ~/ 8);
  }
}

final class _Uint64List extends _IntList implements Uint64List {
  _Uint64List(_ByteStore store, int offsetInBytes, int length) : super(store, offsetInBytes, length);
  int get elementSizeInBytes => 8;

  @pragma('vm:prefer-inline')
  int operator [](int index) {
    if ((index < 0) | (index >= _length)) _indexError(index, _length);
    return _store._getInt64(_offsetInBytes + 8 * index, true);
  }

  @pragma('vm:prefer-inline')
  void operator []=(int index, int value) {
    if ((index < 0) | (index >= _length)) _indexError(index, _length);
    _store._setInt64(_offsetInBytes + 8 * index, value, true);
  }

  Uint64List _newList(int length) => Uint64List(length);
  Uint64List sublist(int start, [int? end]) => unsafeCast<Uint64List>(_sublist(start, end));
  Uint64List asUnmodifiableView() => throw UnsupportedError(_unmodifiable);

  // Elements [start, start + count) from `source`, a list that is no view of this list's bytes.
  void _copyFrom(List<int> source, int from, int start, int count) {
    _ByteStore store = _store;
    int offset = _offsetInBytes + 8 * start;
    for (int i = 0; i < count; i++) {
      int value = source[from + i];
      store._setInt64(offset + 8 * i, value, true);
    }
  }
}

abstract final class Float32List implements List<double>, TypedData {
  static const int bytesPerElement = 4;
  Float32List sublist(int start, [int? end]);
  @pragma('dartc:unsupported', "dart:typed_data's unmodifiable views are not implemented")
  Float32List asUnmodifiableView();
  factory Float32List(int length) => _Float32List(_newStore(length, 4), 0, length);
  factory Float32List.fromList(List<double> elements) => Float32List(elements.length)..setRange(0, elements.length, elements);
  factory Float32List.view(ByteBuffer buffer, [int offsetInBytes = 0, int? length]) => buffer.asFloat32List(offsetInBytes, length);
  factory Float32List.sublistView(TypedData data, [int start = 0, int? end]) {
    int byteLength = _sublistBytes(data, start, end, 4);
    return data.buffer.asFloat32List(data.offsetInBytes + start * data.elementSizeInBytes, byteLength ~/ 4);
  }
}

final class _Float32List extends _DoubleList implements Float32List {
  _Float32List(_ByteStore store, int offsetInBytes, int length) : super(store, offsetInBytes, length);
  int get elementSizeInBytes => 4;

  @pragma('vm:prefer-inline')
  double operator [](int index) {
    if ((index < 0) | (index >= _length)) _indexError(index, _length);
    return _store._getFloat32(_offsetInBytes + 4 * index, true);
  }

  @pragma('vm:prefer-inline')
  void operator []=(int index, double value) {
    if ((index < 0) | (index >= _length)) _indexError(index, _length);
    _store._setFloat32(_offsetInBytes + 4 * index, value, true);
  }

  Float32List _newList(int length) => Float32List(length);
  Float32List sublist(int start, [int? end]) => unsafeCast<Float32List>(_sublist(start, end));
  Float32List asUnmodifiableView() => throw UnsupportedError(_unmodifiable);

  // Elements [start, start + count) from `source`, a list that is no view of this list's bytes.
  void _copyFrom(List<double> source, int from, int start, int count) {
    _ByteStore store = _store;
    int offset = _offsetInBytes + 4 * start;
    for (int i = 0; i < count; i++) {
      double value = source[from + i];
      store._setFloat32(offset + 4 * i, value, true);
    }
  }
}

abstract final class Float64List implements List<double>, TypedData {
  static const int bytesPerElement = 8;
  Float64List sublist(int start, [int? end]);
  @pragma('dartc:unsupported', "dart:typed_data's unmodifiable views are not implemented")
  Float64List asUnmodifiableView();
  factory Float64List(int length) => _Float64List(_newStore(length, 8), 0, length);
  factory Float64List.fromList(List<double> elements) => Float64List(elements.length)..setRange(0, elements.length, elements);
  factory Float64List.view(ByteBuffer buffer, [int offsetInBytes = 0, int? length]) => buffer.asFloat64List(offsetInBytes, length);
  factory Float64List.sublistView(TypedData data, [int start = 0, int? end]) {
    int byteLength = _sublistBytes(data, start, end, 8);
    return data.buffer.asFloat64List(data.offsetInBytes + start * data.elementSizeInBytes, byteLength ~/ 8);
  }
}

final class _Float64List extends _DoubleList implements Float64List {
  _Float64List(_ByteStore store, int offsetInBytes, int length) : super(store, offsetInBytes, length);
  int get elementSizeInBytes => 8;

  @pragma('vm:prefer-inline')
  double operator [](int index) {
    if ((index < 0) | (index >= _length)) _indexError(index, _length);
    return _store._getFloat64(_offsetInBytes + 8 * index, true);
  }

  @pragma('vm:prefer-inline')
  void operator []=(int index, double value) {
    if ((index < 0) | (index >= _length)) _indexError(index, _length);
    _store._setFloat64(_offsetInBytes + 8 * index, value, true);
  }

  Float64List _newList(int length) => Float64List(length);
  Float64List sublist(int start, [int? end]) => unsafeCast<Float64List>(_sublist(start, end));
  Float64List asUnmodifiableView() => throw UnsupportedError(_unmodifiable);

  // Elements [start, start + count) from `source`, a list that is no view of this list's bytes.
  void _copyFrom(List<double> source, int from, int start, int count) {
    _ByteStore store = _store;
    int offset = _offsetInBytes + 8 * start;
    for (int i = 0; i < count; i++) {
      double value = source[from + i];
      store._setFloat64(offset + 8 * i, value, true);
    }
  }
}

abstract final class UnmodifiableInt8ListView implements Int8List {
  @pragma('dartc:unsupported', "dart:typed_data's unmodifiable views are not implemented")
  factory UnmodifiableInt8ListView(Int8List list) => throw UnsupportedError(_unmodifiable);
}

abstract final class UnmodifiableUint8ListView implements Uint8List {
  @pragma('dartc:unsupported', "dart:typed_data's unmodifiable views are not implemented")
  factory UnmodifiableUint8ListView(Uint8List list) => throw UnsupportedError(_unmodifiable);
}

abstract final class UnmodifiableUint8ClampedListView implements Uint8ClampedList {
  @pragma('dartc:unsupported', "dart:typed_data's unmodifiable views are not implemented")
  factory UnmodifiableUint8ClampedListView(Uint8ClampedList list) => throw UnsupportedError(_unmodifiable);
}

abstract final class UnmodifiableInt16ListView implements Int16List {
  @pragma('dartc:unsupported', "dart:typed_data's unmodifiable views are not implemented")
  factory UnmodifiableInt16ListView(Int16List list) => throw UnsupportedError(_unmodifiable);
}

abstract final class UnmodifiableUint16ListView implements Uint16List {
  @pragma('dartc:unsupported', "dart:typed_data's unmodifiable views are not implemented")
  factory UnmodifiableUint16ListView(Uint16List list) => throw UnsupportedError(_unmodifiable);
}

abstract final class UnmodifiableInt32ListView implements Int32List {
  @pragma('dartc:unsupported', "dart:typed_data's unmodifiable views are not implemented")
  factory UnmodifiableInt32ListView(Int32List list) => throw UnsupportedError(_unmodifiable);
}

abstract final class UnmodifiableUint32ListView implements Uint32List {
  @pragma('dartc:unsupported', "dart:typed_data's unmodifiable views are not implemented")
  factory UnmodifiableUint32ListView(Uint32List list) => throw UnsupportedError(_unmodifiable);
}

abstract final class UnmodifiableInt64ListView implements Int64List {
  @pragma('dartc:unsupported', "dart:typed_data's unmodifiable views are not implemented")
  factory UnmodifiableInt64ListView(Int64List list) => throw UnsupportedError(_unmodifiable);
}

abstract final class UnmodifiableUint64ListView implements Uint64List {
  @pragma('dartc:unsupported', "dart:typed_data's unmodifiable views are not implemented")
  factory UnmodifiableUint64ListView(Uint64List list) => throw UnsupportedError(_unmodifiable);
}

abstract final class UnmodifiableFloat32ListView implements Float32List {
  @pragma('dartc:unsupported', "dart:typed_data's unmodifiable views are not implemented")
  factory UnmodifiableFloat32ListView(Float32List list) => throw UnsupportedError(_unmodifiable);
}

abstract final class UnmodifiableFloat64ListView implements Float64List {
  @pragma('dartc:unsupported', "dart:typed_data's unmodifiable views are not implemented")
  factory UnmodifiableFloat64ListView(Float64List list) => throw UnsupportedError(_unmodifiable);
}

// --- Not supported yet ---------------------------------------------------------------------------

// The unmodifiable views are declared so that a program using them is rejected at compile time with
// "'UnmodifiableUint8ListView' is not supported yet: ..." (@pragma('dartc:unsupported'), checked by
// the frontend's unsupported_members.cpp) instead of "isn't defined". Their bodies never run.
const String _unmodifiable = "dart:typed_data's unmodifiable views are not supported yet by dartc";

abstract final class UnmodifiableByteDataView implements ByteData {
  @pragma('dartc:unsupported', "dart:typed_data's unmodifiable views are not implemented")
  factory UnmodifiableByteDataView(ByteData data) => throw UnsupportedError(_unmodifiable);
}

abstract final class UnmodifiableByteBufferView implements ByteBuffer {
  @pragma('dartc:unsupported', "dart:typed_data's unmodifiable views are not implemented")
  factory UnmodifiableByteBufferView(ByteBuffer data) => throw UnsupportedError(_unmodifiable);
}
