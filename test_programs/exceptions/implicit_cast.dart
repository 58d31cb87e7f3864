// A failing implicit downcast from dynamic throws a TypeError without the " in type cast" that an
// explicit `as` adds: the front end marks implicit casts as type errors and the VM words them
// "type 'A' is not a subtype of type 'B'" (runtime/vm/exceptions.cc, CreateAndThrowTypeError:
// " in type cast" only for `as`).
int takesInt(int x) => x;

void main() {
  dynamic text = 'a';
  dynamic nothing;
  dynamic five = 5;
  List<void Function()> cases = [
    () => print(takesInt(text)),
    () {
      int x = text;
      print(x);
    },
    () {
      String s = nothing;
      print(s);
    },
    () {
      for (var x in five) {
        print(x);
      }
    },
    () => print(text as int),
  ];
  for (void Function() c in cases) {
    try {
      c();
    } on TypeError catch (e) {
      print(e);
    }
  }
}
