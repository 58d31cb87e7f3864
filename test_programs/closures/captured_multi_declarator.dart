// Closures capturing variables of a declaration with several declarators (`var a = 1, b = 2;`)
// created after that declaration: the variables belong to the enclosing block (Dart language
// specification, "Local Variable Declaration": each declared variable is introduced into the
// enclosing scope), so the closures see them and their later updates.
void main() {
  var a = 1, b = 2;
  var sum = () => a + b;
  print(sum());
  a = 10;
  print(sum());
  final int c = 3, d = 4;
  var fns = [() => c, () => d];
  print(fns.map((f) => f()).toList());
}
