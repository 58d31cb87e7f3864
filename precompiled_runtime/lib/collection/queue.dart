part of dart.collection;

/// A collection with cheap insertion and removal at both ends.
abstract interface class Queue<E> implements EfficientLengthIterable<E> {
  factory Queue() => ListQueue<E>();
  factory Queue.from(Iterable elements) => ListQueue<E>.from(elements);
  factory Queue.of(Iterable<E> elements) => ListQueue<E>.of(elements);

  Queue<R> cast<R>();
  E removeFirst();
  E removeLast();
  void addFirst(E value);
  void addLast(E value);
  void add(E value);
  bool remove(Object? value);
  void addAll(Iterable<E> iterable);
  void removeWhere(bool test(E element));
  void retainWhere(bool test(E element));
  void clear();
}

/// A queue in a circular buffer whose size is a power of two (as the SDK's ListQueue).
final class ListQueue<E> extends ListIterable<E> implements Queue<E> {
  static const int _initialCapacity = 8;
  List<E?> _table;
  int _head = 0;
  int _tail = 0;
  int _modificationCount = 0;

  ListQueue([int? initialCapacity]) : _table = List<E?>.filled(_capacityFor(initialCapacity), null);

  static int _capacityFor(int? initialCapacity) {
    if (initialCapacity == null || initialCapacity < _initialCapacity) return _initialCapacity;
    int capacity = initialCapacity + 1;
    // Round up to a power of two.
    int power = 1;
    while (power < capacity) {
      power *= 2;
    }
    return power;
  }

  factory ListQueue.from(Iterable<dynamic> elements) {
    ListQueue<E> queue = ListQueue<E>();
    for (dynamic element in elements) {
      queue.addLast(element as E);
    }
    return queue;
  }

  factory ListQueue.of(Iterable<E> elements) => ListQueue<E>()..addAll(elements);

  Queue<R> cast<R>() => ListQueue<R>.from(this);

  Iterator<E> get iterator => _ListQueueIterator<E>(this);

  void forEach(void f(E element)) {
    int modificationCount = _modificationCount;
    for (int i = _head; i != _tail; i = (i + 1) & (_table.length - 1)) {
      f(_table[i] as E);
      if (modificationCount != _modificationCount) throw ConcurrentModificationError(this);
    }
  }

  bool get isEmpty => _head == _tail;
  int get length => (_tail - _head) & (_table.length - 1);

  E get first {
    if (_head == _tail) throw IterableElementError.noElement();
    return _table[_head] as E;
  }

  E get last {
    if (_head == _tail) throw IterableElementError.noElement();
    return _table[(_tail - 1) & (_table.length - 1)] as E;
  }

  E get single {
    if (_head == _tail) throw IterableElementError.noElement();
    if (length > 1) throw IterableElementError.tooMany();
    return _table[_head] as E;
  }

  E elementAt(int index) {
    IndexError.check(index, length, indexable: this);
    return _table[(_head + index) & (_table.length - 1)] as E;
  }

  List<E> toList({bool growable = true}) {
    List<E> list = <E>[];
    for (int i = _head; i != _tail; i = (i + 1) & (_table.length - 1)) {
      list.add(_table[i] as E);
    }
    if (!growable) return List<E>.of(list, growable: false);
    return list;
  }

  void add(E value) {
    _add(value);
  }

  void addAll(Iterable<E> elements) {
    for (E element in elements) {
      _add(element);
    }
  }

  bool remove(Object? value) {
    for (int i = _head; i != _tail; i = (i + 1) & (_table.length - 1)) {
      E? element = _table[i];
      if (element == value) {
        _remove(i);
        _modificationCount++;
        return true;
      }
    }
    return false;
  }

  void _filterWhere(bool test(E element), bool removeMatching) {
    int modificationCount = _modificationCount;
    int i = _head;
    while (i != _tail) {
      E element = _table[i] as E;
      bool remove = identical(removeMatching, test(element));
      if (modificationCount != _modificationCount) throw ConcurrentModificationError(this);
      if (remove) {
        i = _remove(i);
        modificationCount = ++_modificationCount;
      } else {
        i = (i + 1) & (_table.length - 1);
      }
    }
  }

