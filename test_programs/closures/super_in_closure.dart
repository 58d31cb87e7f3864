// `super` inside a closure (expected output derived by hand from the language specification:
// a super invocation, read or write in a function literal inside an instance method refers to
// the enclosing method's `this`). Regression: codegen's context plan kept `this` for closures
// only when they contained a `this` expression, so a closure whose only use of the receiver
// was `super.m()`, `super.x` or `super.x = v` failed to compile ("internal: 'this' is not
// available here"); a sync* method's `yield* super.items()` is such a closure.
class Base {
  int x = 1;
  int value() => 10;
  Iterable<int> items() sync* {
    yield 1;
  }
}

class Derived extends Base {
  @override
  int x = 2;
  @override
  int value() => 20;
  @override
  Iterable<int> items() sync* {
    yield* super.items();
    yield 2;
  }

  int Function() callSuper() => () => super.value();
  int Function() readSuper() => () => super.x;
  void Function(int) writeSuper() => (int v) {
        super.x = v;
      };
}

void main() {
  Derived d = Derived();
  print(d.callSuper()());
  print(d.readSuper()());
  d.writeSuper()(5);
  print(d.readSuper()());
  print(d.x);
  print(d.items().toList());
}
