// Expected output derived by hand from the Fibonacci definition (fib(0) = 0, fib(1) = 1);
// fib(30) = 832040 and fib(40) = 102334155 are the well-known values.
int fib(int n) => n < 2 ? n : fib(n - 1) + fib(n - 2);

int fibIterative(int n) {
  int a = 0, b = 1;
  for (int i = 0; i < n; i++) {
    int t = a + b;
    a = b;
    b = t;
  }
  return a;
}

void main() {
  for (var i = 0; i <= 10; i++) {
    print('fib($i) = ${fib(i)}');
  }
  print(fib(30));
  print(fibIterative(40));
  print(fibIterative(90));
}
