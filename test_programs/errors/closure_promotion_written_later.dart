// A closure does not keep an outer promotion of a variable that the function writes anywhere,
// even after the closure is made: the closure may run after that write. Dart's flow analysis
// starts a closure's body from a conservative join with every variable written anywhere in the
// member (functionExpression_begin). dartc used to keep the promotion, and f() below then
// dereferenced null at run time.
void main() {
  int? x = int.parse('3') > 2 ? 5 : null;
  late int Function() f;
  if (x != null) {
    f = () => x + 1;
  }
  x = null;
  print(f());
}
