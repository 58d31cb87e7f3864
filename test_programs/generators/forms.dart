// More places and forms of sync* (expected output derived by hand from the language
// specification, "Functions marked sync*", and the VM's _SyncStarIterator in
// sdk/lib/_internal/vm/lib/async_patch.dart): extension getters (`this` is the receiver),
// mixin methods, an override whose body is `yield* super.items()`, labeled break/continue and
// switch around yields, a yield inside `finally`, `yield*` of a dynamic value (cast to
// Iterable<Object?> when run: a TypeError for 5, the VM's class _TypeError), a recursive local
// generator, generators and closures nested in a generator, a generator declared in an async
// function; type tests on the class's and on a generic function's type parameter inside the
// body; a top-level getter with a late local.
extension Twice on List<int> {
  Iterable<int> get twice sync* {
    for (int x in this) {
      yield x;
      yield x;
    }
  }
}

mixin Named {
  String get name;
  Iterable<String> letters() sync* {
    for (int i = 0; i < name.length; i++) yield name[i];
  }
}

class Person with Named {
  final String name;
  Person(this.name);
}

class Base {
  Iterable<int> items() sync* {
    yield 1;
  }
}

class Derived extends Base {
  @override
  Iterable<int> items() sync* {
    yield* super.items();
    yield 2;
  }
}

Iterable<int> labeled() sync* {
  outer:
  for (int i = 0; i < 3; i++) {
    for (int j = 0; j < 3; j++) {
      if (j == 2) continue outer;
      if (i == 2) break outer;
      switch (j) {
        case 0:
          yield i * 10;
        default:
          yield i * 10 + j;
      }
    }
  }
}

Iterable<int> inFinally() sync* {
  try {
    yield 1;
  } finally {
    yield 2;
  }
  yield 3;
}

Iterable<Object?> dyn(dynamic d) sync* {
  yield* d;
}

Future<void> asyncUser() async {
  await null;
  Iterable<int> gen(int n) sync* {
    for (int i = 0; i < n; i++) yield i;
  }
  print(gen(3).toList());
}

class Filter<T> {
  Iterable<T> only(List<Object?> xs) sync* {
    for (Object? x in xs) {
      if (x is T) yield x;
    }
  }
}

Iterable<R> ofType<R>(List<Object?> xs) sync* {
  for (Object? x in xs) {
    if (x is R) yield x;
  }
  yield* <R>[];
}

Iterable<int> get topGetter sync* {
  late int v;
  v = 3;
  yield v;
}

void main() async {
  print([1, 2].twice.toList());
  print(Person('abc').letters().toList());
  print(Derived().items().toList());
  print(labeled().toList());
  print(inFinally().toList());
  print(dyn([1, 'a']).toList());
  try {
    dyn(5).toList();
  } catch (e) {
    print(e.runtimeType);
  }
  Iterable<int> rec(int n) sync* {
    if (n > 0) {
      yield n;
      yield* rec(n - 1);
    }
  }
  print(rec(4).toList());
  var fs = () sync* {
    yield* [1, 2];
  };
  print(fs().runtimeType == fs().runtimeType);
  await asyncUser();
  Iterable<int> nested() sync* {
    int Function() f = () => 7;
    yield f();
    var g = () sync* { yield 8; yield 9; };
    yield* g();
  }
  print(nested().toList());
  print(Filter<String>().only([1, 'a', 2.0, 'b']).toList());
  print(ofType<int>([1, 'a', 2]).toList());
  print(ofType<int>([1]) is Iterable<int>);
  print(topGetter.single);
}
