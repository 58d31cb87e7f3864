// Expected output derived by hand from the extension types feature specification
// (dart-lang/language, accepted/3.3/extension-types/feature-specification.md, "Constructors")
// and the language specification's initializer lists: an assert in a constructor's
// initializer list runs (compiled with --enable-asserts, see asserts.flags) before the
// representation is initialized or the redirection happens; a failing one throws an
// AssertionError with its message.
extension type Pos(int v) {
  Pos.checked(int x)
      : assert(x > 0, 'must be positive: $x'),
        v = x;
  Pos.redirect(int x) : assert(x != 0), this(x * 10);
}
void main() {
  print(Pos.checked(5).v);
  print(Pos.redirect(2).v);
  try {
    Pos.checked(-1);
    print('no assert');
  } on AssertionError catch (e) {
    print('assert: ${e.message}');
  }
}
