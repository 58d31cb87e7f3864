int compute() => 3;

const limit = compute();

void main() {
  print(limit);
}
