// Conformance: Generics — run-time checks that keep covariant generics sound (dartLangSpec.tex,
// "Covariant Parameters" and "Generics"; the Dart 2 type system: a parameter whose type
// mentions a class type variable is checked on entry, and so is the implicit setter of a field
// of such a type; parameters marked `covariant` are checked against the declared type).
// Expectations derived from the specification: a mismatching argument throws a TypeError.
import '../lib/expect.dart';

class Cell<T> {
  T value;
  Cell(this.value);
  void set(T v) {
    value = v;
  }
}

class Animal {
  void chase(covariant Animal other) {}
}

class Mouse extends Animal {}

class Cat extends Animal {
  @override
  void chase(Mouse other) {}
}

void main() {
  List<num> nums = <int>[1, 2];
  Expect.throwsTypeError(() => nums.add(1.5), 'List<int> seen as List<num>');
  nums.add(3);
  Expect.deepEquals([1, 2, 3], nums);
  Expect.throwsTypeError(() => nums[0] = 0.5, '[]= on a List<int>');
  Expect.throwsTypeError(() => nums.addAll(<num>[1, 2.5]), 'addAll checks each element');

  Cell<Object> c = Cell<String>('a');
  Expect.throwsTypeError(() => c.set(1), 'method parameter of type T');
  Expect.throwsTypeError(() => c.value = 1, 'field setter of type T');
  c.set('b');
  Expect.equals('b', c.value);

  Map<String, Object> m = <String, int>{};
  Expect.throwsTypeError(() => m['k'] = 'v', 'Map<String, int> seen as Map<String, Object>');

  Animal a = Cat();
  Expect.throwsTypeError(() => a.chase(Animal()), 'covariant parameter');
  a.chase(Mouse());
}
