// Conformance: Extensions — an extension member invoked without a receiver inside the class it
// extends (implicit `this`), extensions on function types and on bounded generic types
// (dartLangSpec.tex, "Extensions", "Identifier Reference": an unqualified name not found in the
// lexical scope inside a class is `this.name`, and `this.name` may resolve to an extension
// member; feature spec accepted/2.7/static-extension-methods).
// Expectations derived from the specification.
import '../lib/expect.dart';

class C {
  int v = 2;
  int m() => ext() + 1;
  int get g => extGetter;
}

extension E on C {
  int ext() => v * 10;
  int get extGetter => v;
}

extension Twice on int Function(int) {
  int twice(int x) => this(this(x));
}

extension Half on num {
  num get half => this / 2;
}

extension Biggest<T extends num> on List<T> {
  T get biggest => reduce((a, b) => a > b ? a : b);
}

void main() {
  Expect.equals(21, C().m());
  Expect.equals(2, C().g);
  int inc(int x) => x + 1;
  Expect.equals(3, inc.twice(1));
  Expect.equals(1.5, 3.half);
  Expect.equals(5, [1, 5, 2].biggest);
  double d = <double>[1.5, 0.5].biggest; // T inferred as double: the getter's type is double
  Expect.equals(1.5, d);
}
