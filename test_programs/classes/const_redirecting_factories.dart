// Const redirecting factories in constant expressions: `const factory C.f(...) = D.g;` makes
// `const C.f(args)` the constant `const D.g(args)`, with C's type arguments passed on, through
// chains of such factories, and with the target's defaults for the optional parameters the call
// leaves out. Without `const` the factory is an ordinary call.
//
// Expected output derived by hand from the language specification ("Redirecting Factory
// Constructors": a const redirecting factory's invocation in a constant context evaluates the
// redirectee's const constructor with the same arguments; constants with equal fields and type
// arguments are identical, so they are canonicalized).
abstract class Shape {
  const factory Shape.circle(int r) = Circle;
  const factory Shape.square(int s) = Square._;
  const factory Shape.unit() = Circle.unit;
  const factory Shape.dot([int r]) = Circle.optional;
  const factory Shape.named({required int r, String label}) = Circle.named;
  // A chain: Shape.round redirects to Round.make, which redirects to Circle.
  const factory Shape.round(int r) = Round.make;
}

abstract class Round implements Shape {
  const factory Round.make(int r) = Circle;
}

class Circle implements Shape, Round {
  final int r;
  final String label;
  const Circle(this.r) : label = 'circle';
  const Circle.unit() : this(1);
  const Circle.optional([this.r = 7]) : label = 'optional';
  const Circle.named({required this.r, this.label = 'named'});
  String toString() => '$label($r)';
}

class Square implements Shape {
  final int s;
  const Square._(this.s);
  String toString() => 'Square($s)';
}

class Holder {
  final Shape shape;
  const Holder(this.shape);
}

abstract class Box<T> {
  const factory Box(T value) = _Box<T>;
  T get value;
}

class _Box<T> implements Box<T> {
  final T value;
  const _Box(this.value);
  String toString() => 'Box<$T>($value)';
}

const c = Shape.circle(2);
const h = Holder(Shape.square(3));

void main() {
  print(c);
  print(h.shape);
  print(identical(c, const Circle(2)));
  print(identical(const Shape.circle(2), c));
  print(identical(Shape.circle(2), Shape.circle(2)));
  const list = [Shape.circle(1), Shape.square(1), Shape.unit(), Shape.round(5)];
  print(list);
  print(identical(list[0], list[2]));
  print(identical(list[3], const Circle(5)));
  print(const Shape.dot());
  print(const Shape.dot(3));
  print(const Shape.named(r: 4));
  print(const Shape.named(r: 4, label: 'four'));
  const b = Box<int>(1);
  print(b);
  print(identical(b, const _Box<int>(1)));
  print(identical(const Box<int>(1), const Box<num>(1)));
  print(const Box<String>('s').value.length);
}
