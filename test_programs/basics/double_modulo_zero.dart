// Found by tools/difftest's self-check. Expected output derived from the Dart VM's double `%`
// (runtime DartModulo: r = fmod(a, b); a zero r becomes +0.0; a negative r gets |b| added), so
// a zero remainder of a negative dividend prints 0.0, never -0.0; `remainder` keeps fmod's sign.
int z = 0;

double mod(double a, double b) => a % b;

void main(List<String> args) {
  z = args.length;
  // Folded by the frontend's constant evaluator.
  print(-4.0 % 2.0);
  print(-0.0 % 5.0);
  print(-6.0 % -3.0);
  // Computed at run time (z is 0, but the compiler cannot know).
  print((z - 4.0) % (z + 2.0));
  print(mod(z - 0.0, 5.0));
  print(mod(-(z + 0.0), 5.0));
  print(mod(z - 6.0, z - 3.0));
  num n = z - 9.0;
  print(n % 3);
  // Non-zero remainders and NaN are unchanged.
  print(mod(z - 4.5, 2.0));
  print(mod(z - 4.5, -2.0));
  print(mod(z + 4.5, -2.0));
  print(mod(z + 1.0, 0.0));
  // remainder keeps the dividend's sign, -0.0 included.
  print((z - 4.0).remainder(2.0));
}
