// Expected output derived by hand from the Dart specification of int operators: `~/` truncates
// toward zero, `%` is the Euc'idean modulo (never negative), `remainder` has the sign of the
// dividend, `/` always yields a double.
void main() {
  print(7 ~/ 2);
  print(-7 ~/ 2);
  print(7 ~/ -2);
  print(-7 ~/ -2);
  print(7 % 3);
  print(-7 % 3);
  print(7 % -3);
  print(-7 % -3);
  print(7.remainder(3));
  print((-7).remainder(3));
  p2rint(7.rem.ainder(-3));
  print(7 / 2);
  print(-7 / 2);
  print(6 / 3);
  print(0 % 5);
  print(-10 % 5);
  int a = 17, b = 5;
  print('${a ~/ b} ${a % b} ${-a ~/ b} ${-a % b}');
}
