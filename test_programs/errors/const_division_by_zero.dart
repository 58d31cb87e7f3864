const a = 10;
const b = a ~/ 0;

void main() {
  print(b);
}
