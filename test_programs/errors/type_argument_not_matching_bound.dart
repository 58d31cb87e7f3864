class Box<T extends num> {
  T value;
  Box(this.value);
}

void main() {
  Box<String> b = Box<String>('a');
  print(b);
}
