// Stores into lists held by fields (issue 10, branch listcheck). When every write of a field
// gives null, a constant list, a literal `<X>[...]` or `List<X>.filled/generate/empty/of/from`
// (X the field's element type), codegen drops the covariant check of `[]=`: the list's type
// argument is X and the value's static type a subtype of it. Every other field keeps the check,
// which must still fail where the VM's does. The VM's `_GrowableList.[]=` checks its covariant
// parameter `value` before the index (sdk/lib/_internal/vm/lib/growable_array.dart), so a
// List<Never> seen as List<bool> throws TypeError at any index, a List<int> seen as List<num>
// throws TypeError for a double, and a constant list throws UnsupportedError for any store of
// the right type.
//
// A read that is not the field (a subclass overrides it with a getter) keeps the check too, and
// writes through `super` or a mixin's methods count like any other.
//
// Expectations derived by hand from those rules; only the error's type is printed.
void attempt(String what, Object? Function() f) {
  try {
    print('$what: ${f()}');
  } on RangeError {
    print('$what: RangeError');
  } on TypeError {
    print('$what: TypeError');
  } on UnsupportedError {
    print('$what: UnsupportedError');
  }
}

class Disk {
  final int size;
  Disk(this.size);
  @override
  String toString() => 'Disk($size)';
}

// Exact: only a constant list and List<X>.filled/generate/literals ever reach these fields.
class Exact {
  List<bool> flags = const [];
  List<Disk?> piles = const [];
  List<num> nums = const <num>[];
  List<int> ints = [];
  static List<int> table = const [];

  void reset(bool fixed) {
    flags = List<bool>.filled(3, true);
    piles = fixed ? List<Disk?>.filled(2, null) : <Disk?>[null, null];
    nums = List<num>.generate(3, (i) => i);
    ints = List<int>.empty(growable: true);
    table = List<int>.of([1, 2, 3]);
  }

  Object? setAll() {
    flags[1] = false;
    piles[0] = Disk(3);
    piles[1] = null;
    nums[0] = 1.5;
    nums[2] = 7;
    ints.add(4);
    ints[0] = 5;
    table[2] = 9;
    return '$flags $piles $nums $ints $table';
  }
}

// Inexact: one write gives a list of a stricter type argument, so every store is checked.
class Inexact {
  List<bool> flags = const [];
  List<num> nums = const [];
  List<Object> objects = const [];

  void takeFlags(List<bool> given) {
    flags = given;
  }
}

// A field written through a supertype's setter, whose covariant check admits a List<Never>.
abstract class HasItems {
  set items(List<Object> value);
}

class Items implements HasItems {
  @override
  covariant List<bool> items = const [];
}

// A field written dynamically.
class Dyn {
  List<int> values = const [];
}

// A field overridden by a getter: the read is not the field's, whatever the field holds.
class Base {
  List<int> xs = const [];
}

class Overrides extends Base {
  @override
  List<int> get xs => <Never>[];
}

// A mixin's field, written only with an exact list: exact in the class that applies it.
mixin Flags {
  List<bool> marks = const [];
  void fill() {
    marks = List<bool>.filled(2, true);
  }
}

class WithFlags with Flags {}

// A field written through `super`.
class Parent {
  List<bool> bits = const [];
}

class Child extends Parent {
  void clear() {
    super.bits = <Never>[];
  }
}

void main(List<String> args) {
  final exact = Exact();
  attempt('constant list', () => exact.flags[0] = true);
  exact.reset(true);
  attempt('exact stores', exact.setAll);
  exact.reset(false);
  attempt('exact stores, literal piles', exact.setAll);
  attempt('exact past the end', () => exact.flags[3] = true);
  attempt('exact negative', () => exact.piles[-1] = null);

  final inexact = Inexact();
  inexact.takeFlags(<Never>[]);
  attempt('List<Never> as List<bool> at 0', () => inexact.flags[0] = true);
  attempt('List<Never> as List<bool> at 5', () => inexact.flags[5] = false);
  inexact.takeFlags(List<bool>.filled(2, true));
  attempt('List<bool> as List<bool>', () {
    inexact.flags[1] = false;
    return inexact.flags;
  });
  inexact.nums = List<int>.filled(2, 0);
  attempt('int into List<int> as List<num>', () {
    inexact.nums[0] = 4;
    return inexact.nums;
  });
  attempt('double into List<int> as List<num>', () => inexact.nums[1] = 2.5);
  attempt('double into List<int> as List<num> past the end', () => inexact.nums[9] = 2.5);
  inexact.objects = <String>['a'];
  attempt('int into List<String> as List<Object>', () => inexact.objects[0] = 1);
  attempt('String into List<String> as List<Object>', () {
    inexact.objects[0] = 'b';
    return inexact.objects;
  });

  final items = Items();
  HasItems some = items;
  some.items = <Never>[];
  attempt('List<Never> through a supertype setter', () => items.items[0] = true);
  some.items = <bool>[false];
  attempt('List<bool> through a supertype setter', () {
    items.items[0] = true;
    return items.items;
  });

  final dyn = Dyn();
  dynamic d = dyn;
  d.values = <Never>[];
  attempt('List<Never> through a dynamic set', () => dyn.values[0] = 1);
  d.values = <int>[1, 2];
  attempt('List<int> through a dynamic set', () {
    dyn.values[1] = 3;
    return dyn.values;
  });

  Base base = Overrides();
  attempt('List<Never> from an overriding getter', () => base.xs[0] = 1);
  Base plain = Base();
  plain.xs = List<int>.filled(1, 0);
  attempt('exact field of a class with an overriding subclass', () {
    plain.xs[0] = 2;
    return plain.xs;
  });

  final withFlags = WithFlags()..fill();
  attempt('exact mixin field', () {
    withFlags.marks[0] = false;
    return withFlags.marks;
  });

  final child = Child()..clear();
  attempt('List<Never> through a super set', () => child.bits[0] = true);
}
