// A program whose only closure is the tear-off of a top-level function with a typed parameter.
// The tear-off's dynamic entry checks its arguments' types (and reports a mismatched call), so
// type-flow analysis must keep the helpers it calls even when nothing else in the program needs
// them: such a program failed to compile with "internal: type-flow analysis did not expect a
// call of '_throwParameterTypeError' here". Expected output: the values computed.
int twice(int x) => 2 * x;

int plus([int x = 1, int y = 10]) => x + y;

void main() {
  var f = twice;
  print(f(3));
  var g = plus;
  print(g());
  print(g(2));
}
