// Parameters that no implementation reads are removed from directly called functions (issue 11's
// signature shaking, done by LLVM's dead argument elimination once the function table no longer
// holds every function): fib's `label` is never read, `scale` is never passed.
int fib(int n, String label, [int scale = 1]) => n < 2 ? n * scale : fib(n - 1, label) + fib(n - 2, label);

void main(List<String> args) {
  print(fib(20 + args.length, 'unused'));
}
