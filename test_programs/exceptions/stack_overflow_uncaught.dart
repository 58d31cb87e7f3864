// Uncaught deep recursion ends the program like the Dart VM: 'Unhandled exception:', 'Stack
// Overflow' and the stack trace (the recursing function's frames) on stderr, exit code 255. The
// remainder keeps LLVM from turning the recursion into a loop (it does for `1 + nest(n - 1)`).
//
// Expectations derived by hand from the Dart VM's uncaught-exception report for a
// StackOverflowError.

int nest(int n) => n == 0 ? 0 : (nest(n - 1) + 1) % 1000000007;

void main() {
  print('before');
  print(nest(1 << 40));
  print('not reached');
}
