// sync* in every kind of function (expected output derived by hand from the language
// specification, "Functions marked sync*", and the VM's _SyncStarIterable in
// sdk/lib/_internal/vm/lib/async_patch.dart, which starts every iterator from the state at the
// call): top-level functions, methods, getters, static and generic methods, local functions
// and function literals (element type declared, from the context, or inferred from the
// yields). A body that assigns a parameter changes only its own run: the next iterator starts
// from the argument again. Two iterators of one iterable run independently. `return;` ends
// the body. Closures created inside the body capture the run's own variables.
Iterable<int> countdown(int n) sync* {
  while (n > 0) {
    yield n;
    n--;
  }
}

Iterable<String> repeat(String s, {int times = 2, String sep = ''}) sync* {
  for (int i = 0; i < times; i++) {
    yield '$s$sep$i';
  }
}

Iterable<int> upTo(int limit, [int start = 0]) sync* {
  for (int i = start;; i++) {
    if (i >= limit) return;
    yield i;
  }
}

class Range {
  final int from, to;
  Range(this.from, this.to);

  Iterable<int> get evens sync* {
    for (int i = from; i < to; i++) {
      if (i.isEven) yield i;
    }
  }

  Iterable<int> scaled(int factor) sync* {
    for (int i in evens) yield i * factor + from;
  }

  static Iterable<String> names() sync* {
    yield 'static';
  }
}

Iterable<T> twice<T>(T value) sync* {
  yield value;
  yield value;
}

class Box<E> {
  final List<E> items;
  Box(this.items);
  Iterable<R> mapped<R>(R Function(E) f) sync* {
    for (E e in items) yield f(e);
  }
}

// Declared Object: the element type is dynamic.
Object untyped() sync* {
  yield 1;
}

void main() {
  Iterable<int> c = countdown(3);
  print(c.toList());
  print(c.toList());
  Iterator<int> a = c.iterator, b = c.iterator;
  a.moveNext();
  b.moveNext();
  a.moveNext();
  print('${a.current} ${b.current}');
  print(repeat('x').toList());
  print(repeat('y', times: 3, sep: '-').join(','));
  print(upTo(3).toList());
  print(upTo(5, 3).toList());

  Range r = Range(1, 8);
  print(r.evens.toList());
  print(r.scaled(10).toList());
  print(Range.names().single);

  List<int> ints = twice<int>(4).toList();
  print(ints);
  print(twice('s') is Iterable<String>);
  print(Box<int>([1, 2, 3]).mapped((int i) => 'n$i').toList());
  print(Box<int>([1, 2]).mapped<String>((int i) => '$i!') is Iterable<String>);

  Iterable<int> squares(int n) sync* {
    for (int i = 1; i <= n; i++) yield i * i;
  }
  print(squares(4).toList());

  int calls = 0;
  Iterable<int> counted() sync* {
    calls++;
    yield calls;
  }
  print(counted().first);
  print(counted().first);
  print(calls);

  var literal = () sync* {
    yield 1;
    yield 'two';
  };
  print(literal().toList());
  print(literal() is Iterable<Object>);

  Iterable<num> Function() typed = () sync* {
    yield 1;
    yield 2.5;
  };
  print(typed().toList());
  // A context that is not an Iterable: the element type is inferred from the yields.
  Object Function() f = () sync* {
    yield 1;
  };
  print(f());
  print(f() is Iterable<int>);
  print(untyped());
  print(untyped() is Iterable<int>);

  List<int Function()> getters = [];
  Iterable<int> capture() sync* {
    for (int i = 0; i < 3; i++) {
      getters.add(() => i * 10);
      yield i;
    }
  }
  print(capture().length);
  print(getters.map((g) => g()).toList());

  int prefix = 100;
  Iterable<int> outerVar() sync* {
    yield prefix;
    prefix++;
    yield prefix;
  }
  print(outerVar().toList());
  print(outerVar().toList());
  print(prefix);
}
