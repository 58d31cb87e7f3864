// Calls that skip the callee's covariant parameter checks (issue 10, docs/generics.md "Unchecked
// entries"): a call through `this`, on a non-generic class type, or on a local or final field
// holding one constructor invocation's object, whose argument types prove the parameter's type
// instantiated with the receiver's exact type arguments. Every call here whose check can fail
// must still fail: receivers whose static type arguments are supertypes of the object's (a
// variable typed Shelter<Animal> holding a Shelter<Cat>, a parameter, a cast), an override in a
// subclass with an explicitly `covariant` narrower parameter reached through `this` in the
// superclass, a mixin's method, an exact local assigned later, and named and optional parameters.
//
// Expectations derived by hand from the Dart specification (a parameter whose type mentions a
// class type parameter, or marked covariant, is checked against the type instantiated with the
// receiver's type arguments at run time) and the VM's message for a failed parameter check:
// "type 'X' is not a subtype of type 'Y' of 'p'", p the parameter's name.
class Animal {
  final String name;
  Animal(this.name);
  String toString() => name;
}

class Cat extends Animal {
  Cat(String name) : super(name);
}

class Dog extends Animal {
  Dog(String name) : super(name);
}

class Shelter<T> {
  final List<T> items = <T>[];

  void admit(T a) => items.add(a);

  void admitNamed({required T a}) => items.add(a);

  void admitOptional([T? a]) {
    if (a != null) items.add(a);
  }

  // Through `this` with an argument of type T: proven for Shelter's own admit, but a subclass
  // may override admit with a narrower covariant parameter (CatShelter).
  void admitAll(List<T> all) {
    for (final a in all) admit(a);
  }

  // Through `this` with an argument that is only an Animal: checked.
  void admitAnimal(Animal a) => admit(a as dynamic);

  String toString() => '$items';
}

class CatShelter extends Shelter<Animal> {
  @override
  void admit(covariant Cat a) => super.admit(a);
}

// A non-generic class: its Shelter's T is exactly Cat, whatever the subclass.
class Cattery extends Shelter<Cat> {}

mixin Counting<T> on Shelter<T> {
  int count = 0;
  void admitCounted(T a) {
    count++;
    admit(a);
  }
}

class CountingShelter<T> extends Shelter<T> with Counting<T> {}

class Holder {
  final Shelter<Animal> cats = Shelter<Cat>();
  final Shelter<Animal> animals = Shelter<Animal>();
}

void attempt(String what, void Function() f) {
  try {
    f();
    print('$what: ok');
  } on TypeError catch (e) {
    print('$what: $e');
  }
}

void throughParameter(Shelter<Animal> s, Animal a) => s.admit(a);

void main() {
  final tom = Cat('tom');
  final rex = Dog('rex');

  // Exact receivers whose arguments pass.
  final animals = Shelter<Animal>();
  attempt('exact local', () => animals.admit(rex));
  final cattery = Cattery();
  attempt('non-generic class', () => cattery.admit(tom));
  final holder = Holder();
  attempt('exact field', () => holder.animals.admit(tom));
  attempt('this', () => animals.admitAll([tom, rex]));
  print(animals);

  // A local typed Shelter<Animal> holding a Shelter<Cat>: its exact type is Shelter<Cat>.
  final Shelter<Animal> cats = Shelter<Cat>();
  attempt('local of a supertype', () => cats.admit(rex));
  attempt('named', () => cats.admitNamed(a: rex));
  attempt('optional', () => cats.admitOptional(rex));
  attempt('field of a supertype', () => holder.cats.admit(rex));
  attempt('parameter', () => throughParameter(Shelter<Cat>(), rex));
  attempt('cast', () => (cattery as Shelter<Animal>).admit(rex));
  attempt('this, animal', () => Shelter<Cat>().admitAnimal(rex));

  // An override with a covariant parameter, reached through `this` in Shelter.admitAll and
  // through an exact local of the subclass's type.
  final catShelter = CatShelter();
  attempt('covariant override via this', () => catShelter.admitAll([tom, rex]));
  final Shelter<Animal> asShelter = CatShelter();
  attempt('covariant override', () => asShelter.admit(rex));
  print(catShelter);

  // A mixin's method through `this`, on a receiver whose T is Cat.
  final Shelter<Animal> counting = CountingShelter<Cat>();
  attempt('mixin', () => (counting as Counting<Animal>).admitCounted(rex));
  final countingCats = CountingShelter<Cat>();
  attempt('mixin exact', () => countingCats.admitCounted(tom));
  print('${countingCats.count} $countingCats');

  // A local assigned after its declaration is not exact.
  Shelter<Animal> changing = Shelter<Animal>();
  changing.admit(rex);
  changing = Shelter<Cat>();
  attempt('assigned local', () => changing.admit(rex));
}
