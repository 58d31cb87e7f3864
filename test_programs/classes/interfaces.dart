// `abstract` classes and `implements`: calls through abstract types and interfaces.
//
// Expectations derived by hand from the Dart language specification: an abstract class may have
// abstract and concrete members and constructors for its subclasses; a class that `implements`
// an interface inherits nothing from it (it must declare every member itself) but its instances
// are subtypes of it, so calls through the interface type reach the implementing class's member.
// Every class declaration also declares an implicit interface, so a concrete class can be
// implemented too. Double values print as Dart prints doubles (`12.0`, `3.14`).

abstract class Shape {
  final String name;
  Shape(this.name);
  double get area;
  String describe() => '$name with area ${area.toStringAsFixed(2)}';
  bool operator <(Shape other) => area < other.area;
}

class Circle extends Shape {
  final double r;
  Circle(this.r) : super('circle');
  double get area => 3.14 * r * r;
}

class Square extends Shape {
  final double side;
  Square(this.side) : super('square');
  double get area => side * side;
  String describe() => 'a ${super.describe()}';
}

// Implements Shape: must provide name, area, describe and < itself.
class Blob implements Shape {
  String get name => 'blob';
  double get area => 12;
  String describe() => 'a shapeless blob';
  bool operator <(Shape other) => false;
}

abstract class Named {
  String get name;
}

abstract class Walker {
  int walk(int steps);
  int get legs;
}

abstract class Talker {
  String talk();
}

class Robot implements Named, Walker, Talker {
  String get name => 'robot';
  int get legs => 6;
  int walk(int steps) => steps * legs;
  String talk() => 'beep';
}

class Person implements Named, Talker {
  final String name;
  Person(this.name);
  String talk() => 'hi, I am $name';
}

abstract class Animal implements Named {
  String get sound;
  String talkLikeAnimal() => '$name says $sound';
}

class Dog extends Animal implements Walker, Talker {
  String get name => 'dog';
  String get sound => 'woof';
  int get legs => 4;
  int walk(int steps) => steps * 2;
  String talk() => talkLikeAnimal();
}

// The implicit interface of a concrete class.
class Counter {
  int _count = 0;
  int get count => _count;
  void increment() => _count++;
  String toString() => 'Counter($count)';
}

class LoudCounter implements Counter {
  int count = 100;
  int get _count => count;
  set _count(int value) => count = value;
  void increment() => count += 10;
  String toString() => 'LoudCounter($count)';
}

// An interface with a setter and an index operator.
abstract class Store {
  int operator [](String key);
  void operator []=(String key, int value);
  set defaultValue(int value);
}

class MapStore implements Store {
  final Map<String, int> _data = {};
  int _default = 0;
  int operator [](String key) => _data[key] ?? _default;
  void operator []=(String key, int value) => _data[key] = value;
  set defaultValue(int value) => _default = value;
}

class ConstantStore implements Store {
  int operator [](String key) => key.length;
  void operator []=(String key, int value) {}
  set defaultValue(int value) {}
}

String greetAll(List<Talker> talkers) => talkers.map((t) => t.talk()).join(' / ');

int totalSteps(List<Walker> walkers, int steps) {
  int total = 0;
  for (Walker w in walkers) {
    total += w.walk(steps);
  }
  return total;
}

void useStore(Store store) {
  store.defaultValue = -1;
  store['a'] = 5;
  print('${store['a']} ${store['bbb']}');
}

void main() {
  List<Shape> shapes = [Circle(1), Square(3), Blob(), Circle(2)];
  for (Shape s in shapes) {
    print(s.describe());
  }
  double total = 0;
  for (Shape s in shapes) {
    total += s.area;
  }
  print(total.toStringAsFixed(2));
  print(shapes[0] < shapes[1]);
  print(shapes[2] < shapes[0]);
  print(shapes.map((s) => s.name).join(','));

  List<Named> named = [Robot(), Person('ann'), Dog()];
  print(named.map((n) => n.name).join(','));
  print(greetAll([Robot(), Person('bob'), Dog()]));
  print(totalSteps([Robot(), Dog()], 10));
  Walker w = Robot();
  print(w.legs);
  w = Dog();
  print(w.legs);

  Animal a = Dog();
  print(a.talkLikeAnimal());

  List<Counter> counters = [Counter(), LoudCounter()];
  for (Counter c in counters) {
    c.increment();
    c.increment();
  }
  print(counters);
  print(counters.map((c) => c.count).toList());

  useStore(MapStore());
  useStore(ConstantStore());
}
