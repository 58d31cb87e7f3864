// `const` and factories: only a redirecting factory may be const, it may redirect only to a
// const constructor, and `const` invokes only const constructors (the analyzer's CONST_FACTORY,
// REDIRECT_TO_NON_CONST_CONSTRUCTOR and CONST_WITH_NON_CONST; dartc compiled `const A.plain()`
// as an ordinary call).
class A {
  const A();
  const factory A.body() {
    return A();
  }
  const factory A.toNonConst() = B;
  factory A.plain() = A;
}

class B extends A {
  B();
}

void main() {
  print(const A.plain());
}
