// Recursive Fibonacci: almost nothing but calls, so it shows the cost of the stack overflow check
// in each function entry (tools/bench/stack_checks, README "stack overflow checks").
//   fib [n]     (default 35)

int fib(int n) => n < 2 ? n : fib(n - 1) + fib(n - 2);

void main(List<String> args) {
  int n = args.isNotEmpty ? int.parse(args[0]) : 35;
  print('fib($n) = ${fib(n)}');
}
