// Slots that type-flow analysis proves to hold only ints or doubles (parameters, locals, returns
// and fields declared `num`, `Object` or a type parameter) keep Dart's semantics however they are
// reached: direct, virtual, dynamic and closure calls, tear-offs, defaults, constant instances,
// type tests and covariant parameter checks (a `T` parameter that only ever receives ints must
// still reject an int when `T` is String).
//
// Expectations derived by hand from the language specification: arithmetic on int and double
// ("Numbers"), default values of optional parameters, `identical` on ints (equal ints are
// identical in the VM, sdk/lib/_internal/vm/lib/identical_patch.dart), the covariance check of
// generic class parameters ("Covariant parameters", a TypeError), and `==` as a method call on the
// left operand.
class A { num f(num x) => x + 1; }
class B extends A { num f(num x) => x * 2; }
class C { Object o; num n; C(this.o, this.n); }
class P { final num v; const P(this.v); }
class Box<T> { T? v; void set(T x) { v = x; } }
class Cell<T> { T v; Cell(this.v); }
class E {
  final int k;
  E(this.k);
  bool operator ==(Object other) => other is int ? other == k : false;
  int get hashCode => k;
}
num opt([num x = 1.5]) => x;
num named({num x = 2.5}) => x;
Object ret(int i) => i + 1;
num viaClosure(num Function(num) g) => g(3);
dynamic dyn(dynamic d, dynamic v) => d.f(v);

void main() {
  A a = A();
  print(a.f(1)); // 2
  A b = B();
  print(b.f(2)); // 4
  print(opt(3)); // 3
  print(opt()); // 1.5: the default is a double though every passed argument is an int
  print(named(x: 4)); // 4
  print(named()); // 2.5
  var c = C(5, 6);
  print(c.o); // 5
  print(c.n); // 6
  const p = P(1.5);
  print(P(2).v); // 2
  print(p.v); // 1.5: a constant instance holds a double in the same field
  Object r = ret(1);
  print(r is int); // true
  print(r.runtimeType); // int
  print(identical(r, 2)); // true
  print(r.hashCode); // 2
  print(r == 2); // true
  num Function(num) clo = (num x) => x + 10;
  print(clo(1)); // 11
  print(viaClosure((num x) => x - 1)); // 2
  Box<Object> bx = Box<String>();
  try {
    bx.set(3);
    print('not checked');
  } catch (e) {
    print('caught ${e is TypeError}'); // caught true
  }
  Cell<Object> cell = Cell<int>(2);
  try {
    cell.v = 2.5;
    print('not checked');
  } catch (e) {
    print('field ${e is TypeError}'); // field true: a Cell<int> holds only ints
  }
  print(cell.v); // 2
  print(E(3) == E(3)); // false: E's == only accepts ints
  Object e3 = E(3);
  print(e3 == 3); // true
  num t = 0;
  for (int i = 0; i < 3; i++) {
    t = t + i;
  }
  print(t); // 3
  num w = 1;
  try {
    w = 2;
    throw 'x';
  } catch (_) {
    w = w + 0.5;
  }
  print(w); // 2.5
  print(dyn(A(), 7)); // 8
  print(dyn(B(), 8)); // 16
  print([1, 2, 3].map(a.f).toList()); // [2, 3, 4]
}
