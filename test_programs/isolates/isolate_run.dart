// Isolate.run, from its documentation (sdk/lib/isolate/isolate.dart) and the VM's
// implementation (sdk/lib/_internal/vm/lib/isolate_patch.dart): the computation runs in a new
// isolate with a copy of what its closure captured; its result (or the value of the future it
// returns) comes back as the returned future's value; an error it throws (or its future
// completes with) comes back as the returned future's error, the same error object (copied).
import 'dart:isolate';

int fib(int n) => n < 2 ? n : fib(n - 1) + fib(n - 2);

class Overflow implements Exception {
  final int at;
  Overflow(this.at);
  String toString() => 'Overflow at $at';
}

int counter = 0; // statics are per isolate

Future<int> slowSquare(int x) async {
  await Future<void>.delayed(Duration(milliseconds: 5));
  return x * x;
}

Future<int> failLater() async {
  await null;
  throw StateError('late failure');
}

Future<void> main() async {
  print(await Isolate.run(() => fib(25)));
  List<int> inputs = [1, 2, 3, 4];
  print(await Isolate.run(() => inputs.map((int x) => x * 10).toList()));
  print(await Isolate.run(() => slowSquare(12)));
  counter = 5;
  print(await Isolate.run(() => ++counter)); // the new isolate's counter starts at 0
  print(counter);
  try {
    await Isolate.run<int>(() => throw Overflow(7));
  } on Overflow catch (e) {
    print('caught $e');
  }
  try {
    await Isolate.run<int>(failLater);
  } on StateError catch (e) {
    print('caught $e');
  }
  List<Future<int>> all = [for (int i = 10; i < 18; i++) Isolate.run(() => fib(i))];
  print(await Future.wait(all));
}
