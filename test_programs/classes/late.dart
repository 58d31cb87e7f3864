// Expected output derived by hand from Dart's late semantics: a late local or field is unset
// until assigned, its initializer runs on the first read, a late final can be set once; the
// LateInitializationError texts are the Dart VM's (Field/Local '...' has not been / has already
// been initialized).
class Box {
  late final int value;
  late String name = 'computed';
}
void main() {
  late int x;
  late int y = 42;
  print(y);
  x = 3;
  print(x);
  var b = Box();
  print(b.name);
  b.name = 'changed';
  print(b.name);
  b.value = 1;
  print(b.value);
  try {
    b.value = 2;
  } catch (e) {
    print(e);
  }
  late final int z;
  z = 5;
  try {
    z = 6;
  } catch (e) {
    print(e);
  }
  print(z);
  var c = Box();
  try {
    print(c.value);
  } catch (e) {
    print(e);
  }
  late int never;
  // Assigned only in a closure that never runs: not definitely unassigned (a compile error), yet
  // unset when read.
  void setNever() => never = 0;
  if (DateTime.now().year < 0) setNever();
  try {
    print(never);
  } catch (e) {
    print(e);
  }
}
