part of dart.core;

abstract class Iterator<E> {
  bool moveNext();
  E get current;
}

abstract class Iterable<E> {
  const Iterable();
  Iterator<E> get iterator;

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

  void forEach(void action(E element)) {
    for (E element in this) {
      action(element);
    }
  }
}

abstract class List<E> implements Iterable<E> {
  int get length;
  E operator [](int index);
  void operator []=(int index, E value);
  void add(E value);
  void addAll(Iterable<E> iterable);
}

abstract class Set<E> implements Iterable<E> {
  bool add(E value);
  void addAll(Iterable<E> elements);
}

abstract class Map<K, V> {
  V? operator [](Object? key);
  void operator []=(K key, V value);
  void addAll(Map<K, V> other);
}

final class MapEntry<K, V> {
  final K key;
  final V value;
  const MapEntry(this.key, this.value);
}

// The fixed-length array every list is built on (DartArray in the runtime ABI). Its natives are
// compiler intrinsics: allocation, bounds-checked access, block copy.
final class _List<E> extends Iterable<E> implements List<E> {
  external factory _List(int length);
  external int get length;
  external E operator [](int index);
  external void operator []=(int index, E value);
  external static void _copy(_List src, int srcStart, _List dst, int dstStart, int count);

  Iterator<E> get iterator => _ListIterator<E>(this);
  void add(E value) => throw UnsupportedError("Cannot add to a fixed-length list");
  void addAll(Iterable<E> iterable) => throw UnsupportedError("Cannot add to a fixed-length list");
}

// Constant lists: read-only data laid out like _List.
final class _ImmutableList<E> extends Iterable<E> implements List<E> {
  external int get length;
  external E operator [](int index);
  void operator []=(int index, E value) => throw UnsupportedError("Cannot modify an unmodifiable list");
  Iterator<E> get iterator => _ListIterator<E>(this);
  void add(E value) => throw UnsupportedError("Cannot add to an unmodifiable list");
  void addAll(Iterable<E> iterable) => throw UnsupportedError("Cannot add to an unmodifiable list");
}

// Growable lists (list literals, List.empty(growable: true), ...): an array with spare room.
final class _GrowableList<E> extends Iterable<E> implements List<E> {
  _List<E?> _data;
  int _length;

  _GrowableList._fromArray(this._data, this._length);

  int get length => _length;

  E operator [](int index) {
    if (index < 0 || index >= _length) _throwRangeError(index, _length);
    return _data[index] as E;
  }

  void operator []=(int index, E value) {
    if (index < 0 || index >= _length) _throwRangeError(index, _length);
    _data[index] = value;
  }

  void add(E value) {
    if (_length == _data.length) _grow(_length + 1);
    _data[_length] = value;
    _length++;
  }

  void addAll(Iterable<E> iterable) {
    for (E element in iterable) {
      add(element);
    }
  }

  void _grow(int minimum) {
    int capacity = _data.length * 2;
    if (capacity < minimum) capacity = minimum;
    if (capacity < 4) capacity = 4;
    _List<E?> bigger = _List<E?>(capacity);
    _List._copy(_data, 0, bigger, 0, _length);
    _data = bigger;
  }

  Iterator<E> get iterator => _ListIterator<E>(this);
}

class _ListIterator<E> implements Iterator<E> {
  final List<E> _list;
  final int _length;
  int _index = 0;
  E? _current;

  _ListIterator(List<E> list)
      : _list = list,
        _length = list.length;

  E get current => _current as E;

  bool moveNext() {
    if (_list.length != _length) throw ConcurrentModificationError(_list);
    if (_index >= _length) {
      _current = null;
      return false;
    }
    _current = _list[_index];
    _index++;
    return true;
  }
}
