// A `when` guard that writes a variable demotes it: in the body of its case, in the else branch
// of an if-case (the guard may have run and failed), in every later case of a switch (an earlier
// case's guard may have run) and in collection if-case elements. dartc used to check those
// places against the flow state from before the guard, kept `y` promoted to Object (by its
// non-null initializer) and the compiled programs dereferenced null.
Object? h() => null;
int takesObject(Object o) => 1;

void main() {
  Object? a = 2;
  switch (a) {
    case int n when (a = h()) == null:
      takesObject(a);
      print(n);
  }
  Object? b = 2;
  switch (0) {
    case 1 when (b = h()) == 5:
      print('never');
    case _:
      takesObject(b);
  }
  Object? c = 2;
  if (c case int n when (c = h()) == 5) {
    print(n);
  } else {
    takesObject(c);
  }
  Object? d = 2;
  print(switch (3) { int k when (d = h()) == 5 => k, _ => takesObject(d) });
  Object? e = 2;
  print([if (e case int n when (e = h()) == 5) n else takesObject(e)]);
}
