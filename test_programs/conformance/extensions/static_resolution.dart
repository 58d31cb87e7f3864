// Conformance: Extensions — "Extensions", "Extension applicability", "Extension member
// resolution" (dartLangSpec.tex; feature spec accepted/2.7/static-extension-methods).
// Expectations derived from the specification: an extension member applies when the receiver's
// *static* type is a subtype of the `on` type; instance members of the static type win over
// extension members; with several applicable extensions the most specific `on` type wins;
// extensions never apply to `dynamic` receivers.
import '../lib/expect.dart';

class Animal {
  String speak() => 'animal instance';
}

class Dog extends Animal {}

extension AnimalExt on Animal {
  String speak() => 'animal extension'; // shadowed by the instance member
  String kind() => 'animal';
}

extension DogExt on Dog {
  String kind() => 'dog';
}

extension on Object {
  String get tag => 'object';
}

extension NumExt on num {
  String get tag => 'num';
}

extension IntExt on int {
  String get tag => 'int';
}

void main() {
  Animal a = Dog();
  Expect.equals('animal instance', a.speak(), 'instance members win');
  Expect.equals('animal', a.kind(), 'static type Animal selects AnimalExt');
  Expect.equals('dog', Dog().kind(), 'the more specific on type wins');

  Expect.equals('int', 3.tag);
  Expect.equals('num', 3.5.tag);
  num n = 3;
  Expect.equals('num', n.tag, 'resolution uses the static type, not the run-time type');
  Object o = 3;
  Expect.equals('object', o.tag);

  dynamic d = Dog();
  Expect.throwsNoSuchMethodError(() => d.kind(), 'no extensions on dynamic');
  Expect.equals('dog', (d as Dog).kind());
}
