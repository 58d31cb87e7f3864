// Everyday code: collections in Java (see collections.dart): ArrayList and Collections.sort,
// HashMap and HashSet (boxed Integer keys, as Java programs have them), string keys.
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;

public final class Collections {
  private static long seed = 12345;

  static int nextRandom() {
    seed = (seed * 16807) % 2147483647;
    return (int) seed;
  }

  static long round() {
    final int n = 20000;
    ArrayList<Integer> numbers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      numbers.add(nextRandom() % 10000);
    }
    long checksum = 0;

    ArrayList<Integer> sorted = new ArrayList<>(numbers);
    java.util.Collections.sort(sorted);
    checksum += sorted.get(0) + sorted.get(n / 2) + sorted.get(n - 1);

    HashMap<Integer, Integer> counts = new HashMap<>();
    for (int x : numbers) {
      counts.merge(x, 1, Integer::sum);
    }
    int mostFrequent = 0;
    for (int c : counts.values()) {
      if (c > mostFrequent) {
        mostFrequent = c;
      }
    }
    checksum += counts.size() + mostFrequent;

    HashSet<Integer> distinct = new HashSet<>(numbers);
    int hits = 0;
    for (int i = 0; i < 10000; i++) {
      if (distinct.contains(i)) {
        hits++;
      }
    }
    for (int x : numbers) {
      if (x % 2 == 0) {
        distinct.remove(x);
      }
    }
    checksum += hits + distinct.size();

    HashMap<String, Integer> byName = new HashMap<>();
    for (int i = 0; i < 1000; i++) {
      byName.put("key" + i, i);
    }
    for (int x : numbers) {
      checksum += byName.get("key" + (x % 1000));
    }
    return checksum;
  }

  public static void main(String[] args) {
    long rounds = args.length > 0 ? Long.parseLong(args[0]) : 1;
    long checksum = 0;
    for (long r = 0; r < rounds; r++) {
      checksum += round();
    }
    System.out.println(checksum);
  }
}
