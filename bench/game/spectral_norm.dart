// The Computer Language Benchmarks Game's spectral-norm: the spectral norm of the infinite matrix
// A(i, j) = 1 / ((i + j)(i + j + 1) / 2 + i + 1), truncated to n x n, by 10 steps of the power
// method on A^T A. Verification values from the Benchmarks Game: 1.274219991 for n = 100.
//   spectral_norm [n]     (default 100)
import 'dart:math' as math;

double a(int i, int j) => 1.0 / ((i + j) * (i + j + 1) ~/ 2 + i + 1);

void multiplyAv(List<double> v, List<double> av) {
  final n = v.length;
  for (var i = 0; i < n; i++) {
    var sum = 0.0;
    for (var j = 0; j < n; j++) {
      sum += a(i, j) * v[j];
    }
    av[i] = sum;
  }
}

void multiplyAtv(List<double> v, List<double> atv) {
  final n = v.length;
  for (var i = 0; i < n; i++) {
    var sum = 0.0;
    for (var j = 0; j < n; j++) {
      sum += a(j, i) * v[j];
    }
    atv[i] = sum;
  }
}

void multiplyAtAv(List<double> v, List<double> tmp, List<double> atAv) {
  multiplyAv(v, tmp);
  multiplyAtv(tmp, atAv);
}

void main(List<String> args) {
  final n = args.isEmpty ? 100 : int.parse(args[0]);
  final u = List<double>.filled(n, 1.0);
  final v = List<double>.filled(n, 0.0);
  final tmp = List<double>.filled(n, 0.0);
  for (var i = 0; i < 10; i++) {
    multiplyAtAv(u, tmp, v);
    multiplyAtAv(v, tmp, u);
  }
  var vBv = 0.0;
  var vv = 0.0;
  for (var i = 0; i < n; i++) {
    vBv += u[i] * v[i];
    vv += v[i] * v[i];
  }
  print(math.sqrt(vBv / vv).toStringAsFixed(9));
}
