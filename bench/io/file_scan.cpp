// A wc/grep-style scan of a text file (see file_scan.dart): lines, words, bytes, and the lines
// that contain "dart". The file is made on the first run, with the same bytes as the others.
//   file_scan [MiB]     (default 1)
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <unistd.h>

static const char* const kWords[16] = {"alpha", "beta", "gamma", "dart", "delta", "epsilon", "zeta", "eta",
                                       "theta", "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron"};

static std::string ensure_file(int mib) {
  const char* tmp = std::getenv("TMPDIR");
  std::string dir = tmp && *tmp ? tmp : "/tmp";
  std::string path = dir + "/dartc_bench_scan_" + std::to_string(mib) + ".txt";
  if (access(path.c_str(), F_OK) == 0) return path;
  std::string text;
  size_t target = (size_t)mib * 1024 * 1024;
  uint32_t seed = 42;
  while (text.size() < target) {
    seed = seed * 69069u + 1u;
    int count = 1 + (seed >> 16) % 12;
    for (int i = 0; i < count; i++) {
      seed = seed * 69069u + 1u;
      if (i > 0) text += ' ';
      text += kWords[(seed >> 16) % 16];
    }
    text += '\n';
  }
  std::string partial = path + "." + std::to_string(getpid());
  std::ofstream(partial, std::ios::binary) << text;
  std::rename(partial.c_str(), path.c_str());
  return path;
}

int main(int argc, char** argv) {
  int mib = argc > 1 ? std::atoi(argv[1]) : 1;
  std::ifstream in(ensure_file(mib), std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  std::string text = buffer.str();
  long lines = 0, words = 0;
  bool in_word = false;
  for (unsigned char c : text) {
    if (c == '\n') lines++;
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      in_word = false;
    } else if (!in_word) {
      in_word = true;
      words++;
    }
  }
  long matches = 0;
  size_t at = text.find("dart");
  while (at != std::string::npos) {
    matches++;
    size_t end = text.find('\n', at);
    if (end == std::string::npos) break;
    at = text.find("dart", end + 1);
  }
  std::printf("%ld %ld %zu %ld\n", lines, words, text.size(), matches);
}
