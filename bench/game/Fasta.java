// fasta in Java (see fasta.dart): the output is collected in a byte array and written to stdout.
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.OutputStream;

public final class Fasta {
  static final int LINE_LENGTH = 60;
  static final int BUFFER_SIZE = 64 * 1024;

  static final String ALU = "GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGG"
      + "GAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGA"
      + "CCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAAT"
      + "ACAAAAATTAGCCGGGCGTGGTGGCGCGCGCCTGTAATCCCA"
      + "GCTACTCGGGAGGCTGAGGCAGGAGAATCGCTTGAACCCGGG"
      + "AGGCGGAGGTTGCAGTGAGCCGAGATCGCGCCACTGCACTCC"
      + "AGCCTGGGCGACAGAGCGAGACTCCGTCTCAAAAA";

  static final class Frequency {
    final byte code;
    double probability;

    Frequency(char c, double probability) {
      this.code = (byte) c;
      this.probability = probability;
    }
  }

  static final class Output {
    private final byte[] buffer = new byte[BUFFER_SIZE];
    private int length;
    private final OutputStream stream = new FileOutputStream(FileDescriptor.out);

    void addByte(int b) throws IOException {
      if (length == BUFFER_SIZE) {
        flush();
      }
      buffer[length++] = (byte) b;
    }

    void addString(String s) throws IOException {
      for (int i = 0; i < s.length(); i++) {
        addByte(s.charAt(i));
      }
    }

    void flush() throws IOException {
      stream.write(buffer, 0, length);
      length = 0;
    }
  }

  static int seed = 42;

  static double random(double max) {
    final int im = 139968;
    final int ia = 3877;
    final int ic = 29573;
    seed = (seed * ia + ic) % im;
    return max * seed / im;
  }

  static void repeatFasta(Output out, String header, String source, int n) throws IOException {
    out.addString(header);
    int position = 0;
    for (int remaining = n; remaining > 0; remaining -= LINE_LENGTH) {
      int line = remaining < LINE_LENGTH ? remaining : LINE_LENGTH;
      for (int i = 0; i < line; i++) {
        out.addByte(source.charAt(position));
        position++;
        if (position == source.length()) {
          position = 0;
        }
      }
      out.addByte('\n');
    }
  }

  static void randomFasta(Output out, String header, Frequency[] table, int n) throws IOException {
    out.addString(header);
    double sum = 0.0;
    for (Frequency f : table) {
      sum += f.probability;
      f.probability = sum;
    }
    for (int remaining = n; remaining > 0; remaining -= LINE_LENGTH) {
      int line = remaining < LINE_LENGTH ? remaining : LINE_LENGTH;
      for (int i = 0; i < line; i++) {
        double r = random(1.0);
        byte code = table[table.length - 1].code;
        for (Frequency f : table) {
          if (r < f.probability) {
            code = f.code;
            break;
          }
        }
        out.addByte(code);
      }
      out.addByte('\n');
    }
  }

  public static void main(String[] args) throws IOException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    Frequency[] iub = {
      new Frequency('a', 0.27), new Frequency('c', 0.12), new Frequency('g', 0.12), new Frequency('t', 0.27),
      new Frequency('B', 0.02), new Frequency('D', 0.02), new Frequency('H', 0.02), new Frequency('K', 0.02),
      new Frequency('M', 0.02), new Frequency('N', 0.02), new Frequency('R', 0.02), new Frequency('S', 0.02),
      new Frequency('V', 0.02), new Frequency('W', 0.02), new Frequency('Y', 0.02),
    };
    Frequency[] homoSapiens = {
      new Frequency('a', 0.3029549426680), new Frequency('c', 0.1979883004921),
      new Frequency('g', 0.1975473066391), new Frequency('t', 0.3015094502008),
    };
    Output out = new Output();
    repeatFasta(out, ">ONE Homo sapiens alu\n", ALU, n * 2);
    randomFasta(out, ">TWO IUB ambiguity codes\n", iub, n * 3);
    randomFasta(out, ">THREE Homo sapiens frequency\n", homoSapiens, n * 5);
    out.flush();
  }
}
