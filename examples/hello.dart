// The sample program tools/bootstrap compiles and runs.
int fib(int n) => n < 2 ? n : fib(n - 1) + fib(n - 2);

void main() {
  print('Hello from dartc!');
  for (var i = 0; i <= 10; i++) {
    print('fib($i) = ${fib(i)}');
  }
}