  void removeWhere(bool test(E element)) {
    _filterWhere(test, true);
  }

  void retainWhere(bool test(E element)) {
    _filterWhere(test, false);
  }

  void clear() {
    if (_head != _tail) {
      for (int i = _head; i != _tail; i = (i + 1) & (_table.length - 1)) {
        _table[i] = null;
      }
      _head = _tail = 0;
      _modificationCount++;
    }
  }

  String toString() => Iterable.iterableToFullString(this, "{", "}");

  void addLast(E value) {
    _add(value);
  }

  void addFirst(E value) {
    _head = (_head - 1) & (_table.length - 1);
    _table[_head] = value;
    if (_head == _tail) _grow();
    _modificationCount++;
  }

  E removeFirst() {
    if (_head == _tail) throw IterableElementError.noElement();
    _modificationCount++;
    E result = _table[_head] as E;
    _table[_head] = null;
    _head = (_head + 1) & (_table.length - 1);
    return result;
  }

  E removeLast() {
    if (_head == _tail) throw IterableElementError.noElement();
    _modificationCount++;
    _tail = (_tail - 1) & (_table.length - 1);
    E result = _table[_tail] as E;
    _table[_tail] = null;
    return result;
  }

  void _add(E element) {
    _table[_tail] = element;
    _tail = (_tail + 1) & (_table.length - 1);
    if (_head == _tail) _grow();
    _modificationCount++;
  }

  // Removes the element at `offset`, moving the shorter side; returns the offset of the next one.
  int _remove(int offset) {
    int mask = _table.length - 1;
    int startDistance = (offset - _head) & mask;
    int endDistance = (_tail - offset) & mask;
    if (startDistance < endDistance) {
      int i = offset;
      while (i != _head) {
        int prevOffset = (i - 1) & mask;
        _table[i] = _table[prevOffset];
        i = prevOffset;
      }
      _table[_head] = null;
      _head = (_head + 1) & mask;
      return (offset + 1) & mask;
    } else {
      _tail = (_tail - 1) & mask;
      int i = offset;
      while (i != _tail) {
        int nextOffset = (i + 1) & mask;
        _table[i] = _table[nextOffset];
        i = nextOffset;
      }
      _table[_tail] = null;
      return offset;
    }
  }

  // The buffer is full (head met tail): double it.
  void _grow() {
    List<E?> newTable = List<E?>.filled(_table.length * 2, null);
    int split = _table.length - _head;
    newTable.setRange(0, split, _table, _head);
    newTable.setRange(split, split + _head, _table, 0);
    _head = 0;
    _tail = _table.length;
    _table = newTable;
  }
}

class _ListQueueIterator<E> implements Iterator<E> {
  final ListQueue<E> _queue;
  final int _end;
  final int _modificationCount;
  int _position;
  E? _current;

  _ListQueueIterator(ListQueue<E> queue)
      : _queue = queue,
        _end = queue._tail,
        _modificationCount = queue._modificationCount,
        _position = queue._head;

  E get current => _current as E;

  bool moveNext() {
    if (_modificationCount != _queue._modificationCount) throw ConcurrentModificationError(_queue);
    if (_position == _end) {
      _current = null;
      return false;
    }
    _current = _queue._table[_position];
    _position = (_position + 1) & (_queue._table.length - 1);
    return true;
  }
}

/// A queue of linked entries.
class DoubleLinkedQueue<E> extends Iterable<E> implements Queue<E> {
  final _DoubleLinkedQueueSentinel<E> _sentinel = _DoubleLinkedQueueSentinel<E>();
  int _elementCount = 0;

  DoubleLinkedQueue();

  factory DoubleLinkedQueue.from(Iterable<dynamic> elements) {
    DoubleLinkedQueue<E> list = DoubleLinkedQueue<E>();
    for (dynamic e in elements) {
      list.addLast(e as E);
    }
    return list;
  }

