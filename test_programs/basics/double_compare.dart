// Expected output derived by hand from IEEE 754 comparison semantics (NaN compares false with
// everything, 0.0 == -0.0) and Dart's mixed int/double comparisons by value.
void main() {
  double nan = 0.0 / 0.0;
  print(nan == nan);
  print(nan < 1.0);
  print(nan > 1.0);
  print(0.0 == -0.0);
  print(1 == 1.0);
  print(2 < 2.5);
  print(3.0 >= 3);
  num n = 3;
  num m = 3.0;
  print(n == m);
  print(n + m);
  print(n * 2);
  print(m * 2);
  print(n / 2);
  print(n.toDouble());
  print(7.9.toInt());
  print((-7.9).toInt());
  print(nan.isNaN);
  print((-0.0).isNegative);
  print((2.5).abs());
  print((-2.5).abs());
}
