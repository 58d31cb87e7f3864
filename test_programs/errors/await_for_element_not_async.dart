// `await for` in a collection literal needs an async function, like the statement (the CFE's
// "The asynchronous for-in can only be used in functions marked with 'async' or 'async*'.",
// reported at `await`); the rest of the literal is still checked without further errors.
import 'dart:async';

void main() {
  var s = Stream<int>.fromIterable([1, 2]);
  var list = [await for (var n in s) n];
  print(list);
}
