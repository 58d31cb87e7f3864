// Expected output derived by hand from the language specification ("Constant Constructors",
// "Redirecting Generative Constructors", "Constants"): a const redirecting constructor may pass
// any potentially constant expression of its parameters, typed or not (`x + y` with an untyped
// `x` is `dynamic` +), and const invocations are evaluated at compile time and canonicalized.
class C {
  final int v;
  const C(this.v);
  const C.named(x, int y) : this(x + y);
  const C.twice(int x) : this.named(x, x);
  const C.length(String s) : this(s.length);
}

class P {
  final String text;
  const P(this.text);
  const P.pair(a, b) : this('$a-$b');
}

void main() {
  const c = C.named(1, 2);
  print(c.v);
  print(identical(c, const C(3)));
  print(const C.twice(4).v);
  print(const C.length('abcd').v);
  print(identical(const C.named(2, 2), const C.twice(2)));
  print(C.named(5, 6).v);
  print(const P.pair(1, true).text);
}
