// `as` from a value whose static type is int, double or bool (kept unboxed) to an unrelated class
// type throws like any other failing cast. Expectations: the Dart VM's texts, derived by hand.

abstract class S {}

void tryCast(Object? Function() cast) {
  try {
    print('no error: ${cast()}');
  } on TypeError catch (e) {
    print(e);
  }
}

void main() {
  int i = 3;
  tryCast(() => i as S);
  tryCast(() => 3.5 as S);
  tryCast(() => true as S);
  tryCast(() => 3 as S);
}
