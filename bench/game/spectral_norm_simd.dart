// spectral-norm with dart:typed_data's Float64x2: the spectral norm of the infinite matrix
// A(i, j) = 1 / ((i + j)(i + j + 1) / 2 + i + 1), truncated to n x n, by 10 steps of the power
// method on A^T A (see spectral_norm.dart), with two rows computed at once: lane 0 is row i,
// lane 1 row i + 1, and each step divides v[j] by the two rows' denominators in one Float64x2
// division. Verification values as spectral-norm's: 1.274219991 for n = 100 (n must be even).
//   spectral_norm_simd [n]     (default 100)
import 'dart:math' as math;
import 'dart:typed_data';

int denominator(int i, int j) => (i + j) * (i + j + 1) ~/ 2 + i + 1;

// av = A v, two rows at a time.
void multiplyAv(Float64List v, Float64List av) {
  final n = v.length;
  for (var i = 0; i < n; i += 2) {
    var sum = Float64x2.zero();
    for (var j = 0; j < n; j++) {
      final d = Float64x2(denominator(i, j).toDouble(), denominator(i + 1, j).toDouble());
      sum += Float64x2.splat(v[j]) / d;
    }
    av[i] = sum.x;
    av[i + 1] = sum.y;
  }
}

// atv = A^T v, two rows at a time.
void multiplyAtv(Float64List v, Float64List atv) {
  final n = v.length;
  for (var i = 0; i < n; i += 2) {
    var sum = Float64x2.zero();
    for (var j = 0; j < n; j++) {
      final d = Float64x2(denominator(j, i).toDouble(), denominator(j, i + 1).toDouble());
      sum += Float64x2.splat(v[j]) / d;
    }
    atv[i] = sum.x;
    atv[i + 1] = sum.y;
  }
}

void multiplyAtAv(Float64List v, Float64List tmp, Float64List atAv) {
  multiplyAv(v, tmp);
  multiplyAtv(tmp, atAv);
}

void main(List<String> args) {
  final n = args.isEmpty ? 100 : int.parse(args[0]);
  final u = Float64List(n)..fillRange(0, n, 1.0);
  final v = Float64List(n);
  final tmp = Float64List(n);
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
