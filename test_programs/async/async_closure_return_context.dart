// An async closure's return type follows Dart's function literal inference (the spec's
// inference.md, "function literal return type"): the returned types are flattened (`return
// future;` contributes its value type), their upper bound T is kept when it is a subtype of the
// context's R = FutureOr<futureValueType(K)> (K the context's return type), else S = R with each
// returned value checked against R (an implicit downcast from dynamic); the closure returns
// Future<flatten(S)>. So in a `FutureOr<int> Function()` context `() async { return 1; }` is a
// `Future<int> Function()` (else the call would not compile), and each returned future is a
// Future<int> at run time; without a context a closure returning Future<int> or int is a
// `Future<int> Function()` (the assignment checks it statically). The dynamic value 'x' fails
// its implicit cast to FutureOr<int> at run time: the future completes with that TypeError.
import 'dart:async';

Future<int> g(FutureOr<int> Function() f) async {
  FutureOr<int> r = f();
  print('g got a Future<int>: ${r is Future<int>}');
  return await r;
}

Future<num> h(Future<num> Function() f) => f();

dynamic value(Object v) => v;

Future<void> main() async {
  print(await g(() async {
    return 1;
  }));
  print(await g(() async => 2));
  print(await g(() async {
    if (DateTime.now().year > 2000) return Future<int>.value(3);
    return 4;
  }));
  print(await g(() async {
    return value(5);
  }));
  var closure = () async {
    if (DateTime.now().year > 2000) return Future<int>.value(6);
    return 0;
  };
  Future<int> Function() typed = closure;
  print(await typed());
  print(await h(() async => 7.5));
  print(await h(() async {
    return value(8);
  }));
  try {
    await g(() async {
      return value('x');
    });
  } catch (e) {
    print('caught a TypeError: ${e is TypeError}');
  }
}
