// Lists in fields of generic classes typed with the class's own type parameter (som's
// `List<E?> _storage` in Vector<E>): when every write of the field gives a list allocated with
// the holder's own E? (initializers, writes through `this`, cascades, final locals), a store
// `_storage[i] = v` through `this` with v of static type E skips _GrowableList.[]='s covariant
// check (issue 10, branch deltablue). Every other way of filling the field keeps the check, and
// each of them must still throw where Dart throws: a constructor parameter, a write through
// another receiver, a write of another type's list through `this`, an extension's `this` (whose
// type arguments may be supertypes of the real ones).
//
// Expectations derived by hand from the Dart specification: a List<E> checks the value of `[]=`
// against its own type argument, a covariant parameter checks its argument on entry, and the
// VM's message for a failed parameter check is "type 'X' is not a subtype of type 'Y' of 'name'"
// (`value` for List's `[]=`).
class Shape {
  final String name;
  Shape(this.name);
  @override
  String toString() => name;
}

class Circle extends Shape {
  Circle() : super('circle');
}

class Square extends Shape {
  Square() : super('square');
}

// Exact: initializer, cascade growth, a final local, removeAll.
class Vec<E> {
  List<E?> _storage;
  int _last = 0;

  Vec([int size = 2]) : _storage = List<E?>.filled(size, null);

  void append(E e) {
    if (_last >= _storage.length) {
      _storage = List<E?>.filled(_storage.length * 2, null)..setRange(0, _storage.length, _storage);
    }
    _storage[_last++] = e;
  }

  void keepEvery(int n) {
    final kept = List<E?>.filled(_storage.length, null);
    var k = 0;
    for (var i = 0; i < _last; i += n) {
      kept[k++] = _storage[i];
    }
    _storage = kept;
    _last = k;
  }

  void removeAll() {
    _storage = List<E?>.filled(2, null);
    _last = 0;
  }

  void swap(int i, int j) {
    final t = _storage[i];
    _storage[i] = _storage[j];
    _storage[j] = t;
  }

  @override
  String toString() => [for (var i = 0; i < _last; i++) _storage[i]].toString();
}

class ShapeList extends Vec<Shape> {
  void addBoth() {
    append(Circle());
    append(Square());
  }
}

// Inexact: filled from a constructor parameter.
class Given<E> {
  List<E?> items;
  Given(this.items);
  void put(int i, E e) => items[i] = e;
  void putObject(int i, Object? o) => items[i] = o as E;
}

// Inexact: written through another receiver.
class Foreign<E> {
  List<E?> items = List<E?>.filled(1, null);
  void put(E e) => items[0] = e;
  static void replace(Foreign<Object?> f, List<Object?> list) => f.items = list;
}

// Inexact: a list of another type written through `this`.
class Narrowed<E> {
  List<E?> items = List<E?>.filled(1, null);
  void narrow() => items = <Never>[];
  void put(E e) => items.add(e);
  void set0(E e) => items[0] = e;
}

extension Sneak<T> on Vec<T> {
  void sneak(T v) => this._storage[0] = v;
}

void attempt(String what, void Function() f) {
  try {
    f();
    print('$what: ok');
  } catch (e) {
    print('$what: ${e is TypeError ? 'TypeError' : e.runtimeType}: $e');
  }
}

void main() {
  final ints = Vec<int>();
  for (var i = 0; i < 9; i++) {
    ints.append(i * i);
  }
  print(ints);
  ints.keepEvery(3);
  print(ints);
  ints.swap(0, 2);
  print(ints);
  ints.removeAll();
  ints.append(42);
  print(ints);

  final maybe = Vec<int?>(1)..append(null)..append(1)..append(null);
  print(maybe);

  final shapes = ShapeList()..addBoth()..addBoth()..append(Shape('plain'));
  print(shapes);

  // A Vec<int> seen as a Vec<num>: append checks its parameter on entry.
  final Vec<num> nums = Vec<int>()..append(1);
  attempt('append double to Vec<int> as Vec<num>', () => nums.append(1.5));
  attempt('extension store into Vec<int> as Vec<num>', () => nums.sneak(2.5));
  print(nums);

  final Given<num> given = Given<num>(<int?>[null, null]);
  attempt('given int', () => given.put(0, 3));
  attempt('given double', () => given.put(1, 3.5));
  attempt('given object', () => given.putObject(1, 4.5));

  final foreign = Foreign<Object?>();
  attempt('foreign before', () => foreign.put('a'));
  Foreign.replace(foreign, <int>[0]);
  attempt('foreign int', () => foreign.put(7));
  attempt('foreign string', () => foreign.put('b'));
  print(foreign.items);

  final narrowed = Narrowed<String>();
  attempt('narrowed before', () => narrowed.set0('x'));
  narrowed.narrow();
  attempt('narrowed add', () => narrowed.put('y'));
  print(narrowed.items);
}
