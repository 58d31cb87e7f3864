// Implicit `.call` tear-offs of callable objects.
//
// Expectations derived by hand from the Dart language specification: when an expression whose
// type is a class with a `call` method is used where a function type is expected, `.call` is torn
// off implicitly; the tear-off is bound to the object, like any instance method tear-off.

class Multiplier {
  int factor;
  Multiplier(this.factor);
  int call(int x) => x * factor;
}

void main() {
  var triple = Multiplier(3);
  int Function(int) asFunction = triple;
  print(asFunction(9)); // 27
  triple.factor = 4;
  print(asFunction(9)); // 36
  print([1, 2, 3].map(triple).toList()); // [4, 8, 12]
  Function f = triple;
  print(f(5)); // 20
}
