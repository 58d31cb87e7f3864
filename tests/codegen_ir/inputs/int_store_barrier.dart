// Stores of ints into a list that may be old (issue 10, branch freshlists): a value known to fit a
// Smi (here masked to 16 bits) is stored with no write-barrier test, while any int may be a boxed
// 64-bit integer, a heap object, and keeps the test. Kept out of main (never-inline) so that each
// check reads its own function.
@pragma('vm:never-inline')
void storeMasked(List<int> values, int i, int v) {
  values[i] = v & 0xFFFF;
}

@pragma('vm:never-inline')
void storeAny(List<int> values, int i, int v) {
  values[i] = v;
}

void main(List<String> args) {
  final values = List<int>.filled(4, 0);
  storeMasked(values, 1, 0x12345 + args.length);
  storeAny(values, 2, (1 << 62) + args.length);
  print(values);
}
