// fasta in C++ (see fasta.dart): the output is collected in a buffer and written with fwrite.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace {

const int kLineLength = 60;
const size_t kBufferSize = 64 * 1024;

const char* kAlu =
    "GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGG"
    "GAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGA"
    "CCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAAT"
    "ACAAAAATTAGCCGGGCGTGGTGGCGCGCGCCTGTAATCCCA"
    "GCTACTCGGGAGGCTGAGGCAGGAGAATCGCTTGAACCCGGG"
    "AGGCGGAGGTTGCAGTGAGCCGAGATCGCGCCACTGCACTCC"
    "AGCCTGGGCGACAGAGCGAGACTCCGTCTCAAAAA";

struct Frequency {
  char code;
  double probability;
};

class Output {
 public:
  Output() : buffer_(kBufferSize) {}
  void addByte(char byte) {
    if (length_ == kBufferSize) flush();
    buffer_[length_++] = byte;
  }
  void addString(const char* s) {
    for (; *s; s++) addByte(*s);
  }
  void flush() {
    std::fwrite(buffer_.data(), 1, length_, stdout);
    length_ = 0;
  }

 private:
  std::vector<char> buffer_;
  size_t length_ = 0;
};

long seed = 42;

double random(double max) {
  const long im = 139968, ia = 3877, ic = 29573;
  seed = (seed * ia + ic) % im;
  return max * seed / im;
}

void repeatFasta(Output& out, const char* header, const char* source, long n) {
  out.addString(header);
  size_t sourceLength = std::strlen(source);
  size_t position = 0;
  for (long remaining = n; remaining > 0; remaining -= kLineLength) {
    long line = remaining < kLineLength ? remaining : kLineLength;
    for (long i = 0; i < line; i++) {
      out.addByte(source[position]);
      position++;
      if (position == sourceLength) position = 0;
    }
    out.addByte('\n');
  }
}

void randomFasta(Output& out, const char* header, std::vector<Frequency>& table, long n) {
  out.addString(header);
  double sum = 0.0;
  for (Frequency& f : table) {
    sum += f.probability;
    f.probability = sum;
  }
  for (long remaining = n; remaining > 0; remaining -= kLineLength) {
    long line = remaining < kLineLength ? remaining : kLineLength;
    for (long i = 0; i < line; i++) {
      double r = random(1.0);
      char code = table.back().code;
      for (const Frequency& f : table) {
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

}  // namespace

int main(int argc, char** argv) {
  long n = argc > 1 ? std::atol(argv[1]) : 1000;
  std::vector<Frequency> iub = {
      {'a', 0.27}, {'c', 0.12}, {'g', 0.12}, {'t', 0.27}, {'B', 0.02}, {'D', 0.02}, {'H', 0.02}, {'K', 0.02},
      {'M', 0.02}, {'N', 0.02}, {'R', 0.02}, {'S', 0.02}, {'V', 0.02}, {'W', 0.02}, {'Y', 0.02}};
  std::vector<Frequency> homoSapiens = {
      {'a', 0.3029549426680}, {'c', 0.1979883004921}, {'g', 0.1975473066391}, {'t', 0.3015094502008}};
  Output out;
  repeatFasta(out, ">ONE Homo sapiens alu\n", kAlu, n * 2);
  randomFasta(out, ">TWO IUB ambiguity codes\n", iub, n * 3);
  randomFasta(out, ">THREE Homo sapiens frequency\n", homoSapiens, n * 5);
  out.flush();
  return 0;
}
