// fannkuch-redux in Java (see fannkuch_redux.dart).

public final class FannkuchRedux {
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    int[] perm = new int[n];
    int[] perm1 = new int[n];
    int[] count = new int[n];
    for (int i = 0; i < n; i++) {
      perm1[i] = i;
    }
    int maxFlips = 0;
    long checksum = 0;
    long permCount = 0;
    int r = n;
    while (true) {
      while (r != 1) {
        count[r - 1] = r;
        r--;
      }
      for (int i = 0; i < n; i++) {
        perm[i] = perm1[i];
      }
      int flips = 0;
      int k = perm[0];
      while (k != 0) {
        int i = 0;
        int j = k;
        while (i < j) {
          int t = perm[i];
          perm[i] = perm[j];
          perm[j] = t;
          i++;
          j--;
        }
        flips++;
        k = perm[0];
      }
      if (flips > maxFlips) {
        maxFlips = flips;
      }
      checksum += permCount % 2 == 0 ? flips : -flips;

      while (true) {
        if (r == n) {
          System.out.println(checksum + "\nPfannkuchen(" + n + ") = " + maxFlips);
          return;
        }
        int perm0 = perm1[0];
        for (int i = 0; i < r; i++) {
          perm1[i] = perm1[i + 1];
        }
        perm1[r] = perm0;
        count[r]--;
        if (count[r] > 0) {
          break;
        }
        r++;
      }
      permCount++;
    }
  }
}
