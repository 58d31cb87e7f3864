// `is` and `as` against FutureOr<T> (language specification, "Type FutureOr": S <: FutureOr<T>
// exactly when S <: T or S <: Future<T>, and `FutureOr<T>?` also holds null). A value passes
// `is FutureOr<T>` when it is a T or a Future<T>; `as FutureOr<T>` throws a TypeError otherwise,
// with the VM's text "type 'String' is not a subtype of type 'FutureOr<int>' in type cast".
// Expected output derived by hand from those rules. Regression test: dartc used to treat
// FutureOr<T> as dynamic in these tests, so every value passed.
import 'dart:async';

bool isFutureOrOf<T>(Object? value) => value is FutureOr<T>;

void main() {
  Object text = 'text';
  Object futureInt = Future<int>.value(1);
  Object futureNum = Future<num>.value(2);
  print(text is FutureOr<int>);
  print(3 is FutureOr<int>);
  print(futureInt is FutureOr<int>);
  print(futureInt is FutureOr<num>);
  print(futureNum is FutureOr<int>);
  print(futureInt is FutureOr<String>);
  print(null is FutureOr<int>);
  print(null is FutureOr<int>?);
  print(null is FutureOr<int?>);
  print(isFutureOrOf<String>(text));
  print(isFutureOrOf<int>(text));
  print(isFutureOrOf<int>(futureInt));
  try {
    final value = text as FutureOr<int>;
    print('no error: $value');
  } on TypeError catch (e) {
    print(e);
  }
  final FutureOr<int> ok = futureInt as FutureOr<int>;
  print(ok is Future<int>);
  Object? maybe;
  print(maybe as FutureOr<int>?);
  switch (text) {
    case FutureOr<int> _:
      print('matched FutureOr<int>');
    case FutureOr<String> s:
      print('matched FutureOr<String>: $s');
  }
}
