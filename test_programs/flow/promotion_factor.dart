// Where a type test fails, a local is promoted to what is left of its type: flow analysis's
// factor(T, S) (the Dart specification's flow-analysis document: "int?" that is not Null is
// "int", "FutureOr<R>" that is not a Future<R> is "R", "FutureOr<R>?" that is neither Null nor
// Future<R> is "R"), in the false branch of `is`, the true branch of `is!`, and after an `if`
// whose branch returns. Each use below compiles only with that promotion (a member of the
// promoted type, an assignment to it); the printed values are plain arithmetic.
import 'dart:async';

int lengthOrZero(String? s) {
  if (s is Null) return 0;
  return s.length; // String
}

int unwrap(FutureOr<int> v) {
  if (v is Future<int>) return -1;
  int plain = v; // int
  return plain + 1;
}

String describe(FutureOr<int>? v) {
  if (v is! Future<int>?) {
    return 'int ${v.isEven}'; // int: neither Null nor Future<int>
  }
  return 'future or null';
}

int viaElse(Object? o) {
  if (o is Null) {
    return 0;
  } else {
    return o.hashCode == o.hashCode ? 1 : 2; // Object
  }
}

Future<void> main() async {
  print(lengthOrZero(null));
  print(lengthOrZero('four'));
  print(unwrap(41));
  print(unwrap(Future.value(1)));
  print(describe(6));
  print(describe(7));
  print(describe(null));
  print(describe(Future.value(1)));
  print(viaElse(null));
  print(viaElse('x'));
}
