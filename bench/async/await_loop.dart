// The cost of an `await` of a completed future (issue 12): a loop of n iterations that awaits
// an already completed future each time, against the same loop without the await. Usage:
// await_loop [await|plain] [n]; prints the sum (n * (n - 1) / 2 + n for both).
Future<int> awaitLoop(int n) async {
  Future<int> one = Future<int>.value(1);
  await one;  // completed from here on
  int sum = 0;
  for (int i = 0; i < n; i++) {
    sum += i + await one;
  }
  return sum;
}

int plainLoop(int n) {
  int one = 1;
  int sum = 0;
  for (int i = 0; i < n; i++) {
    sum += i + one;
  }
  return sum;
}

Future<void> main(List<String> args) async {
  String mode = args.isNotEmpty ? args[0] : 'await';
  int n = args.length > 1 ? int.parse(args[1]) : 10000000;
  int sum = mode == 'plain' ? plainLoop(n) : await awaitLoop(n);
  print(sum);
}
