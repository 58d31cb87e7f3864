// Expected output derived by hand from the extension types feature specification
// (dart-lang/language, accepted/3.3/extension-types/feature-specification.md, "Constructors"):
// a non-redirecting generative constructor initializes the representation (initializer list
// or `this.c`), then runs its body with `this` bound to the new value, so `describe()` and
// `this.c` see it; `return;` ends the body early; parameter defaults apply (`note`, `level`);
// a generic extension type's constructor body sees its type argument (`Box<String>`), given or
// inferred. The int literals 212 and 14 are doubles in a `double` context.
extension type Temp(double c) {
  Temp.fromF(double f, {String note = 'none'}) : c = (f - 32) * 5 / 9 {
    print('from $f F ($note): ${describe()}');
    if (c < 0) return;
    print('above freezing');
  }
  Temp.logged(this.c, [int level = 1]) {
    print('logged $c at level $level, this.c=${this.c}');
  }
  String describe() => '${c.toStringAsFixed(1)} C';
}
extension type Box<T>(T value) {
  Box.made(T v) : value = v {
    print('made Box<$T>($value)');
  }
}
void main() {
  var t = Temp.fromF(212);
  print(t.c);
  var u = Temp.fromF(14, note: 'cold');
  print(u.describe());
  print(Temp.logged(3.5).c);
  print(Temp.logged(4.5, 2).c);
  print(Box.made('x').value);
  print(Box<int>.made(2).value);
}