  factory DoubleLinkedQueue.of(Iterable<E> elements) => DoubleLinkedQueue<E>()..addAll(elements);

  Queue<R> cast<R>() => DoubleLinkedQueue<R>.from(this);

  int get length => _elementCount;
  bool get isEmpty => _elementCount == 0;

  void addLast(E value) {
    _sentinel._insertBefore(value);
    _elementCount++;
  }

  void addFirst(E value) {
    _sentinel._next._insertBefore(value);
    _elementCount++;
  }

  void add(E value) {
    addLast(value);
  }

  void addAll(Iterable<E> iterable) {
    for (E value in iterable) {
      addLast(value);
    }
  }

  E removeLast() {
    _DoubleLinkedQueueEntry<E> entry = _sentinel._previous;
    if (identical(entry, _sentinel)) throw IterableElementError.noElement();
    _elementCount--;
    entry._unlink();
    return entry._element as E;
  }

  E removeFirst() {
    _DoubleLinkedQueueEntry<E> entry = _sentinel._next;
    if (identical(entry, _sentinel)) throw IterableElementError.noElement();
    _elementCount--;
    entry._unlink();
    return entry._element as E;
  }

  bool remove(Object? o) {
    _DoubleLinkedQueueEntry<E> entry = _sentinel._next;
    while (!identical(entry, _sentinel)) {
      if (entry._element == o) {
        entry._unlink();
        _elementCount--;
        return true;
      }
      entry = entry._next;
    }
    return false;
  }

  void _filter(bool test(E element), bool removeMatching) {
    _DoubleLinkedQueueEntry<E> entry = _sentinel._next;
    while (!identical(entry, _sentinel)) {
      _DoubleLinkedQueueEntry<E> next = entry._next;
      if (identical(removeMatching, test(entry._element as E))) {
        entry._unlink();
        _elementCount--;
      }
      entry = next;
    }
  }

  void removeWhere(bool test(E element)) {
    _filter(test, true);
  }

  void retainWhere(bool test(E element)) {
    _filter(test, false);
  }

  E get first {
    if (_elementCount == 0) throw IterableElementError.noElement();
    return _sentinel._next._element as E;
  }

  E get last {
    if (_elementCount == 0) throw IterableElementError.noElement();
    return _sentinel._previous._element as E;
  }

  void clear() {
    _sentinel._next = _sentinel;
    _sentinel._previous = _sentinel;
    _elementCount = 0;
  }

  Iterator<E> get iterator => _DoubleLinkedQueueIterator<E>(this);

  String toString() => Iterable.iterableToFullString(this, "{", "}");
}

class _DoubleLinkedQueueEntry<E> {
  E? _element;
  late _DoubleLinkedQueueEntry<E> _previous;
  late _DoubleLinkedQueueEntry<E> _next;

  _DoubleLinkedQueueEntry(this._element);

  void _insertBefore(E value) {
    _DoubleLinkedQueueEntry<E> entry = _DoubleLinkedQueueEntry<E>(value);
    entry._previous = _previous;
    entry._next = this;
    _previous._next = entry;
    _previous = entry;
  }

  void _unlink() {
    _previous._next = _next;
    _next._previous = _previous;
  }
}

class _DoubleLinkedQueueSentinel<E> extends _DoubleLinkedQueueEntry<E> {
  _DoubleLinkedQueueSentinel() : super(null) {
    _previous = this;
    _next = this;
  }
}

class _DoubleLinkedQueueIterator<E> implements Iterator<E> {
  final DoubleLinkedQueue<E> _queue;
  _DoubleLinkedQueueEntry<E> _nextEntry;
  E? _current;

  _DoubleLinkedQueueIterator(DoubleLinkedQueue<E> queue)
      : _queue = queue,
        _nextEntry = queue._sentinel._next;

  bool moveNext() {
    if (identical(_nextEntry, _queue._sentinel)) {
      _current = null;
      return false;
    }
    _current = _nextEntry._element;
    _nextEntry = _nextEntry._next;
    return true;
  }

  E get current => _current as E;
}
