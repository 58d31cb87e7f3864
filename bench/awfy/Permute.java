// Are We Fast Yet: Permute (see permute.dart).

public final class Permute extends Benchmark {
  private int count;
  private int[] v;

  @Override
  long benchmark() {
    count = 0;
    v = new int[6];
    permute(6);
    return count;
  }

  private void permute(int n) {
    count++;
    if (n != 0) {
      int n1 = n - 1;
      permute(n1);
      for (int i = n1; i >= 0; i--) {
        swap(n1, i);
        permute(n1);
        swap(n1, i);
      }
    }
  }

  private void swap(int i, int j) {
    int tmp = v[i];
    v[i] = v[j];
    v[j] = tmp;
  }

  public static void main(String[] args) {
    Harness.run(args, new Permute());
  }
}
