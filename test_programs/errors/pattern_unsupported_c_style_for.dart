// Not supported yet (rejected at compile time, docs/patterns.md): a pattern variable declaration
// in a C-style `for` loop (patterns feature specification, "Pattern-for statement").
void main() {
  for (var (i, j) = (0, 10); i < j; i++) print(i);
}
