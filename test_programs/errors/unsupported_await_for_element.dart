// `await for` inside a collection literal is not supported yet: rejected with a clear message
// at the element (statement `await for` and async* are supported, docs/async.md).
Stream<int> numbers() async* {
  yield 1;
}

Future<void> main() async {
  var list = [await for (var n in numbers()) n];
  print(list);
}
