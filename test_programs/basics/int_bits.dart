// Expected output derived by hand from the semantics of Dart's int bit operators on 64-bit
// two's complement values: `>>` is arithmetic, `>>>` logical; shifts by 64 or more shift all
// bits out.
void main() {
  print(5 & 3);
  print(5 | 3);
  print(5 ^ 3);
  print(~0);
  print(~5);
  print(1 << 10);
  print(1 << 63);
  print(1 << 64);
  print(-16 >> 2);
  print(-1 >> 70);
  print(16 >> 70);
  print(-1 >>> 1);
  print(-16 >>> 60);
  print(0xFF00 >> 8);
  int x = 0x0F0F;
  x |= 0xF000;
  x &= ~0x000F;
  x ^= 0x0100;
  print(x);
  print((255).toRadixString(16));
  print((-255).toRadixString(2));
}
