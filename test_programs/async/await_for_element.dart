// `await for` inside collection literals (Dart 3 allows it in async bodies): the literal is
// filled as the statement form would, listening to the stream and adding each event in order;
// the elements before and after it are in place; a condition and a nested `for` work inside;
// set and map literals too; a `break`-like early end does not exist in elements, so the
// stream always runs to its done event. The element type is inferred from the stream's (List<int>
// printed as its runtimeType). An error event ends the loop with that error, caught by the
// surrounding try (the subscription is cancelled in the lowering's finally). Expected output
// follows from the source order: everything is awaited in turn.
import 'dart:async';

Stream<int> numbers(int n) async* {
  for (int i = 1; i <= n; i++) {
    await null;
    yield i;
  }
}

Stream<int> failing() async* {
  yield 1;
  throw StateError('broken stream');
}

Future<void> main() async {
  var list = [0, await for (var n in numbers(3)) n * 10, 99];
  print('$list ${list.runtimeType}');
  var evens = [await for (var n in numbers(6)) if (n.isEven) n];
  print(evens);
  var nested = [await for (var n in numbers(2)) for (int k = 0; k < n; k++) '$n.$k'];
  print(nested);
  var set = {await for (var n in Stream.fromIterable([1, 2, 2, 3])) n};
  print(set);
  var map = {await for (var n in numbers(3)) n: 'v$n'};
  print(map);
  try {
    var partial = [await for (var n in failing()) n];
    print('never $partial');
  } catch (e) {
    print('caught $e');
  }
  var controller = StreamController<String>();
  controller.add('a');
  controller.add('b');
  controller.close();
  print([for (var i = 0; i < 2; i++) i, await for (var s in controller.stream) s.toUpperCase()]);
}
