// compose's closure `(x) => f(g(x))` when the closures it makes are kept in a list and called
// from there (in the closures benchmark each is made and called in one function, and inlined
// whole): its context's f and g are never assigned after their declaration, so they are read
// invariantly, as the closure's own fields are.
int Function(int) compose(int Function(int) f, int Function(int) g) => (x) => f(g(x));

void main(List<String> args) {
  final fs = <int Function(int)>[];
  for (var r = 0; r < 3 + args.length; r++) {
    fs.add(compose((x) => x * 2, (x) => x + r));
    fs.add(compose((x) => x - r, (x) => x * x));
  }
  var sum = 0;
  for (final f in fs) {
    sum += f(5);
  }
  print(sum); // r = 0, 1, 2: (5 + r) * 2 and 25 - r: 10 + 12 + 14 + 25 + 24 + 23 = 108
}
