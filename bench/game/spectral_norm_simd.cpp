// spectral-norm with two-lane double vectors in C++ (see spectral_norm_simd.dart): GCC/Clang
// vector extensions, SSE2 on x86-64 and NEON on aarch64.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

typedef double v2d __attribute__((vector_size(16)));

static long denominator(long i, long j) { return (i + j) * (i + j + 1) / 2 + i + 1; }

static void multiplyAv(const std::vector<double>& v, std::vector<double>& av) {
  long n = (long)v.size();
  for (long i = 0; i < n; i += 2) {
    v2d sum = {0.0, 0.0};
    for (long j = 0; j < n; j++) {
      v2d d = {(double)denominator(i, j), (double)denominator(i + 1, j)};
      v2d x = {v[j], v[j]};
      sum += x / d;
    }
    av[i] = sum[0];
    av[i + 1] = sum[1];
  }
}

static void multiplyAtv(const std::vector<double>& v, std::vector<double>& atv) {
  long n = (long)v.size();
  for (long i = 0; i < n; i += 2) {
    v2d sum = {0.0, 0.0};
    for (long j = 0; j < n; j++) {
      v2d d = {(double)denominator(j, i), (double)denominator(j, i + 1)};
      v2d x = {v[j], v[j]};
      sum += x / d;
    }
    atv[i] = sum[0];
    atv[i + 1] = sum[1];
  }
}

static void multiplyAtAv(const std::vector<double>& v, std::vector<double>& tmp, std::vector<double>& atAv) {
  multiplyAv(v, tmp);
  multiplyAtv(tmp, atAv);
}

int main(int argc, char** argv) {
  long n = argc > 1 ? atol(argv[1]) : 100;
  std::vector<double> u(n, 1.0), v(n, 0.0), tmp(n, 0.0);
  for (int i = 0; i < 10; i++) {
    multiplyAtAv(u, tmp, v);
    multiplyAtAv(v, tmp, u);
  }
  double vBv = 0, vv = 0;
  for (long i = 0; i < n; i++) {
    vBv += u[i] * v[i];
    vv += v[i] * v[i];
  }
  printf("%.9f\n", std::sqrt(vBv / vv));
  return 0;
}
