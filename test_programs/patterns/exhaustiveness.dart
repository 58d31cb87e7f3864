// Switches that are exhaustive without a default, by the exhaustiveness algorithm: sealed class
// hierarchies (nested, with subtypes that are sealed themselves), enums, bool, nullable types,
// records of those, and lists split by length. Each function below compiles only because its
// switch is exhaustive (a non-exhaustive one is a compile-time error, see
// test_programs/errors/pattern_non_exhaustive_*), and code after an exhaustive switch statement
// is unreachable, so the functions need no final return.
// Expected output derived from the patterns feature specification (dart-lang/language
// accepted/3.0/patterns/feature-specification.md, "Exhaustiveness and reachability", and
// exhaustiveness.md: sealed types are the union of their direct subtypes, bool of true and false,
// T? of T and Null, enums of their values; list patterns cover lists by length) and "Switch
// expression" for the values.

sealed class Animal {}

sealed class Mammal extends Animal {}

class Dog extends Mammal {}

class Cat extends Mammal {}

class Bird extends Animal {
  final bool canFly;
  Bird(this.canFly);
}

enum Size { small, large }

String sound(Animal a) => switch (a) {
      Dog() => 'woof',
      Cat() => 'meow',
      Bird(canFly: true) => 'tweet',
      Bird(canFly: false) => 'squawk',
    };

String kind(Animal a) {
  switch (a) {
    case Mammal():
      return 'mammal';
    case Bird():
      return 'bird';
  }
}

String pair((Size, bool) p) => switch (p) {
      (Size.small, true) => 'small yes',
      (Size.small, false) => 'small no',
      (Size.large, _) => 'large',
    };

String maybe(Size? s) => switch (s) {
      Size.small => 'small',
      Size.large => 'large',
      null => 'none',
    };

String nested(Animal? a) => switch (a) {
      null => 'nothing',
      Mammal() && (Dog() || Cat()) => 'a pet',
      Bird(:var canFly) => canFly ? 'flying bird' : 'walking bird',
    };

String lengths(List<bool> l) => switch (l) {
      [] => 'empty',
      [true] => 'one true',
      [false] => 'one false',
      [_, _, ...] => 'two or more',
    };

String named(({bool a, Size b}) r) => switch (r) {
      (a: true, b: _) => 'a',
      (a: false, b: Size.small) => 'not a, small',
      (a: false, b: Size.large) => 'not a, large',
    };

void main() {
  for (var a in [Dog(), Cat(), Bird(true), Bird(false)]) print('${sound(a)} ${kind(a)}');
  print(pair((Size.small, true)));
  print(pair((Size.small, false)));
  print(pair((Size.large, true)));
  print(maybe(null));
  print(maybe(Size.large));
  print(nested(null));
  print(nested(Cat()));
  print(nested(Bird(false)));
  for (var l in [<bool>[], [true], [false], [true, false, true]]) print(lengths(l));
  print(named((a: true, b: Size.large)));
  print(named((a: false, b: Size.small)));
  print(named((a: false, b: Size.large)));
}
