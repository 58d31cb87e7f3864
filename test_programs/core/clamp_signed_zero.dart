// Found while checking edge cases for tools/difftest. Expected output derived from the Dart VM's
// sdk/lib/_internal/vm/lib/double.dart clamp (compares with compareTo, where -0.0 < 0.0 and NaN
// is above every number) and integers.dart clamp (int limits: < and >; otherwise < against the
// lower limit and compareTo against the upper one).
int z = 0;

void main(List<String> args) {
  z = args.length;
  double negZero = -(z + 0.0);
  double zero = z + 0.0;
  print(negZero.clamp(0.0, 1.0));
  print(zero.clamp(-0.0, 1.0));
  print(negZero.clamp(-0.0, 0.0));
  print(zero.clamp(-1.0, -0.0));
  print((z + double.nan).clamp(1.0, 2.0));
  print((z + 2.5).clamp(1, 2));
  print((z + 1.5).clamp(1, 2));
  print((z + 5).clamp(1.5, 2.5));
  print(z.clamp(-0.0, 1.0));
  print((z - 1).clamp(-0.0, 1.0));
  print((z + 7).clamp(1, 3));
  num n = negZero;
  print(n.clamp(0, 1));
}
