// `is`, `is!` and `as` on class types, interfaces implemented by unrelated classes, and null.
//
// Expectations derived by hand from the Dart language specification ("Type Test", "Type
// Cast"): `e is T` is true when e's runtime class is a subtype of T (subclasses, implemented
// interfaces, mixins, Object; `null is T` only for nullable T, Null, Object? and dynamic);
// `e as T` returns e when `e is T`, otherwise throws a TypeError whose text on the Dart VM is
// "type '<runtime type>' is not a subtype of type '<T>' in type cast" (see
// sdk/lib/_internal/vm/lib/errors_patch.dart and runtime/vm/exceptions.cc); for null the runtime
// type is 'Null'. Type promotion after `is` lets the promoted type's members be called.

abstract class Animal {
  String get name;
}

class Dog extends Animal {
  String get name => 'dog';
  String toString() => 'Dog';
  String fetch() => 'fetching';
}

class Puppy extends Dog {
  String get name => 'puppy';
}

class Cat extends Animal {
  String get name => 'cat';
  String toString() => 'Cat';
}

abstract class Swimmer {
  String swim();
}

mixin Flying {
  String fly() => 'flap';
}

class Fish implements Swimmer {
  String swim() => 'fish swims';
}

class Duck extends Animal with Flying implements Swimmer {
  String get name => 'duck';
  String swim() => 'duck paddles';
}

class Submarine implements Swimmer {
  String swim() => 'submarine dives';
}

String flags(Object? o) {
  String b(bool v) => v ? '1' : '0';
  return [
    b(o is Animal),
    b(o is Dog),
    b(o is Puppy),
    b(o is! Cat),
    b(o is Swimmer),
    b(o is Flying),
    b(o is Object),
    b(o is Object?),
    b(o is Null),
    b(o is Dog?),
  ].join();
}

String describe(Object? o) {
  if (o == null) return 'nothing';
  if (o is Puppy) return 'a puppy, ${o.fetch()}';
  if (o is Dog) return 'a dog, ${o.fetch()}';
  if (o is! Swimmer) return 'not a swimmer: $o';
  // o is promoted to Swimmer here.
  String s = o.swim();
  // Flying is not a subtype of Swimmer, so test a fresh Object-typed variable to promote.
  Object any = o;
  if (any is Flying) s = '$s and ${any.fly()}';
  return s;
}

void tryCast(String what, Object? Function() cast) {
  try {
    Object? result = cast();
    print('$what: ok ($result)');
  } on TypeError catch (e) {
    print('$what: TypeError: $e');
  }
}

void main() {
  // Columns: Animal Dog Puppy !Cat Swimmer Flying Object Object? Null Dog?
  List<Object?> things = [Dog(), Puppy(), Cat(), Fish(), Duck(), Submarine(), 3, 'str', null];
  List<String> names = ['Dog', 'Puppy', 'Cat', 'Fish', 'Duck', 'Submarine', 'int', 'String', 'Null'];
  for (int i = 0; i < things.length; i++) {
    print('${names[i]}: ${flags(things[i])}');
  }
  for (Object? o in things) {
    print(describe(o));
  }

  List<Swimmer> swimmers = [Fish(), Duck(), Submarine()];
  print(swimmers.map((s) => s.swim()).join(', '));
  print(swimmers.where((s) => s is Animal).length);

  tryCast('Puppy as Dog', () => (Puppy() as Dog).name);
  tryCast('Puppy as Animal', () => (Puppy() as Animal).name);
  tryCast('Duck as Swimmer', () => (Duck() as Swimmer).swim());
  tryCast('Duck as Flying', () => (Duck() as Flying).fly());
  tryCast('Cat as Dog', () => Cat() as Dog);
  tryCast('Dog as Puppy', () => Dog() as Puppy);
  tryCast('Fish as Animal', () => Fish() as Animal);
  tryCast('Submarine as Fish', () => Submarine() as Fish);
  // Through Object: a cast of an expression whose static type is int is in type_tests_pending.dart.
  Object three = 3;
  tryCast('int as Swimmer', () => three as Swimmer);
  tryCast('String as Dog', () => 'str' as Dog);
  tryCast('null as Dog', () => null as Dog);
  tryCast('null as Dog?', () => null as Dog?);
  tryCast('null as Object?', () => null as Object?);
  tryCast('Cat as Dog?', () => Cat() as Dog?);
  tryCast('Cat as Object', () => (Cat() as Object) is Cat);

  Object o = Puppy();
  Dog d = o as Dog;
  print(d.fetch());
  print(o.fetch());
  Animal? maybe = o is Animal ? o : null;
  print(maybe?.name);

  try {
    Object c = Cat();
    (c as Dog).fetch();
    print('not reached');
  } catch (e) {
    print('caught ${e is TypeError}: $e');
  }
}
