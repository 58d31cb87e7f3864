// Are We Fast Yet: Storage (see storage.dart).

public final class Storage extends Benchmark {
  private int count;

  @Override
  long benchmark() {
    Random random = new Random();
    count = 0;
    buildTreeDepth(7, random);
    return count;
  }

  private Object buildTreeDepth(int depth, Random random) {
    count++;
    if (depth == 1) {
      return new Object[random.next() % 10 + 1];
    }
    Object[] arr = new Object[4];
    for (int i = 0; i < 4; i++) {
      arr[i] = buildTreeDepth(depth - 1, random);
    }
    return arr;
  }

  public static void main(String[] args) {
    Harness.run(args, new Storage());
  }
}
