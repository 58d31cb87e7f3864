// Pattern variable declarations as the initializer of a C-style `for` loop (Dart 3 patterns
// specification, "Pattern variable declaration": `for (var (a, b) = e; ...)` is allowed, and the
// variables it declares are the loop's variables). Expected output derived by hand:
// - the first loop walks the Fibonacci numbers below 50 with a record swap in the update;
// - a loop variable is fresh in every iteration (language specification, "For loop": each
//   iteration after the first copies the variables, then runs the update on the copies), so
//   closures made in iterations 0, 1, 2 see (i, j) = (0, 10), (1, 9), (2, 8);
// - list and record patterns work in collection `for` elements too; a `final` pattern's
//   variables cannot be assigned, so that loop has no update;
// - the pattern is irrefutable: a list of the wrong length throws a StateError as a pattern
//   declaration does ("Pattern matching error").
void main() {
  for (var (a, b) = (0, 1); a < 50; (a, b) = (b, a + b)) {
    print(a);
  }
  final closures = <int Function()>[];
  for (var (i, j) = (0, 10); i < 3; i++, j--) {
    closures.add(() => i * 100 + j);
  }
  print([for (final c in closures) c()]);
  print([for (var [x, y] = [1, 2]; x < 20; x *= y) x]);
  var n = 0;
  for (final (:name, :count) = (name: 'loop', count: 2); n < count; n++) {
    print('$name $n');
  }
  try {
    for (var [p, q] = [1, 2, 3]; p < q; p++) {
      print('not reached');
    }
  } on StateError catch (e) {
    print('StateError');
  }
}
