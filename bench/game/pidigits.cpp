// pidigits in C++ with GMP's mpz functions, the way the Benchmarks Game's fastest C and C++
// programs write it (see pidigits.dart): in-place updates with the *_ui functions, two
// truncating divisions per digit. Linked with -lgmp.
#include <gmp.h>

#include <cstdio>
#include <cstdlib>
#include <string>

int main(int argc, char** argv) {
  long n = argc > 1 ? std::atol(argv[1]) : 1000;
  mpz_t numer, accum, denom, t1, t2;
  mpz_init_set_ui(numer, 1);
  mpz_init_set_ui(accum, 0);
  mpz_init_set_ui(denom, 1);
  mpz_init(t1);
  mpz_init(t2);
  std::string out, line;
  long i = 0, k = 0;
  while (i < n) {
    k++;
    unsigned long k2 = 2 * k + 1;
    mpz_addmul_ui(accum, numer, 2);
    mpz_mul_ui(accum, accum, k2);
    mpz_mul_ui(denom, denom, k2);
    mpz_mul_ui(numer, numer, k);
    if (mpz_cmp(numer, accum) > 0) continue;
    mpz_mul_ui(t1, numer, 3);
    mpz_add(t1, t1, accum);
    mpz_tdiv_q(t1, t1, denom);
    mpz_mul_ui(t2, numer, 4);
    mpz_add(t2, t2, accum);
    mpz_tdiv_q(t2, t2, denom);
    if (mpz_cmp(t1, t2) != 0) continue;
    unsigned long d = mpz_get_ui(t1);
    line += char('0' + d);
    i++;
    if (i % 10 == 0) {
      out += line + "\t:" + std::to_string(i) + "\n";
      line.clear();
    }
    mpz_submul_ui(accum, denom, d);
    mpz_mul_ui(accum, accum, 10);
    mpz_mul_ui(numer, numer, 10);
  }
  if (!line.empty()) {
    line.resize(10, ' ');
    out += line + "\t:" + std::to_string(n) + "\n";
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  mpz_clear(numer);
  mpz_clear(accum);
  mpz_clear(denom);
  mpz_clear(t1);
  mpz_clear(t2);
  return 0;
}
