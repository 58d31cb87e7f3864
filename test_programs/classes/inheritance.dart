// Expected output derived by hand: virtual dispatch picks the most specific override, `super`
// calls the superclass implementation, abstract members are implemented by subclasses, a class
// implementing an interface answers its members, getters/setters/operators dispatch the same way.
abstract class Shape {
  String get name;
  double area();
  double get perimeter;
  String describe() => '$name: area ${area()}, perimeter $perimeter';
  String toString() => 'Shape($name)';
}

class Rect extends Shape {
  final double w, h;
  Rect(this.w, this.h);
  String get name => 'rect';
  double area() => w * h;
  double get perimeter => 2 * (w + h);
}

class Square extends Rect {
  Square(double side) : super(side, side);
  @override
  String get name => 'square';
  @override
  String describe() => 'A ' + super.describe();
}

class Circle extends Shape {
  final double r;
  Circle(this.r);
  String get name => 'circle';
  double area() => 3 * r * r;
  double get perimeter => 6 * r;
  String toString() => 'Circle(r=$r)';
}

abstract interface class Sized {
  int get size;
}

class Bag implements Sized {
  final List<int> items;
  Bag(this.items);
  int get size => items.length;
}

class Word implements Sized, Comparable<Word> {
  final String text;
  Word(this.text);
  int get size => text.length;
  int compareTo(Word other) => size - other.size;
}

class Animal {
  String speak() => '...';
  String intro() => 'I say ${speak()}';
}

class Dog extends Animal {
  String speak() => 'Woof';
}

class Puppy extends Dog {
  String speak() => super.speak() + '!';
}

int totalSize(List<Sized> things) {
  var total = 0;
  for (var t in things) total += t.size;
  return total;
}

void main() {
  var shapes = <Shape>[Rect(2, 3), Square(2), Circle(1)];
  for (var s in shapes) {
    print(s.describe());
  }
  print(shapes[0]);
  print(shapes[2]);
  print(totalSize([Bag([1, 2, 3]), Word('hello')]));
  print(Word('abc').compareTo(Word('de')));
  Animal a = Puppy();
  print(a.intro());
  print(Dog().intro());
  print(Animal().intro());
}
