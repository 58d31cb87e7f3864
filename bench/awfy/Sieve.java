// Are We Fast Yet: Sieve (see sieve.dart).
import java.util.Arrays;

public final class Sieve extends Benchmark {
  @Override
  long benchmark() {
    boolean[] flags = new boolean[5000];
    Arrays.fill(flags, true);
    return sieve(flags, 5000);
  }

  private static int sieve(boolean[] flags, int size) {
    int primeCount = 0;
    for (int i = 2; i <= size; i++) {
      if (flags[i - 1]) {
        primeCount++;
        int k = i + i;
        while (k <= size) {
          flags[k - 1] = false;
          k += i;
        }
      }
    }
    return primeCount;
  }

  public static void main(String[] args) {
    Harness.run(args, new Sieve());
  }
}
