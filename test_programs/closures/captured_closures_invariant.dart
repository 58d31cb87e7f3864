// Captured parameters that nothing assigns are read from their context invariantly (codegen:
// lower_function.cpp), and a closure call whose closure has another shape
// than the static type takes the shared out-of-line dynamic path (closure_dynamic_calls.cpp).
// This checks what must not change: composed closures reading closures from their context while
// other closures run in between; per-iteration bindings of loop variables and of variables
// declared in loop bodies (each closure keeps its own); captured variables that are assigned
// after the closures were made (never read invariantly: closures see the new value), a captured
// parameter among them; optional
// parameters filled in by the dynamic path; an exception thrown through it.
//
// Expected output derived by hand from Dart's semantics: a closure captures the variable, not its
// value; a for loop's variable and a body's variables are fresh per iteration; a call through
// `int Function(int)` of a closure with optional positional parameters passes one argument and
// the others take their defaults.

int Function(int) compose(int Function(int) f, int Function(int) g) => (x) => f(g(x));

int Function(int) twice(int Function(int) f) => compose(f, f);

// A captured parameter that is assigned: the closure sees the new value.
int reassignedParameter(int Function(int) f) {
  final viaF = (int x) => f(x);
  final before = viaF(2);
  f = (x) => x * 10;
  return before + viaF(3);
}

void main() {
  final addThenDouble = compose((x) => x * 2, (x) => x + 3);
  final quad = twice(twice((x) => x + 1));
  var total = 0;
  for (var i = 0; i < 5; i++) {
    total += addThenDouble(i) + quad(i);
  }
  print(total); // sum of 2(i + 3) + (i + 4) for i in 0..4: 50 + 30 = 80

  // Per-iteration bindings.
  final fs = <int Function()>[];
  for (var i = 0; i < 3; i++) {
    final j = i * 10;
    fs.add(() => i + j);
  }
  var k = 0;
  while (k < 3) {
    final m = k;
    fs.add(() => m * 100);
    k++;
  }
  print([for (final f in fs) f()]); // [0, 11, 22, 0, 100, 200]

  // A captured variable assigned after the closure was made.
  var step = 1;
  final next = (int x) => x + step;
  final composed = compose(next, next);
  print(composed(0)); // 2
  step = 5;
  print(composed(0)); // 10
  var counter = 0;
  final bump = () => ++counter;
  final readCounter = () => counter;
  bump();
  bump();
  print('${readCounter()} $counter'); // 2 2

  // A closure from a captured variable that is reassigned: the new closure is called.
  int Function(int) op = (x) => x + 1;
  final viaOp = (int x) => op(x);
  print(viaOp(1)); // 2
  op = (x) => x * 7;
  print(viaOp(1)); // 7
  print(reassignedParameter((x) => x + 1)); // 3 + 30 = 33

  // The dynamic path: closures whose shape differs from the static type's.
  int Function(int) opt = (int a, [int b = 2, int c = 3]) => a * 100 + b * 10 + c;
  print(opt(1)); // 123
  final composedOpt = compose(opt, opt);
  print(composedOpt(0)); // opt(0) = 23, opt(23) = 2323
  int Function(int) thrower = (int a, [int b = 0]) => throw StateError('thrown $a');
  try {
    print(compose((x) => x, thrower)(4));
  } on StateError catch (e) {
    print(e.message); // thrown 4
  }
}
