// Reified generics: type arguments kept at run time for `is`, `as`, runtimeType, whereType and
// the covariant parameter checks of generic classes.
//
// Expectations derived by hand from the Dart language specification (type tests against generic
// class types are covariant in the type arguments; runtimeType prints the class with its actual
// type arguments) and the VM's visible names and messages: a list literal's runtimeType prints as
// List<E>, a map literal's as _Map<K, V>, a set literal's as _Set<E>; failed casts print
// "type 'X' is not a subtype of type 'Y' in type cast"; a covariant parameter check prints
// "type 'X' is not a subtype of type 'Y' of 'name'" (List.add's parameter is called `value`).
class Box<T> {
  T value;
  Box(this.value);
  bool holds(Object? o) => o is T;
  Type get typeArg => T;
  List<T> asList() => <T>[value];
  bool Function(Object?) tester() => (o) => o is T;
}

class IntBox extends Box<int> {
  IntBox(int v) : super(v);
}

class Pair<A, B> {
  final A first;
  final B second;
  Pair(this.first, this.second);
  Pair<B, A> swap() => Pair<B, A>(second, first);
}

class Util {
  List<T> wrap<T extends num>(T x) => <T>[x];
  List<T> any<T>(T x) => <T>[x];
}

class Animal {}

class Cat extends Animal {}

class Shelter<T extends Animal> {
  final List<T> residents = [];
  void admit(covariant T a) => residents.add(a);
}

T firstOf<T>(List<T> list) => list[0];
List<T> repeat<T>(T x, int n) => List<T>.filled(n, x);
bool isA<T>(Object? o) => o is T;
List<T> collect<T>(List<Object?> items) {
  var out = <T>[];
  items.forEach((x) {
    if (x is T) out.add(x);
  });
  return out;
}

void main() {
  var b = Box<int>(3);
  print(b.runtimeType); // Box<int>
  print(b.holds(4)); // true
  print(b.holds('x')); // false
  print(b.typeArg); // int
  print(b.asList().runtimeType); // List<int>
  print(b.tester()(5)); // true: the closure reaches T through `this`
  print(b.tester()(5.5)); // false
  print(IntBox(5).runtimeType); // IntBox
  print(IntBox(5) is Box<int>); // true
  print(IntBox(5) is Box<num>); // true: covariant type arguments
  print(IntBox(5) is Box<String>); // false
  print(Pair<int, String>(1, 'a').swap().runtimeType); // Pair<String, int>

  print(<int>[1, 2] is List<int>); // true
  print(<int>[1, 2] is List<num>); // true
  print(<num>[1, 2] is List<int>); // false
  print(<int>[1, 2] is Iterable<int>); // true
  print([1, 2].runtimeType); // List<int> (inferred)
  print(<String, int>{'a': 1}.runtimeType); // _Map<String, int>
  print({1, 2}.runtimeType); // _Set<int>
  print(repeat<String>('z', 2).runtimeType); // List<String>
  print(List<int>.generate(3, (i) => i).runtimeType); // List<int>
  print(const [1, 2] is List<int>); // true
  print(const {'a': 1} is Map<String, int>); // true
  print(const {'a': 1}.runtimeType); // _ConstMap<String, int> (the VM's constant map class)
  print(const {1.5} is Set<double>); // true
  print(Box<List<int>>([1]).runtimeType); // Box<List<int>>
  print(Box<int?>(null).runtimeType); // Box<int?>

  print(isA<int>(3)); // true
  print(isA<String>(3)); // false
  print(isA<int?>(null)); // true
  print(isA<int>(null)); // false
  print(firstOf(<double>[1.5])); // 1.5
  print(collect<String>([1, 'a', 2.0, 'b'])); // [a, b]
  print(collect<num>([1, 'a', 2.5, null])); // [1, 2.5]

  Object o = <String, int>{'x': 1};
  print(o is Map<String, int>); // true
  print(o is Map<String, String>); // false
  var m = o as Map<String, int>;
  print(m['x']); // 1
  try {
    o as Map<int, int>;
  } on TypeError catch (e) {
    print(e);
  }

  var mixed = <Object?>[1, 'two', 3.0, null, 4];
  print(mixed.whereType<int>().toList()); // [1, 4]
  print(mixed.whereType<num>().toList()); // [1, 3.0, 4]
  print(mixed.whereType<String?>().toList()); // [two, null]

  List<num> nums = <int>[1, 2];
  try {
    nums.add(1.5);
  } on TypeError catch (e) {
    print(e);
  }
  print(nums); // [1, 2]
  Object shelter = Shelter<Cat>();
  try {
    (shelter as Shelter<Animal>).admit(Animal());
  } on TypeError catch (e) {
    print(e);
  }

  Box<num> nb = Box<int>(1);
  nb.value = 2; // fine: an int
  try {
    nb.value = 1.5; // the implicit setter checks against the instance's int
  } on TypeError catch (e) {
    print(e);
  }
  print(nb.value); // 2

  // A dynamic call passes no type arguments: the callee is instantiated to its bounds.
  dynamic u = Util();
  print(u.wrap(3).runtimeType); // List<num>
  print(u.any(3).runtimeType); // List<dynamic>

  print(1.runtimeType); // int
  print('s'.runtimeType); // String
  print(null.runtimeType); // Null
  print(1.5.runtimeType); // double
  print(true.runtimeType); // bool
  print(int == int); // true
  print(b.typeArg == int); // true
  print(Box<int>(1).runtimeType == Box<int>(2).runtimeType); // true
  print(Box<int>(1).runtimeType == Box<String>('a').runtimeType); // false
}
