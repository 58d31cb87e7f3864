// A program whose only records are constants: the constant alone must keep the core library's
// _Record and its members (==, hashCode, toString, runtimeType; docs/records.md), which tree
// shaking would otherwise remove. Outputs as for any record (records feature specification).
void main() {
  const r = (1, b: 'x');
  print(r);
  print(r.hashCode == r.hashCode);
  print(r == const (1, b: 'x'));
  Object o = r;
  print(o is Record);
  print(o.runtimeType);
}
