// A function value called through `dynamic` or `Function` checks its arguments against the
// parameters' types, as the VM does for dynamic invocations ("type 'String' is not a subtype of
// type 'int' of 'a'", sdk/lib/_internal/vm/lib/errors_patch.dart's _TypeError with the
// parameter's name); before, the value reached the function unchecked.
int twice(int a) => 2 * a;

String label(String text, {int width = 0, required bool upper}) => upper ? text.toUpperCase() : text.padLeft(width);

void main() {
  dynamic f = twice;
  Function g = label;
  print(f(21));
  print(g('x', width: 3, upper: false));
  for (Object? Function() call in [
    () => f('21'),
    () => f(null),
    () => g(1, upper: true),
    () => g('x', width: 'wide', upper: true),
    () => g('x', upper: 'yes'),
    () {
      dynamic h = ([int n = 1]) => n;
      return h('one');
    },
  ]) {
    try {
      print(call());
    } on TypeError catch (e) {
      print(e);
    }
  }
}
