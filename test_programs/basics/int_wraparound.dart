// Expected output derived by hand: Dart ints on the VM are 64-bit two's complement and
// arithmetic wraps around (Dart language specification, "Integers"; VM behaviour).
void main() {
  int max = 9223372036854775807;
  int min = -9223372036854775808;
  print(max);
  print(min);
  print(max + 1);
  print(min - 1);
  print(max * 2);
  print(min * -1);
  print(-min);
  print(0x7FFFFFFFFFFFFFFF);
  print(0xFFFFFFFFFFFFFFFF);
  print(0x8000000000000000);
  print(1 << 62);
  print((1 << 62) * 2);
  int big = 4611686018427387904; // 2^62: needs a boxed int in a value word
  Object o = big;
  print(o);
  print(big + big);
  print(1_000_000 * 1_000_000);
}
