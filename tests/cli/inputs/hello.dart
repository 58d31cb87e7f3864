// The smallest program: one print. The size report tests expect main in it and nothing of
// dart:collection kept.
void main() {
  print('Hello, World!');
}
