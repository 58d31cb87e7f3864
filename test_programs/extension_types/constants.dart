// Expected output derived by hand from the extension types feature specification
// (dart-lang/language, accepted/3.3/extension-types/feature-specification.md): the primary
// constructor of an extension type declared `const` is a constant constructor, and a constant
// `Ids([3])` is the representation value, the constant list `const [3]` itself ("Dynamic
// semantics": no wrapper object). Constant lists are canonicalized, so the two `const Ids([3])`
// are identical, while two non-constant `Ids([3])` are two lists. A constant of an extension
// type matches a constant pattern by `==` on the representation value.
extension type const Name(String s) {}
extension type const Ids(List<int> ids) {
  int get first => ids[0];
}
extension type Plain(int i) {}
const n = Name('x');
const ids = Ids([1, 2]);
void main() {
  print(n.s);
  print(identical(const Ids([3]), const Ids([3])));
  print(identical(Ids([3]), Ids([3])));
  print(const Ids([7]).first);
  print(ids);
  const local = Name('y');
  print(local);
  print(const <Name>[Name('a')]);
  switch ('x' as Object?) {
    case const Name('x'):
      print('matched const pattern');
  }
}
