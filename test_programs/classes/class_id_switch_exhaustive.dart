// Class-id switches without the table call (issue 10, branch deltablue4:
// codegen/src/class_id_switch.cpp): when the cases cover every class an object of the receiver's
// static type can have, the switch's default is unreachable and a closure passed to the call is
// seen by the inlined cases only (it then lives on the stack). Every kind of object that can reach
// such a call must still find its own case: instances made by `new`, made only as constants, by a
// constructor tear-off, by a redirecting factory, enum values implementing the interface, a mixin
// application, a class that inherits its implementation, and a class that is declared but never
// made (no case, no call). The closures capture and change locals of the caller.
//
// Expectations derived by hand from Dart's method lookup (the most specific override in the
// receiver's class, its mixins and superclasses) and from the order of the loops below.
// At most 4 distinct targets and 8 classes per switch (kMaxSwitchTargets/kMaxSwitchClasses), so
// two hierarchies: Visitable (a class, a subclass inheriting its members, a class made only as
// constants, an enum, and a class never made) and Shape (a constructor tear-off, a redirecting
// factory, a mixin application).
abstract class Visitable {
  void visit(void Function(String) fn);
  int weight();
}

class Plain implements Visitable {
  final String name;
  Plain(this.name);
  @override
  void visit(void Function(String) fn) => fn(name);
  @override
  int weight() => 1;
}

class Inherits extends Plain {
  Inherits(super.name);
}

class Constant implements Visitable {
  final int n;
  const Constant(this.n);
  @override
  void visit(void Function(String) fn) {
    for (var i = 0; i < n; i++) {
      fn('constant $i');
    }
  }

  @override
  int weight() => n * 10;
}

enum Color implements Visitable {
  red,
  green;

  @override
  void visit(void Function(String) fn) => fn('color $name');
  @override
  int weight() => 100 + index;
}

class NeverMade implements Visitable {
  @override
  void visit(void Function(String) fn) => throw StateError('never made');
  @override
  int weight() => throw StateError('never made');
}

abstract class Shape {
  void visit(void Function(String) fn);
  int weight();
}

class TornOff implements Shape {
  @override
  void visit(void Function(String) fn) {
    fn('torn');
    fn('off');
  }

  @override
  int weight() => 3;
}

abstract class Made implements Shape {
  factory Made() = _MadeImpl;
}

class _MadeImpl implements Made {
  @override
  void visit(void Function(String) fn) => fn('made by a factory');
  @override
  int weight() => 4;
}

mixin Loud implements Shape {
  @override
  void visit(void Function(String) fn) => fn('LOUD');
}

class Base {
  int weight() => 7;
}

class Mixed extends Base with Loud {}

int collect(Visitable v, List<String> into) {
  var calls = 0;
  v.visit((s) {
    calls++;
    into.add(s);
  });
  return calls;
}

void main() {
  final items = <Visitable>[
    Plain('plain'),
    Inherits('inherits'),
    const Constant(2),
    Color.red,
    Color.green,
    const Constant(0),
  ];
  final make = TornOff.new;
  final shapes = <Shape>[make(), Made(), Mixed()];
  final seen = <String>[];
  var calls = 0;
  var weight = 0;
  for (final v in items) {
    calls += collect(v, seen);
    weight += v.weight();
  }
  for (final s in shapes) {
    // A tear-off as the argument.
    final before = seen.length;
    s.visit(seen.add);
    calls += seen.length - before;
    weight += s.weight();
  }
  print(seen.join(' | '));
  print('calls $calls, weight $weight');
  var last = '';
  for (final v in items.reversed) {
    v.visit((s) => last = s);
  }
  print('last $last');
  for (final s in shapes.reversed) {
    s.visit((t) => last = '$last, $t');
  }
  print('last $last');
}
