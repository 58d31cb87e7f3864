// Recursion that exhausts the stack throws StackOverflowError (toString 'Stack Overflow'), which
// an `on StackOverflowError` clause catches like any other error; finally clauses of the
// abandoned frames run as it unwinds, and the program then goes on normally (also recursing
// again). Recursion through a direct call, mutual recursion, a method of two implementations
// (called directly once type-flow analysis proves each receiver's class), a closure, and a local
// function. No recursion here can become a loop: LLVM turns `1 + f(n - 1)` with a direct call
// into one (accumulator recursion elimination), so recursions through direct calls compute
// `(f(n - 1) + 1) % m` instead, which it cannot; indirect calls it never loops. Nothing recursing allocates, so the test also runs quickly when
// every allocation collects (gc-stress).
//
// Expectations derived by hand from the Dart VM's behaviour (the stack check of every function
// throws StackOverflowError, an Error; its toString is 'Stack Overflow').

const m = 1000000007;

int depth(int n) => n == 0 ? 0 : (depth(n - 1) + 1) % m;

int ping(int n) => n == 0 ? 0 : (pong(n - 1) + 1) % m;
int pong(int n) => n == 0 ? 0 : (ping(n - 1) + 2) % m;

abstract class Walker {
  int walk(int n);
}

class Left implements Walker {
  Walker? next;
  int walk(int n) => n == 0 ? 0 : (next!.walk(n - 1) + 1) % m;
}

class Right implements Walker {
  Walker? next;
  int walk(int n) => n == 0 ? 0 : (next!.walk(n - 1) + 2) % m;
}

int unwound = 0;

int withFinally(int n) {
  try {
    return n == 0 ? 0 : 1 + withFinally(n - 1);  // not a tail call: the finally clause follows
  } finally {
    unwound++;
  }
}

String attempt(String what, int Function() body) {
  try {
    return '$what: ${body()}';
  } on StackOverflowError catch (e) {
    return '$what: caught $e (is Error: ${e is Error})';
  }
}

int fib(int n) => n < 2 ? n : fib(n - 1) + fib(n - 2);

void main() {
  const huge = 1 << 40;
  print(attempt('direct, shallow', () => depth(1000)));
  print(attempt('direct', () => depth(huge)));
  print(attempt('mutual, shallow', () => ping(10)));
  print(attempt('mutual', () => ping(huge)));

  var left = Left();
  var right = Right();
  left.next = right;
  right.next = left;
  print(attempt('dispatch, shallow', () => left.walk(10)));
  print(attempt('dispatch', () => left.walk(huge)));

  late int Function(int) closure;
  closure = (int n) => n == 0 ? 0 : 1 + closure(n - 1);
  print(attempt('closure, shallow', () => closure(100)));
  print(attempt('closure', () => closure(huge)));

  int local(int n) => n == 0 ? 0 : (local(n - 1) + 1) % m;
  print(attempt('local function', () => local(huge)));

  try {
    withFinally(huge);
    print('not reached');
  } catch (e, st) {
    print('catch-all: $e, trace is a StackTrace: ${st is StackTrace}');
  }
  print('finally clauses ran while unwinding: ${unwound > 1000}');

  // The stack is usable again, to its full depth.
  print(attempt('again', () => depth(huge)));
  print(attempt('deep but not too deep', () => depth(20000)));
  print('fib(25) = ${fib(25)}');
  print('done');
}
