// Everyday code: collections. Each round draws 20,000 pseudo-random ints (a linear congruential
// generator, the same in every language), sorts a copy, counts them in a Map<int, int>, puts
// them in a Set<int> and probes it, removes the even ones, and looks up string keys built with
// interpolation in a Map<String, int>. Prints a checksum of what it computed.
//   collections [rounds]     (default 1)

// Park and Miller's minimal standard generator: its products stay below 2^53, so JavaScript's
// doubles compute the same numbers.
int seed = 12345;

int nextRandom() {
  seed = (seed * 16807) % 2147483647;
  return seed;
}

int round() {
  const n = 20000;
  final numbers = <int>[];
  for (var i = 0; i < n; i++) {
    numbers.add(nextRandom() % 10000);
  }
  var checksum = 0;

  final sorted = List<int>.of(numbers)..sort();
  checksum += sorted.first + sorted[n ~/ 2] + sorted.last;

  final counts = <int, int>{};
  for (final x in numbers) {
    counts[x] = (counts[x] ?? 0) + 1;
  }
  var mostFrequent = 0;
  for (final c in counts.values) {
    if (c > mostFrequent) mostFrequent = c;
  }
  checksum += counts.length + mostFrequent;

  final distinct = <int>{}..addAll(numbers);
  var hits = 0;
  for (var i = 0; i < 10000; i++) {
    if (distinct.contains(i)) hits++;
  }
  for (final x in numbers) {
    if (x.isEven) distinct.remove(x);
  }
  checksum += hits + distinct.length;

  final byName = <String, int>{};
  for (var i = 0; i < 1000; i++) {
    byName['key$i'] = i;
  }
  for (final x in numbers) {
    checksum += byName['key${x % 1000}']!;
  }
  return checksum;
}

void main(List<String> args) {
  final rounds = args.isEmpty ? 1 : int.parse(args[0]);
  var checksum = 0;
  for (var r = 0; r < rounds; r++) {
    checksum += round();
  }
  print(checksum);
}
