// Closures and tear-offs with a parameter of type void (declared, or inferred from the context as
// for a `then` callback of a Future<void>) are called with a value like any other parameter.
// Regression: codegen passed "no value" from the closure's entry to its body, and dartc failed
// with "internal compiler error: invalid LLVM IR generated" (found by IOSink's
// `_openFuture.then((f) => f.close()).then((_) => file)`). Expected output: the values the
// closures return (language spec: a void parameter accepts any value).
import 'dart:async';

Future<void> g() async {}

void takesVoid(void x) {
  print('takesVoid');
}

Future<void> main() async {
  int Function(void) f = (_) => 1;
  print(f(null));
  print(await g().then((_) => 2));
  print(await Future<int>.value(3).then((int x) => g()).then((_) => 4));
  void Function(void) h = (void v) {
    print('h');
  };
  h(5);
  List<void> voids = <void>[1, 2];
  voids.forEach((_) => print('each'));
  void Function(int) t = takesVoid;
  t(6);
}
