part of dart.typed_data;

// The lists of SIMD values: views of a `_ByteStore` like the other typed lists (the storage
// comment at the top of typed_data.dart), 16 bytes per element. An element is copied in and out
// with one 16-byte memmove, so its bits are kept exactly.

abstract class _SimdList<E extends _Simd128> extends _TypedList<E> {
  _SimdList(_ByteStore store, int offsetInBytes, int length) : super(store, offsetInBytes, length);
  int get elementSizeInBytes => 16;

  // A value of the element type over `bits` (16 bytes of its own).
  E _value(_ByteStore bits);

  // A new value holding a copy of the element's 16 bytes.
  E operator [](int index) {
    if ((index < 0) | (index >= _length)) _indexError(index, _length);
    _ByteStore s = _simdStore();
    _ByteStore._copy(_store, _offsetInBytes + 16 * index, s, 0, 16);
    return _value(s);
  }

  void operator []=(int index, E value) {
    if ((index < 0) | (index >= _length)) _indexError(index, _length);
    _ByteStore._copy(value._s, 0, _store, _offsetInBytes + 16 * index, 16);
  }

  // Elements [start, start + count) from `source`, a list that is no view of this list's bytes.
  void _copyFrom(List<E> source, int from, int start, int count) {
    for (int i = 0; i < count; i++) {
      _ByteStore._copy(source[from + i]._s, 0, _store, _offsetInBytes + 16 * (start + i), 16);
    }
  }
}

abstract final class Float32x4List implements List<Float32x4>, TypedData {
  static const int bytesPerElement = 16;
  Float32x4List sublist(int start, [int? end]);
  @pragma('dartc:unsupported', "dart:typed_data's unmodifiable views are not implemented")
  Float32x4List asUnmodifiableView();
  factory Float32x4List(int length) => _Float32x4List(_newStore(length, 16), 0, length);
  factory Float32x4List.fromList(List<Float32x4> elements) => Float32x4List(elements.length)..setRange(0, elements.length, elements);
  factory Float32x4List.view(ByteBuffer buffer, [int offsetInBytes = 0, int? length]) => buffer.asFloat32x4List(offsetInBytes, length);
  factory Float32x4List.sublistView(TypedData data, [int start = 0, int? end]) {
    int byteLength = _sublistBytes(data, start, end, 16);
    return data.buffer.asFloat32x4List(data.offsetInBytes + start * data.elementSizeInBytes, byteLength ~/ 16);
  }
}

final class _Float32x4List extends _SimdList<Float32x4> implements Float32x4List {
  _Float32x4List(_ByteStore store, int offsetInBytes, int length) : super(store, offsetInBytes, length);

  Float32x4 _value(_ByteStore bits) => Float32x4._(bits);
  Float32x4List _newList(int length) => Float32x4List(length);
  Float32x4List sublist(int start, [int? end]) => unsafeCast<Float32x4List>(_sublist(start, end));
  Float32x4List asUnmodifiableView() => throw UnsupportedError(_unmodifiable);
}


abstract final class Int32x4List implements List<Int32x4>, TypedData {
  static const int bytesPerElement = 16;
  Int32x4List sublist(int start, [int? end]);
  @pragma('dartc:unsupported', "dart:typed_data's unmodifiable views are not implemented")
  Int32x4List asUnmodifiableView();
  factory Int32x4List(int length) => _Int32x4List(_newStore(length, 16), 0, length);
  factory Int32x4List.fromList(List<Int32x4> elements) => Int32x4List(elements.length)..setRange(0, elements.length, elements);
  factory Int32x4List.view(ByteBuffer buffer, [int offsetInBytes = 0, int? length]) => buffer.asInt32x4List(offsetInBytes, length);
  factory Int32x4List.sublistView(TypedData data, [int start = 0, int? end]) {
    int byteLength = _sublistBytes(data, start, end, 16);
    return data.buffer.asInt32x4List(data.offsetInBytes + start * data.elementSizeInBytes, byteLength ~/ 16);
  }
}

final class _Int32x4List extends _SimdList<Int32x4> implements Int32x4List {
  _Int32x4List(_ByteStore store, int offsetInBytes, int length) : super(store, offsetInBytes, length);

  Int32x4 _value(_ByteStore bits) => Int32x4._(bits);
  Int32x4List _newList(int length) => Int32x4List(length);
  Int32x4List sublist(int start, [int? end]) => unsafeCast<Int32x4List>(_sublist(start, end));
  Int32x4List asUnmodifiableView() => throw UnsupportedError(_unmodifiable);
}


abstract final class Float64x2List implements List<Float64x2>, TypedData {
  static const int bytesPerElement = 16;
  Float64x2List sublist(int start, [int? end]);
  @pragma('dartc:unsupported', "dart:typed_data's unmodifiable views are not implemented")
  Float64x2List asUnmodifiableView();
  factory Float64x2List(int length) => _Float64x2List(_newStore(length, 16), 0, length);
  factory Float64x2List.fromList(List<Float64x2> elements) => Float64x2List(elements.length)..setRange(0, elements.length, elements);
  factory Float64x2List.view(ByteBuffer buffer, [int offsetInBytes = 0, int? length]) => buffer.asFloat64x2List(offsetInBytes, length);
  factory Float64x2List.sublistView(TypedData data, [int start = 0, int? end]) {
    int byteLength = _sublistBytes(data, start, end, 16);
    return data.buffer.asFloat64x2List(data.offsetInBytes + start * data.elementSizeInBytes, byteLength ~/ 16);
  }
}

final class _Float64x2List extends _SimdList<Float64x2> implements Float64x2List {
  _Float64x2List(_ByteStore store, int offsetInBytes, int length) : super(store, offsetInBytes, length);

  Float64x2 _value(_ByteStore bits) => Float64x2._(bits);
  Float64x2List _newList(int length) => Float64x2List(length);
  Float64x2List sublist(int start, [int? end]) => unsafeCast<Float64x2List>(_sublist(start, end));
  Float64x2List asUnmodifiableView() => throw UnsupportedError(_unmodifiable);
}
