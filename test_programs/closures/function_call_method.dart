// Expected output derived by hand from the language specification ("Function Types", "Ordinary
// Invocation"): every function has a `call` method: `f.call(args)` invokes `f`, also when `f` has
// the static type `Function` (then like a dynamic call), and `f.call` is the function itself.
int bar(int x) => x + 1;

void main() {
  Function baz = bar;
  print(baz.call(42));
  int Function(int) typed = bar;
  print(typed.call(1));
  var torn = typed.call;
  print(torn(2));
  print(identical(torn, typed));
  var closure = (String s) => s.toUpperCase();
  print(closure.call('hi'));
  Function(int)? maybe = bar;
  print(maybe?.call(9));
  maybe = null;
  print(maybe?.call(9));
  Function named = ({int a = 1, int b = 2}) => a * 10 + b;
  print(named.call(b: 5));
}
