// Startup: the whole process of printing one line.
void main() {
  print('hello world');
}
