// Everyday code: building and parsing strings in C++ (see strings.dart): std::string appends
// with std::to_string, find/substr, std::stol, a find-and-replace loop and std::toupper.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

std::string replaceAll(const std::string& text, const std::string& from, const std::string& to) {
  std::string result;
  size_t start = 0;
  while (true) {
    size_t found = text.find(from, start);
    if (found == std::string::npos) break;
    result.append(text, start, found - start);
    result += to;
    start = found + from.size();
  }
  result.append(text, start, std::string::npos);
  return result;
}

long round(long r) {
  std::string text;
  for (long i = 0; i < 1000; i++) {
    text += "item ";
    text += std::to_string(i);
    text += ": ";
    text += std::to_string((i * 7 + r) % 1000);
    text += "\n";
  }
  long checksum = static_cast<long>(text.size());

  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    start = end + 1;
    if (line.empty()) continue;
    size_t colon = line.find(':');
    std::string name = line.substr(0, colon);
    long value = std::stol(line.substr(colon + 2));
    checksum += value + static_cast<long>(name.size());
  }

  std::string renamed = replaceAll(text, "item", "entry");
  checksum += static_cast<long>(renamed.size());
  std::string upper = renamed;
  std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return std::toupper(c); });
  checksum += static_cast<unsigned char>(upper[upper.size() / 2]);

  std::string keys;
  for (long i = 0; i < 100; i++) {
    keys = std::to_string(i) + "-" + std::to_string(i * i);
    checksum += static_cast<long>(keys.size());
  }
  return checksum;
}

}  // namespace

int main(int argc, char** argv) {
  long rounds = argc > 1 ? std::atol(argv[1]) : 1;
  long checksum = 0;
  for (long r = 0; r < rounds; r++) checksum += round(r);
  std::printf("%ld\n", checksum);
  return 0;
}
