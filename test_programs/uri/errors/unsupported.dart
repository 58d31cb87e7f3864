// The parts of Uri that dartc does not provide yet are rejected at compile time with "not
// supported yet" (docs/uri.md), never left to fail at run time.
void main() {
  print(Uri.dataFromString("x"));
  print(Uri.dataFromBytes([1]));
  print(Uri.parse("http://x").data);
}
