// Instances whose class passes exactly its own type parameters, in order, to its superclass share
// the superclass's flattened type-argument vector (issue 10, Module::overlapsSuperclass; the VM's
// overlap): `B<T> extends A<T>` holds `[T]`, not `[T, T]`. Reified type arguments must be the
// same as before for every shape around it: overlapping chains, a class that adds parameters, a
// class that reorders them or makes one nullable (no overlap), a mixin application in between,
// subclasses of the core library's lists. Checked with `is`, runtimeType, type literals read
// through inherited methods, and the covariant checks of fields and parameters.
//
// Expectations derived by hand from the Dart specification (a class's type arguments for each
// of its superclasses, covariant checks against the instantiated declared type) and the VM's
// printing of types and of its TypeError for a covariant parameter ("type 'String' is not a
// subtype of type 'int' of 'v'").
import 'dart:collection';

class A<T> {
  T? value;
  List<T> make() => <T>[];
  bool test(Object? o) => o is T;
  Type get t => T;
  void put(T v) => value = v;
}

class B<T> extends A<T> {
  bool testB(Object? o) => o is T;
  Type get bt => T;
}

class C<T> extends B<List<T>> {
  Type get ct => T;
}

class D<X, Y> extends A<X> {
  Type get dy => Y;
}

class E<X, Y> extends D<X, Y> {
  Type get ex => X;
  Type get ey => Y;
}

mixin M<T> on A<T> {
  bool testM(Object? o) => o is T;
  Type get mt => T;
}

class F<T> extends B<T> with M<T> {
  Type get ft => T;
}

class G<S, T> extends A<T> {
  Type get gs => S;
}

class H<T> extends A<T?> {
  Type get ht => T;
}

class MyList<T> extends ListBase<T> {
  final List<T> _items = <T>[];
  @override
  int get length => _items.length;
  @override
  set length(int n) => _items.length = n;
  @override
  T operator [](int i) => _items[i];
  @override
  void operator []=(int i, T v) => _items[i] = v;
  @override
  void add(T v) => _items.add(v);
  Type get elementType => T;
}

void tryPut(A<Object?> a, Object? v) {
  try {
    a.put(v);
    print('  put ${v.runtimeType}: ok');
  } on TypeError catch (e) {
    print('  put ${v.runtimeType}: $e');
  }
}

void main() {
  final objects = <A<Object?>>[B<int>(), C<String>(), D<int, String>(), E<double, bool>(), F<num>(), G<int, String>(), H<int>()];
  for (final a in objects) {
    print('${a.runtimeType}: t=${a.t} make=${a.make().runtimeType} test(1)=${a.test(1)} test(null)=${a.test(null)} '
        'is A<int>=${a is A<int>} is A<Object>=${a is A<Object>}');
    tryPut(a, 1);
    tryPut(a, 'x');
  }
  final b = objects[0] as B<int>;
  print('B: bt=${b.bt} testB(2)=${b.testB(2)} testB(2.5)=${b.testB(2.5)} is B<num>=${b is B<num>}');
  final c = objects[1] as C<String>;
  print('C: ct=${c.ct} bt=${c.bt} t=${c.t} testB(<String>[])=${c.testB(<String>[])} testB(<int>[])=${c.testB(<int>[])} '
      'is B<List<String>>=${c is B<List<String>>} is A<List<Object>>=${c is A<List<Object>>}');
  tryPut(c, <String>['s']);
  tryPut(c, <Object>['s']);
  final d = objects[2] as D<int, String>;
  print('D: dy=${d.dy} t=${d.t} is D<int, String>=${d is D<int, String>} is D<int, int>=${d is D<int, int>}');
  final e = objects[3] as E<double, bool>;
  print('E: ex=${e.ex} ey=${e.ey} dy=${e.dy} t=${e.t} is D<double, bool>=${e is D<double, bool>} '
      'is D<bool, double>=${e is D<bool, double>} is A<double>=${e is A<double>}');
  final f = objects[4] as F<num>;
  print('F: ft=${f.ft} mt=${f.mt} bt=${f.bt} t=${f.t} testM(1)=${f.testM(1)} testM("1")=${f.testM("1")} '
      'is M<num>=${f is M<num>} is M<int>=${f is M<int>} is B<num>=${f is B<num>}');
  final g = objects[5] as G<int, String>;
  print('G: gs=${g.gs} t=${g.t} is A<String>=${g is A<String>} is A<int>=${g is A<int>}');
  final h = objects[6] as H<int>;
  print('H: ht=${h.ht} t=${h.t} test(null)=${h.test(null)} is A<int?>=${h is A<int?>} is A<int>=${h is A<int>}');
  final list = MyList<int>()..add(1)..add(2);
  print('MyList: ${list.runtimeType} ${list.elementType} ${list is List<int>} ${list is List<String>} '
      '${list.map((x) => x * 2).toList().runtimeType} ${list.where((x) => x > 1).toList()}');
  try {
    (list as List<Object?>).add('three');
  } on TypeError catch (e) {
    print('MyList add: $e');
  }
  final growable = <int>[1, 2];
  final fixed = List<String>.filled(2, 'a');
  print('lists: ${growable.runtimeType} ${fixed.runtimeType} ${growable is List<num>} ${fixed is List<num>} '
      '${const <bool>[true].runtimeType} ${const <bool>[true] is List<Object>}');
  try {
    (growable as List<Object>).add('x');
  } on TypeError catch (e) {
    print('growable add: $e');
  }
}
