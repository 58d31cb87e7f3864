// Are We Fast Yet: Queens (see queens.dart).
import java.util.Arrays;

public final class Queens extends Benchmark {
  private boolean[] freeRows;
  private boolean[] freeMaxs;
  private boolean[] freeMins;
  private int[] queenRows;

  @Override
  long benchmark() {
    boolean result = true;
    for (int i = 0; i < 10; i++) {
      result = result && queens();
    }
    return result ? 1 : 0;
  }

  private boolean queens() {
    freeRows = new boolean[8];
    freeMaxs = new boolean[16];
    freeMins = new boolean[16];
    queenRows = new int[8];
    Arrays.fill(freeRows, true);
    Arrays.fill(freeMaxs, true);
    Arrays.fill(freeMins, true);
    Arrays.fill(queenRows, -1);
    return placeQueen(0);
  }

  private boolean placeQueen(int c) {
    for (int r = 0; r < 8; r++) {
      if (getRowColumn(r, c)) {
        queenRows[r] = c;
        setRowColumn(r, c, false);
        if (c == 7) {
          return true;
        }
        if (placeQueen(c + 1)) {
          return true;
        }
        setRowColumn(r, c, true);
      }
    }
    return false;
  }

  private boolean getRowColumn(int r, int c) {
    return freeRows[r] && freeMaxs[c + r] && freeMins[c - r + 7];
  }

  private void setRowColumn(int r, int c, boolean v) {
    freeRows[r] = v;
    freeMaxs[c + r] = v;
    freeMins[c - r + 7] = v;
  }

  public static void main(String[] args) {
    Harness.run(args, new Queens());
  }
}
