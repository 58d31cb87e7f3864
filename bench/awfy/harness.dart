// The shared part of the Are We Fast Yet benchmarks in Dart: the benchmark interface, the
// runner used by main(), and the suite's own pseudo-random numbers. The runner calls
// benchmark() `iterations` times (the size argument) and prints the sum of the results, which
// tools/bench/run checks against bench/benchmarks.json.

abstract class Benchmark {
  int benchmark();
}

void runBenchmark(List<String> args, Benchmark Function() create) {
  final iterations = args.isEmpty ? 1 : int.parse(args[0]);
  final bench = create();
  var sum = 0;
  for (var i = 0; i < iterations; i++) {
    sum += bench.benchmark();
  }
  print(sum);
}

/// The suite's linear congruential generator, so that every language draws the same numbers.
class Random {
  int _seed = 74755;

  int next() {
    _seed = ((_seed * 1309) + 13849) & 65535;
    return _seed;
  }
}
