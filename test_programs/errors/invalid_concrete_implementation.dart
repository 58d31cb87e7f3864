// An inherited concrete member must implement the class's interface member of that name: A.f
// takes only ints, but B's interface (through I) promises a method taking any Object.
// Expectation: the analyzer's INVALID_IMPLEMENTATION_OVERRIDE wording, "'A.f' ('void
// Function(int)') isn't a valid concrete implementation of 'I.f' ('void Function(Object)')."
abstract class I {
  void f(Object o);
}

class A {
  void f(int x) => print(x);
}

class B extends A implements I {}

void main() {
  B().f('not an int');
}
