// mandelbrot (Benchmarks Game) in C++ (see mandelbrot_pbm.dart).
#include <cstdio>
#include <cstdlib>
#include <vector>

int main(int argc, char** argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 200;
  int bytesPerRow = (n + 7) / 8;
  std::vector<unsigned char> image(static_cast<size_t>(bytesPerRow) * n);
  size_t index = 0;
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
      if (tr + ti <= 4.0) bits |= 1;
      bitNum++;
      if (bitNum == 8) {
        image[index++] = static_cast<unsigned char>(bits);
        bits = 0;
        bitNum = 0;
      }
    }
    if (bitNum != 0) image[index++] = static_cast<unsigned char>(bits << (8 - bitNum));
  }
  std::printf("P4\n%d %d\n", n, n);
  std::fwrite(image.data(), 1, image.size(), stdout);
  return 0;
}
