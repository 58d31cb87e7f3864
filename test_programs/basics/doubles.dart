// Expected output derived by hand from Dart's double.toString: the shortest digits that round
// trip, decimal notation for exponents in [-7, 21) with a ".0" for integral values, exponential
// notation ("1e+21", "1e-7") outside; NaN, Infinity and -0.0 spelled as the Dart VM does.
void main() {
  print(1.0);
  print(0.1 + 0.2);
  print(1 / 3);
  print(2 / 3);
  print(100.0);
  print(1e20);
  print(1e21);
  print(123456789012345678901.0);
  print(0.000001);
  print(0.0000001);
  print(1.5e-7);
  print(-0.0);
  print(0.0 / 0.0);
  print(1.0 / 0.0);
  print(-1.0 / 0.0);
  print(3.14159);
  print(2.5e300 * 10);
  print(1e308 * 10);
  double d = 7;
  print(d);
  print(d / 2);
  print(5.0 ~/ 2);
  print(-5.5 ~/ 2);
  print(5.5 % 2);
  print(-5.5 % 2);
  print(0.5 + 0.25);
  print(1.0 - 0.9);
  print(1e15);
  print(1e16);
  print(12345.678);
}
