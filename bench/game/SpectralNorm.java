// spectral-norm in Java (see spectral_norm.dart).

public final class SpectralNorm {
  static double a(int i, int j) {
    return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1);
  }

  static void multiplyAv(double[] v, double[] av) {
    int n = v.length;
    for (int i = 0; i < n; i++) {
      double sum = 0.0;
      for (int j = 0; j < n; j++) {
        sum += a(i, j) * v[j];
      }
      av[i] = sum;
    }
  }

  static void multiplyAtv(double[] v, double[] atv) {
    int n = v.length;
    for (int i = 0; i < n; i++) {
      double sum = 0.0;
      for (int j = 0; j < n; j++) {
        sum += a(j, i) * v[j];
      }
      atv[i] = sum;
    }
  }

  static void multiplyAtAv(double[] v, double[] tmp, double[] atAv) {
    multiplyAv(v, tmp);
    multiplyAtv(tmp, atAv);
  }

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    double[] u = new double[n];
    double[] v = new double[n];
    double[] tmp = new double[n];
    java.util.Arrays.fill(u, 1.0);
    for (int i = 0; i < 10; i++) {
      multiplyAtAv(u, tmp, v);
      multiplyAtAv(v, tmp, u);
    }
    double vBv = 0.0;
    double vv = 0.0;
    for (int i = 0; i < n; i++) {
      vBv += u[i] * v[i];
      vv += v[i] * v[i];
    }
    System.out.println(String.format(java.util.Locale.ROOT, "%.9f", Math.sqrt(vBv / vv)));
  }
}
