// The shared part of the Are We Fast Yet benchmarks in Java: the benchmark interface, the runner
// used by each main() (calls benchmark() `iterations` times and prints the sum of the results),
// and the suite's own pseudo-random numbers.

abstract class Benchmark {
  abstract long benchmark();
}

final class Harness {
  private Harness() {}

  static void run(String[] args, Benchmark bench) {
    long iterations = args.length > 0 ? Long.parseLong(args[0]) : 1;
    long sum = 0;
    for (long i = 0; i < iterations; i++) {
      sum += bench.benchmark();
    }
    System.out.println(sum);
  }
}

/** The suite's linear congruential generator, so that every language draws the same numbers. */
final class Random {
  private int seed = 74755;

  int next() {
    seed = ((seed * 1309) + 13849) & 65535;
    return seed;
  }
}
