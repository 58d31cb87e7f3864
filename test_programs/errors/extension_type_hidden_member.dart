// The representation type's members are not members of the extension type unless it
// implements a type that declares them.
extension type IdNumber(int id) {}

void main() {
  var n = IdNumber(1);
  print(n.isEven);
  n.abs();
  print(n + 1);
}
