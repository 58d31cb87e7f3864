// Expected output derived by hand from the language specification (async* generators: methods,
// getters, generic functions, local functions; yield in finally; an element type from the
// declared Stream<T>, a dynamic yield cast to it at run time; `await for` with continue/break to
// its label inside an async*) and the VM's stream semantics as in stream_async_star.dart.
import 'dart:async';

class Counter {
  final int limit;
  Counter(this.limit);
  Stream<int> count() async* {
    for (int i = 0; i < limit; i++) yield i * 10;
  }

  Stream<String> get words async* {
    yield 'a';
    yield 'b';
  }
}

Stream<T> repeat<T>(T x, int n) async* {
  for (int i = 0; i < n; i++) {
    yield x;
  }
}

Stream<int> withFinally() async* {
  try {
    yield 1;
  } finally {
    yield 2;
  }
}

Stream<int> fromDynamic(dynamic d) async* {
  yield d;
}

Object objectStream() async* {
  yield 'object';
}

Stream<int> relay(Stream<int> s) async* {
  outer:
  await for (var x in s) {
    if (x == 1) continue outer;
    if (x == 30) break;
    yield x + 1;
  }
  yield -1;
}

Future<void> main() async {
  print(await Counter(3).count().toList());
  print(await Counter(0).words.toList());
  print(await repeat<String>('r', 2).toList());
  print((repeat(1.5, 1)) is Stream<double>);
  print(await withFinally().toList());
  print(await (objectStream() as Stream).toList());
  print(await relay(Stream.fromIterable([0, 1, 2, 30, 40])).toList());
  Stream<int> local() async* {
    yield 7;
  }
  print(await local().toList());
  try {
    print(await fromDynamic('not an int').toList());
  } catch (e) {
    print('caught $e');
  }
  var c = StreamController<int>();
  var sums = <int>[];
  var done = () async {
    await for (var x in c.stream) {
      sums.add(x);
    }
    return sums;
  }();
  for (int i = 0; i < 5; i++) {
    c.add(i);
    await Future.delayed(Duration.zero);
  }
  c.close();
  print(await done);
}
