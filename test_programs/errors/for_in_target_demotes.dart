// `for (x in e)` with an existing variable writes it on every iteration, so a promotion of x
// does not survive the loop (nor `await for`). dartc used to scan the loop target only as a
// read: `Object? e = 2;` stayed promoted to Object after `for (e in [null]) {}`, and the
// compiled program called a method on null.
Future<void> main() async {
  Object? e = 2;
  for (e in [null]) {}
  Object o = e;
  print(o);
  Object? s = 2;
  await for (s in Stream<Null>.value(null)) {}
  Object p = s;
  print(p);
}
