// Everyday code: closures and iterables. Each round runs map/where/fold, where/map/toList,
// any/every, a sort with a comparator closure and composed functions over a list of 1,000 ints.
// Prints a checksum of the results.
//   closures [rounds]     (default 1)

int Function(int) compose(int Function(int) f, int Function(int) g) => (x) => f(g(x));

int round(List<int> numbers, int r) {
  var checksum = numbers.map((x) => x * 3 + r).where((x) => x.isOdd).fold(0, (sum, x) => sum + x);
  checksum += numbers.where((x) => x % 3 == 0).map((x) => x ~/ 3).toList().length;
  if (numbers.any((x) => x > 998)) checksum++;
  if (numbers.every((x) => x >= 0)) checksum++;
  final descending = List<int>.of(numbers)..sort((a, b) => b - a);
  checksum += descending.first - descending.last;
  final addThenDouble = compose((x) => x * 2, (x) => x + r);
  for (final x in numbers) {
    checksum += addThenDouble(x);
  }
  return checksum;
}

void main(List<String> args) {
  final rounds = args.isEmpty ? 1 : int.parse(args[0]);
  final numbers = List<int>.generate(1000, (i) => (i * 7919) % 1000);
  var checksum = 0;
  for (var r = 0; r < rounds; r++) {
    checksum += round(numbers, r);
  }
  print(checksum);
}
