// async/await from the language specification (17.33 "Await Expressions", 9 "Functions":
// asynchronous functions) and the VM's sdk/lib/_internal/vm/lib/async_patch.dart
// (_SuspendState._await): an async function runs synchronously until its first await; `await`
// of a value that is not a future, or of a completed future, resumes in one microtask; `await`
// of a pending future resumes when it completes; a function that has suspended completes its
// future at once when it returns (_returnAsync), so its awaiter resumes right away. So two
// workers that each `await null` in a loop take turns, one line per microtask.
import 'dart:async';

Future<void> worker(String name, int n) async {
  for (var i = 0; i < n; i++) {
    print('$name $i');
    await null;
  }
  print('$name done');
}

Future<int> add(int a, int b) async => a + b;

Future<int> sumSlowly(List<int> xs) async {
  var total = 0;
  for (var x in xs) {
    total = await add(total, x);
  }
  return total;
}

class Counter {
  int count = 0;
  final String name;
  Counter(this.name);

  Future<int> next() async {
    await Future.delayed(Duration.zero);
    return ++count;
  }

  Future<String> get label async => '$name at $count';
}

Future<String> viaReturnedFuture() async {
  // Returning a future from an async function completes with its value (Dart 3).
  return Future.value('from a returned future');
}

void main() async {
  print('main start');
  var a = worker('a', 3);
  var b = worker('b', 2);
  print('workers started');
  await a;
  await b;
  print('sum ${await sumSlowly([1, 2, 3, 4])}');
  var c = Counter('c');
  print('${await c.next()} ${await c.next()} ${await c.label}');
  var square = (int x) async => x * x;
  print('closure ${await square(7)}');
  var value = await 42;
  print('await of a plain value: $value');
  var completed = Future.value(5);
  print('await of Future.value: ${await completed}');
  if (await add(1, 1) == 2) print('await in a condition');
  while (await add(c.count, 0) < 5) {
    await c.next();
  }
  print('loop ended at ${c.count}');
  print(await viaReturnedFuture());
  var order = <String>[];
  var f = () async {
    order.add('body before await');
    await null;
    order.add('body after await');
  }();
  order.add('caller after call');
  await f;
  print(order);
  print('main end');
}
