// `super.name` inside `mixin M on T` reads the getter of the application's superclass, also when
// M declares a getter of the same name (dartc used to look the name up in M itself, find M's own
// getter, and reject the program: "The getter 'name' isn't defined in a superclass of 'M'").
//
// Expected output derived by hand from the Dart spec ("Super Invocations"; a mixin application
// `S with M` is a class whose superclass is S, so `super` in M's members means S's members):
// - B extends T('b') with M: describe() reads T's field through super: 'M(b)'; B().name is M's
//   getter: 'm:' + T's field = 'm:b'.
// - C extends U with M, where U overrides `name` ('u:' + its field): super.name is U's getter,
//   so describe() is 'M(u:c)' and C().name is 'm:u:c'.
// - D extends T with M, N (N on T also overrides name): D().name is N's getter over M's:
//   'n:' + 'm:' + 'd' = 'n:m:d'; describe() (M's) reads the superclass of M's application,
//   T: 'M(d)'.
class T {
  final String name;
  T(this.name);
}

class U extends T {
  U(String name) : super(name);
  @override
  String get name => 'u:' + super.name;
}

mixin M on T {
  String describe() => 'M(${super.name})';
  @override
  String get name => 'm:' + super.name;
}

mixin N on T {
  @override
  String get name => 'n:' + super.name;
}

class B extends T with M {
  B() : super('b');
}

class C extends U with M {
  C() : super('c');
}

class D extends T with M, N {
  D() : super('d');
}

void main() {
  print(B().describe());
  print(B().name);
  print(C().describe());
  print(C().name);
  print(D().describe());
  print(D().name);
}
