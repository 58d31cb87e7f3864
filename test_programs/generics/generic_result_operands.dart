// Expected output derived by hand: a generic function's result `T`, instantiated to int, double
// or bool, is an ordinary operand of the primitive operators (Dart language specification,
// "Generics": the static type of `first<int>(xs)` is int). Regression: such a result, used
// directly as the receiver of `+`, was read as a boxed double and crashed.
T first<T>(List<T> l) => l[0];

class Box {
  T pick<T>(T x) => x;
}

class SubBox extends Box {
  int pickedPlusOne() => super.pick(3) + 1;
}

extension Head<T> on List<T> {
  T get head => this[0];
}

void main() {
  var ints = <int>[1, 2];
  print(first(ints) + 1);
  print(first(<double>[2.5]) * 2);
  print(first([true]) & false);
  print(-first(ints));
  print(Box().pick(4) + 1);
  print(SubBox().pickedPlusOne());
  print(ints.head + 10);
  print(first(ints) < 2);
}
