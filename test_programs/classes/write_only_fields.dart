// Fields that are written but never read need no storage (tree shaking), yet every write keeps
// its effects: the value is evaluated, a `late final` field still throws on its second write, and
// a store into a generic-covariant field is still checked against the object's type argument.
//
// Expectations derived by hand from the language specification: "Instance variables" (late final
// fields: a second assignment throws a LateInitializationError), "Covariant parameters" (the
// implicit setter of `T? w` in a WO<String> rejects an int with a TypeError), and evaluation order
// of initializers (field initializers run in declaration order, before the constructor body).
class W {
  late final int x;
  int onlyWritten = 0;
  W();
}

class WO<T> {
  T? w;
}

int counter = 0;
int next(String tag) {
  counter++;
  print('evaluated $tag');
  return counter;
}

class Init {
  int a = next('a');
  int b;
  Init() : b = next('b') {
    print('body');
  }
}

int writtenStatic = 0;

void main() {
  var w = W();
  w.x = 1;
  try {
    w.x = 2;
    print('no error');
  } catch (e) {
    print('late twice'); // late twice
  }
  w.onlyWritten = next('store');
  WO<Object> wo = WO<String>();
  try {
    wo.w = 3;
    print('not checked');
  } catch (e) {
    print('covariant field ${e is TypeError}'); // covariant field true
  }
  Init();
  writtenStatic = next('static');
  print(counter); // 4
}
