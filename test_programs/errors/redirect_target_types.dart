// A redirecting factory's target must construct a subtype of the factory's class and accept
// every argument the factory does: the analyzer's REDIRECT_TO_INVALID_RETURN_TYPE and
// REDIRECT_TO_INVALID_FUNCTION_TYPE (dartc passed the arguments on unchecked, and a B typed as
// an A crashed).
class A {
  const A();
  factory A.other(int x) = B;
  factory A.narrower(num x) = C;
  factory A.fine(int x) = D;
}

class B {
  B(int x);
}

class C extends A {
  const C(int x);
}

class D extends A {
  const D(num x);
}

class G<T> {
  factory G(T x) = H<T>;
  factory G.fixed(T x) = H<int>;
}

class H<T> implements G<T> {
  H(T x);
}

void main() {
  print(A.fine(1));
  print(G<int>(1));
}
