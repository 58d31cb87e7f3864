// Startup: the whole process of printing one line (C's stdio, as a C hello world would).
#include <cstdio>

int main() {
  std::puts("hello world");
  return 0;
}
