// Type tests against a type parameter's value (`is T`, `as T`, the covariant checks of a list
// store and of a parameter of type T): generated code now decides most of them inline, by the
// value's class id and the tested class's run of subtype class ids (issue 10), and asks the
// runtime only when that does not decide. Every answer must be the subtype relation's: a class
// that implements the tested class outside its subclass tree, a mixin, a sibling class, null
// against nullable and non-nullable types, Object, num, Function, Record, Null, Never, enums and
// boxed ints, and generic types (whose arguments the runtime compares).
//
// Expectations derived by hand from the subtype rules of the Dart specification (a class is a
// subtype of its superclasses, its interfaces, its mixins and Object; null only of nullable
// types, Null, dynamic and Object?; a generic class type is covariant in its arguments) and the
// VM's message for a failed cast: "type 'X' is not a subtype of type 'Y' in type cast".
class A {}

class B extends A {}

class C extends B {}

class B2 extends A {}

class D implements A {}

class E {}

mixin M {}

class G extends E with M {}

class F extends E implements B {}

enum Colour { red }

class Box<T> {
  bool holds(Object? o) => o is T;
  T cast(Object? o) => o as T;
  void put(List<T> list, T value) => list.add(value);
}

String test<T>(Box<T> box, Object? o) {
  var parts = <String>[];
  parts.add(box.holds(o) ? 'is' : 'not');
  try {
    box.cast(o);
    parts.add('cast');
  } on TypeError {
    parts.add('TypeError');
  }
  return parts.join(' ');
}

void row<T>(String name, Box<T> box, List<Object?> values, List<String> names) {
  var out = <String>[];
  for (var i = 0; i < values.length; i++) {
    out.add('${names[i]}: ${test(box, values[i])}');
  }
  print('$name | ${out.join(', ')}');
}

void main() {
  var values = <Object?>[A(), B(), C(), B2(), D(), E(), G(), F(), null, 1, 1 << 62, 2.5, 'x', Colour.red, () => 1, (1, 2), <int>[1]];
  var names = ['A', 'B', 'C', 'B2', 'D', 'E', 'G', 'F', 'null', 'int', 'bigint', 'double', 'String', 'enum', 'closure', 'record', 'List<int>'];
  row('A', Box<A>(), values, names);
  row('A?', Box<A?>(), values, names);
  row('B', Box<B>(), values, names);
  row('C', Box<C>(), values, names);
  row('E', Box<E>(), values, names);
  row('M', Box<M>(), values, names);
  row('Object', Box<Object>(), values, names);
  row('Object?', Box<Object?>(), values, names);
  row('num', Box<num>(), values, names);
  row('int', Box<int>(), values, names);
  row('double?', Box<double?>(), values, names);
  row('Enum', Box<Enum>(), values, names);
  row('Function', Box<Function>(), values, names);
  row('Record', Box<Record>(), values, names);
  row('Null', Box<Null>(), values, names);
  row('Never', Box<Never>(), values, names);
  row('List<num>', Box<List<num>>(), values, names);
  row('List<String>', Box<List<String>>(), values, names);
  row('Comparable<num>', Box<Comparable<num>>(), values, names);

  // The message names the value's class and the type parameter's value.
  try {
    Box<A>().cast(E());
  } on TypeError catch (e) {
    print(e);
  }
  try {
    Box<B>().cast(B2());
  } on TypeError catch (e) {
    print(e);
  }
  // Covariant list stores: a List<B> seen as a List<A> takes a C, not a sibling or its supertype.
  List<A> list = <B>[];
  for (var v in [C(), B2(), A(), D(), F(), B()]) {
    try {
      list.add(v);
      print('add ${v.runtimeType}: ok');
    } on TypeError catch (e) {
      print('add ${v.runtimeType}: $e');
    }
  }
  print(list.length);
  // A parameter of type T (covariant): Box<A> seen as Box<Object>.
  Box<Object> box = Box<A>();
  var target = <A>[];
  for (var v in [B(), D(), E(), 'x']) {
    try {
      box.put(target, v);
      print('put ${v.runtimeType}: ok');
    } on TypeError {
      print('put ${v.runtimeType}: TypeError');
    }
  }
  print(target.length);
}
