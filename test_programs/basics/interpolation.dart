// Expected output derived by hand: interpolation inserts each value's toString() (ints, doubles
// with Dart's formatting, bools, null).
void main() {
  int n = 42;
  double d = 2.5;
  bool b = true;
  String name = 'dartc';
  Object? nothing = null;
  print('n=$n d=$d b=$b name=$name nothing=$nothing');
  print('sum: ${n + 8}, product: ${n * d}');
  print('nested: ${'inner ${n ~/ 2}'}');
  print('${name.length} chars');
  print('$n$n');
  print('price: \$${d * 4}');
  print('${1 / 4} ${1e21} ${-0.0}');
  var message = 'The answer is ' '$n' '!';
  print(message);
}
