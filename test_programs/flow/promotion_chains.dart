// Promotion survives a nested type test that has no else, and calls of functions returning
// Never end a branch (issue 9, B).
//
// Expectations derived from the flow analysis specification (dart-lang/language
// resources/type-system/flow-analysis.md): a variable's model keeps its promotion chain, and the
// join of two paths keeps the types both chains contain (`p1 ^ p2`), so after
// `if (a is C) ...` inside `if (a is B)` a is still a B; an expression whose static type is a
// subtype of Never (Never, or a type variable bounded by Never) makes what follows unreachable,
// so `if (x == null) fail();` leaves x non-null, and the failed branch of `is!` leaves the
// promotion.
class A {}

class B extends A {
  void b() => print('b');
}

class C extends B {
  void c() => print('c');
}

Never fail(String why) => throw StateError(why);

T failWith<T extends Never>() => throw StateError('generic');

void nested(A a) {
  if (a is B) {
    if (a is C) print('is C');
    a.b();
    if (a is C) {
      a.c();
    } else {
      print('not C');
    }
    a.b();
  }
}

void early(A? a) {
  if (a is! B) return;
  if (a is C) {}
  a.b();
}

int afterNever(int? x) {
  if (x == null) fail('null');
  return x + 1;
}

int afterGenericNever(Object o) {
  if (o is! int) failWith();
  return o * 2;
}

bool boundedByNever<X extends Never>(X Function() thrower, int? y) {
  if (y == null) thrower();
  return y.isEven;
}

void main() {
  nested(C());
  nested(B());
  early(C());
  print(afterNever(41));
  print(afterGenericNever(21));
  print(boundedByNever(() => throw 'unused', 4));
  try {
    afterNever(null);
  } on StateError catch (e) {
    print(e.message);
  }
  try {
    afterGenericNever('x');
  } on StateError catch (e) {
    print(e.message);
  }
}
