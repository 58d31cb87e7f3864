// An extension type and its representation type are distinct static types: neither is
// assignable to the other (unless the extension type implements the representation type), and
// one that implements no non-nullable type is not a subtype of Object.
extension type IdNumber(int id) {}

void main() {
  IdNumber n = 42;
  int i = IdNumber(1);
  Object o = IdNumber(2);
  Object? ok = IdNumber(3);
  print(n);
  print(i);
  print(o);
  print(ok);
}
