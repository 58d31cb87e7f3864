// Function expressions and local functions: arrow and block bodies, local functions that call
// themselves (recursion through their own name), closures returning closures, immediately invoked
// function expressions, optional positional and named parameters with defaults, typedefs,
// function-typed parameters, and calls through `Function`, `dynamic` and `.call`.
//
// Expectations derived by hand from the Dart language specification: a local function's name is
// in scope in its own body; omitted optional parameters take their defaults; a value of static
// type `Function` or `dynamic` is invoked dynamically with the same result; `f.call(...)` is `f(...)`.

typedef IntOp = int Function(int, int);
typedef Greeter = String Function(String name, {String greeting});

int applyOp(IntOp op, int a, int b) => op(a, b);

int twiceApplied(int Function(int) f, int x) => f(f(x));

void main() {
  // Arrow and block bodies.
  var square = (int x) => x * x;
  var describe = (int x) {
    if (x.isEven) return '$x is even';
    return '$x is odd';
  };
  print(square(7));
  print(describe(3));
  print(describe(10));

  // Local functions, recursive ones too.
  int fact(int n) => n <= 1 ? 1 : n * fact(n - 1);
  print(fact(10));
  int fib(int n) {
    if (n < 2) return n;
    return fib(n - 1) + fib(n - 2);
  }
  print(fib(20));

  // A recursive local function that also captures a variable of the enclosing function.
  var visited = <int>[];
  void walk(int n) {
    if (n == 0) return;
    visited.add(n);
    walk(n ~/ 2);
  }
  walk(37);
  print(visited);

  // A local function passed as a value while recursing.
  int depth(List tree) {
    var deepest = 0;
    for (var child in tree) {
      if (child is List) {
        var d = depth(child);
        if (d > deepest) deepest = d;
      }
    }
    return deepest + 1;
  }
  print(depth([1, [2, [3, [4]], 5], [6]]));

  // Immediately invoked function expressions.
  print(((int a, int b) => a - b)(10, 4));
  print(() {
    return 'iife';
  }());

  // Closures returning closures.
  int Function(int) Function(int) adder = (int a) => (int b) => a + b;
  var add5 = adder(5);
  print(add5(1));
  print(adder(100)(23));
  print(twiceApplied(add5, 0));
  print(twiceApplied(square, 3));

  // Optional positional and named parameters with defaults.
  var power = (int base, [int exp = 2]) {
    var r = 1;
    for (var i = 0; i < exp; i++) {
      r *= base;
    }
    return r;
  };
  print(power(3));
  print(power(2, 10));
  String greet(String name, {String greeting = 'Hello', String punct = '!'}) => '$greeting, $name$punct';
  print(greet('Ada'));
  print(greet('Bob', punct: '?'));
  print(greet('Cy', punct: '.', greeting: 'Hi'));
  var opt = ([String? s]) => s ?? 'none';
  print(opt());
  print(opt('some'));
  var req = ({required int a, int b = 1}) => a * b;
  print(req(a: 6));
  print(req(b: 7, a: 6));

  // Typedefs and function-typed parameters.
  IntOp mul = (a, b) => a * b;
  print(applyOp(mul, 6, 7));
  print(applyOp((a, b) => a - b, 1, 2));
  Greeter g = greet;
  print(g('Eve', greeting: 'Hey'));
  print(g('Fay'));

  // Calling through Function, dynamic and .call.
  Function f = mul;
  print(f(3, 4));
  Function h = greet;
  print(h('Zed', greeting: 'Yo'));
  dynamic d = square;
  print(d(9));
  print(square.call(5));
  print(mul.call(2, 3));
  print(f is Function);
  Object o = opt;
  print(o is Function);
  print(o is String);

  // A closure with a void result used for its side effect.
  var log = <String>[];
  void Function(String) record = (s) => log.add(s.toUpperCase());
  record('a');
  record('b');
  print(log);
}
