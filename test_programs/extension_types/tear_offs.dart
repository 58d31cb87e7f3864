// Expected output derived by hand from the extension types feature specification
// (dart-lang/language, accepted/3.3/extension-types/feature-specification.md) and the
// constructor tear-off feature (Dart 2.15): `IdNumber.new` and `IdNumber.parse` are functions
// returning the extension type's value, which at run time is the representation value (so a
// list of them prints as the ints); tear-offs of the same constructor are identical constants;
// a generic one is instantiated from the context type (`Box<String> Function(String)`).
extension type IdNumber(int id) {
  IdNumber.parse(String s) : id = int.parse(s);
}
extension type Box<T>(T value) {}
void main() {
  var f = IdNumber.new;
  IdNumber x = f(3);
  print(x.id);
  print(['1', '22'].map(IdNumber.parse).map((i) => i.id + 1).toList());
  print([1, 2].map(IdNumber.new).toList());
  print(identical(IdNumber.new, IdNumber.new));
  Box<String> Function(String) g = Box.new;
  print(g('s').value);
}
