// spectral-norm in C++ (see spectral_norm.dart).
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

static double a(long i, long j) { return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1); }

static void multiplyAv(const std::vector<double>& v, std::vector<double>& av) {
  size_t n = v.size();
  for (size_t i = 0; i < n; i++) {
    double sum = 0.0;
    for (size_t j = 0; j < n; j++) sum += a(i, j) * v[j];
    av[i] = sum;
  }
}

static void multiplyAtv(const std::vector<double>& v, std::vector<double>& atv) {
  size_t n = v.size();
  for (size_t i = 0; i < n; i++) {
    double sum = 0.0;
    for (size_t j = 0; j < n; j++) sum += a(j, i) * v[j];
    atv[i] = sum;
  }
}

static void multiplyAtAv(const std::vector<double>& v, std::vector<double>& tmp, std::vector<double>& atAv) {
  multiplyAv(v, tmp);
  multiplyAtv(tmp, atAv);
}

int main(int argc, char** argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 100;
  std::vector<double> u(n, 1.0), v(n, 0.0), tmp(n, 0.0);
  for (int i = 0; i < 10; i++) {
    multiplyAtAv(u, tmp, v);
    multiplyAtAv(v, tmp, u);
  }
  double vBv = 0.0, vv = 0.0;
  for (int i = 0; i < n; i++) {
    vBv += u[i] * v[i];
    vv += v[i] * v[i];
  }
  std::printf("%.9f\n", std::sqrt(vBv / vv));
  return 0;
}
