// Calls through a final field of `this` that only ever holds objects allocated with this object's
// own type arguments (som's `SomSet<E>(...) : _items = Vector<E>(size)`) skip the callee's
// covariant parameter check (codegen/src/exact_receivers.cpp, selfTypedTypeOf; unchecked_calls.cpp).
// Every call here whose check can fail must still fail: a field written from a constructor
// parameter (an initializing formal, or an initializer list), a constructor that allocates
// another instantiation, a field read through another receiver than `this`, and a mixin's field.
// The proven calls, seen from subclasses with other type arguments, must keep working.
//
// Expectations derived by hand from the Dart specification (a parameter whose type mentions a
// class type parameter is checked against the type instantiated with the receiver's type
// arguments at run time) and the VM's message for a failed parameter check: "type 'X' is not a
// subtype of type 'Y' of 'p'", p the parameter's name.
class Box<T> {
  final List<T> items = <T>[];

  @pragma('vm:never-inline')
  void put(T value) => items.add(value);

  String toString() => '$items';
}

// Proven: every constructor allocates Box<E>, or redirects; `box2` by its declaration.
class Bag<E> {
  final Box<E> box;
  final Box<E> box2 = Box<E>();

  Bag() : box = Box<E>();
  Bag.sized(int n) : box = Box<E>() {
    for (var i = 0; i < n; i++) {
      box2.items.length;
    }
  }
  Bag.again() : this();

  @pragma('vm:never-inline')
  void add(E e) {
    box.put(e);
    box2.put(e);
  }

  // Not through `this`: `other` may be a Bag<int> seen as a Bag<num>.
  @pragma('vm:never-inline')
  void addTo(Bag<E> other, E e) => other.box.put(e);
}

// Proven from subclasses: Box<int>, and Box<List<T>>.
class IntBag extends Bag<int> {
  @pragma('vm:never-inline')
  void addInt(int i) => box.put(i);
}

class ListBag<T> extends Bag<List<T>> {
  @pragma('vm:never-inline')
  void addList(List<T> l) => box.put(l);
}

// Written from a parameter: not proven.
class Holder<E> {
  final Box<E> box;
  Holder(this.box);

  @pragma('vm:never-inline')
  void add(E e) => box.put(e);
}

// One constructor allocates, the other takes a parameter: not proven.
class Two<E> {
  final Box<E> box;
  Two() : box = Box<E>();
  Two.from(Box<E> b) : box = b;

  @pragma('vm:never-inline')
  void add(E e) => box.put(e);
}

// Another instantiation than the class's own: Box<Never> is a Box<E> for every E.
class Odd<E> {
  final Box<E> box;
  Odd() : box = Box<Never>();

  @pragma('vm:never-inline')
  void add(E e) => box.put(e);
}

// A mixin's field is copied into each application: not proven.
mixin Keeps<E> {
  final Box<E> kept = Box<E>();

  @pragma('vm:never-inline')
  void keep(E e) => kept.put(e);
}

class Keeper<E> with Keeps<E> {}

void attempt(String what, void Function() f) {
  try {
    f();
    print('$what: ok');
  } on TypeError catch (e) {
    print('$what: $e');
  }
}

void main() {
  final bag = Bag<num>();
  bag.add(1);
  bag.add(2.5);
  print('bag ${bag.box} ${bag.box2}');
  final sized = Bag<String>.sized(2);
  sized.add('s');
  final again = Bag<int>.again();
  again.add(3);
  print('sized ${sized.box} again ${again.box2}');

  Bag<num> ints = Bag<int>();
  attempt('Bag<int> as Bag<num>, add 1.5', () => ints.add(1.5));
  attempt('addTo a Bag<int> seen as Bag<num>', () => Bag<num>().addTo(ints, 1.5));
  attempt('addTo a Bag<num>', () => Bag<num>().addTo(bag, 4));
  print('bag ${bag.box}');

  final intBag = IntBag();
  intBag.addInt(7);
  intBag.add(8);
  final listBag = ListBag<String>();
  listBag.addList(['a', 'b']);
  listBag.add(['c']);
  print('intBag ${intBag.box} listBag ${listBag.box}');

  attempt('Holder<num> of a Box<int>, add 1.5', () => Holder<num>(Box<int>()).add(1.5));
  attempt('Holder<num> of a Box<num>, add 1.5', () => Holder<num>(Box<num>()).add(1.5));
  attempt('Two<num>.from a Box<int>, add 1.5', () => Two<num>.from(Box<int>()).add(1.5));
  attempt('Two<num>(), add 1.5', () => Two<num>().add(1.5));
  attempt('Odd<int>, add 1', () => Odd<int>().add(1));
  final keeper = Keeper<int>();
  keeper.keep(5);
  Keeps<num> keeps = keeper;
  attempt('Keeper<int> as Keeps<num>, keep 1.5', () => keeps.keep(1.5));
  print('keeper ${keeper.kept}');
}
