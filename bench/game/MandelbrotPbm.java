// mandelbrot (Benchmarks Game) in Java (see mandelbrot_pbm.dart).
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

public final class MandelbrotPbm {
  public static void main(String[] args) throws IOException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int bytesPerRow = (n + 7) / 8;
    byte[] image = new byte[bytesPerRow * n];
    int index = 0;
    for (int y = 0; y < n; y++) {
      double ci = 2.0 * y / n - 1.0;
      int bits = 0;
      int bitNum = 0;
      for (int x = 0; x < n; x++) {
        double cr = 2.0 * x / n - 1.5;
        double zr = 0.0, zi = 0.0, tr = 0.0, ti = 0.0;
        int i = 0;
        while (i < 50 && tr + ti <= 4.0) {
          zi = 2.0 * zr * zi + ci;
          zr = tr - ti + cr;
          tr = zr * zr;
          ti = zi * zi;
          i++;
        }
        bits <<= 1;
        if (tr + ti <= 4.0) {
          bits |= 1;
        }
        bitNum++;
        if (bitNum == 8) {
          image[index++] = (byte) bits;
          bits = 0;
          bitNum = 0;
        }
      }
      if (bitNum != 0) {
        image[index++] = (byte) (bits << (8 - bitNum));
      }
    }
    OutputStream out = new FileOutputStream(FileDescriptor.out);
    out.write(("P4\n" + n + " " + n + "\n").getBytes(StandardCharsets.US_ASCII));
    out.write(image);
    out.flush();
  }
}
