// Are We Fast Yet: Mandelbrot (see mandelbrot.dart).

public final class Mandelbrot {
  static long mandelbrot(int size) {
    long sum = 0;
    long byteAcc = 0;
    int bitNum = 0;
    int y = 0;
    while (y < size) {
      double ci = (2.0 * y / size) - 1.0;
      int x = 0;
      while (x < size) {
        double zrzr = 0.0;
        double zi = 0.0;
        double zizi = 0.0;
        double cr = (2.0 * x / size) - 1.5;
        int z = 0;
        boolean notDone = true;
        int escape = 0;
        while (notDone && z < 50) {
          double zr = zrzr - zizi + cr;
          zi = 2.0 * zr * zi + ci;
          zrzr = zr * zr;
          zizi = zi * zi;
          if (zrzr + zizi > 4.0) {
            notDone = false;
            escape = 1;
          }
          z++;
        }
        byteAcc = (byteAcc << 1) + escape;
        bitNum++;
        if (bitNum == 8) {
          sum ^= byteAcc;
          byteAcc = 0;
          bitNum = 0;
        } else if (x == size - 1) {
          byteAcc <<= 8 - bitNum;
          sum ^= byteAcc;
          byteAcc = 0;
          bitNum = 0;
        }
        x++;
      }
      y++;
    }
    return sum;
  }

  public static void main(String[] args) {
    System.out.println(mandelbrot(args.length > 0 ? Integer.parseInt(args[0]) : 1));
  }
}
