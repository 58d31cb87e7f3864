// compose's closure `(x) => f(g(x))` kept as a function of its own: the closures it makes are
// called through a list, so no caller inlines its entry (in bench/everyday/closures.dart, which
// this check read before, every call of it is inlined and the entry is deleted). It reads f and
// g from its context, invariantly. Output: 29 (f=x*2 after g=x+1 at 5: 12; x*3 then -1: 14;
// and 3).
int Function(int) compose(int Function(int) f, int Function(int) g) => (x) => f(g(x));

@pragma('vm:never-inline')
int applyAll(List<int Function(int)> fs, int x) {
  var sum = 0;
  for (final f in fs) {
    sum += f(x);
  }
  return sum;
}

void main(List<String> args) {
  final r = args.length + 1;
  final fs = <int Function(int)>[compose((x) => x * 2, (x) => x + r), compose((x) => x - 1, (x) => x * 3), (x) => 3];
  print(applyAll(fs, 5));
}
