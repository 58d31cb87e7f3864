// Conformance: Expressions — static types of arithmetic on numbers (null safety's number
// operation typing, accepted/2.12/nnbd/feature-specification.md and the "number operation
// typing" rules: `e1 + e2`, `-`, `*`, `%`, `remainder` on int operands are int, with a double
// operand double; `e1.clamp(e2, e3)` with all three of static type int is an int, with all
// double a double; an int type variable bound gives that type).
// Expectations derived from the specification: the program compiles only if these static types
// are right, and the values are checked at run time.
import '../lib/expect.dart';

T addOne<T extends int>(T x) => x; // only to have a type variable bounded by int

void main() {
  int i = 7;
  double d = 2.5;
  int sum = i + 1;
  int rem = i.remainder(3);
  int mod = i % 4;
  double mixed = i + d;
  double mixed2 = d * i;
  int clamped = i.clamp(0, 5);
  double clampedD = d.clamp(0.0, 1.0);
  num clampedMixed = i.clamp(0, 1.5);
  Expect.equals(8, sum);
  Expect.equals(1, rem);
  Expect.equals(3, mod);
  Expect.equals(9.5, mixed);
  Expect.equals(17.5, mixed2);
  Expect.equals(5, clamped);
  Expect.equals(1.0, clampedD);
  Expect.equals(1.5, clampedMixed);
  int fromVar = addOne(3) + 1;
  Expect.equals(4, fromVar);
  var inferred = [i.clamp(0, 3)];
  Expect.equals('List<int>', inferred.runtimeType.toString());
}
