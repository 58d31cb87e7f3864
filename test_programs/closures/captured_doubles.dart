// Captured double variables (issue 10: their context slot holds a box of its own that writes
// update in place, instead of a new box per write). What must not change: every closure sees the
// variable's current value; values taken from the variable (stored in a list, passed on) keep the
// value they had; each loop iteration's variable is a binding of its own; a variable declared
// without initializer is assigned before it is read. Semantics of closures and loop bindings from
// the language specification (17.x "Closures", "For Loop": a fresh variable per iteration).
//
// Expectations derived by hand from those rules.
class Tripler {
  final double Function() f;
  Tripler(double v) : f = (() => v * 3);
}

double Function() counter(double p) {
  return () => p += 1;
}

void main(List<String> args) {
  final z = args.length;
  var total = 0.5 + z;
  final seen = <double>[];
  void add(double x) {
    total += x;
    seen.add(total);
  }

  for (var i = 0; i < 4; i++) {
    add(i * 1.5);
  }
  total = total * 2;
  seen.add(total);
  total -= 1;
  print(seen); // [0.5, 2.0, 5.0, 9.5, 19.0]
  print(total); // 18.0

  // One binding per iteration: each closure keeps its own.
  final getters = <double Function()>[];
  final setters = <void Function(double)>[];
  for (var d = 0.25; d < 1; d += 0.25) {
    getters.add(() => d);
    setters.add((v) => d = v);
  }
  setters[1](10.0);
  print(getters.map((g) => g()).toList()); // [0.25, 10.0, 0.75]

  // A loop body's variable: fresh per iteration too.
  final bodies = <double Function()>[];
  for (var i = 0; i < 3; i++) {
    var acc = i * 10.0;
    bodies.add(() => acc += 1);
  }
  print([bodies[0](), bodies[0](), bodies[2](), bodies[1]()]); // [1.0, 2.0, 21.0, 11.0]

  // Declared without initializer, assigned later, read by a closure.
  double late1;
  if (z == 0) {
    late1 = 3.25;
  } else {
    late1 = -1.0;
  }
  double read() => late1;
  late1 += 1;
  print(read()); // 4.25

  // Values read from the variable are values: later writes do not change them.
  var x = 1.0;
  void bump() => x += 1;
  final a = x;
  final List<Object> boxes = [x, x];
  bump();
  bump();
  print([a, boxes[0], boxes[1], x]); // [1.0, 1.0, 1.0, 3.0]
  print(identical(boxes[0], boxes[1])); // true: identical doubles with the same value

  // Nested closures and a sum over a list with forEach.
  var sum = 0.0;
  [1.0, 2.5, -0.5].forEach((v) {
    void inner() => sum += v;
    inner();
  });
  print(sum); // 3.0
  print(sum.isNaN || sum.isInfinite); // false
  var nan = double.nan;
  void mix() => nan += 1;
  mix();
  print(nan.isNaN); // true

  // Other declarations: a for-in variable, a catch variable, parameters (of a constructor in
  // its initializer list and of a function), a local in a while body, a nested closure's own,
  // and a late local (kept as before).
  final fs = <double Function()>[];
  for (final double d in [0.5, 1.5]) {
    fs.add(() => d * 2);
  }
  try {
    throw 9.5;
  } on double catch (e) {
    fs.add(() => e);
  }
  fs.add(Tripler(2.0).f);
  final g = counter(10.0);
  g();
  fs.add(g);
  var i = 0;
  while (i < 2) {
    double q = i * 1.0;
    fs.add(() => q += 100);
    i++;
  }
  fs.add(() {
    double inner = 1.0;
    double h() => inner *= 2;
    h();
    return h();
  });
  late double lt = 5.5;
  fs.add(() => lt);
  print(fs.map((f) => f()).toList()); // [1.0, 3.0, 9.5, 6.0, 12.0, 100.0, 101.0, 4.0, 5.5]
}
