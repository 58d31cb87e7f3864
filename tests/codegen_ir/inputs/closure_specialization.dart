// Closures passed to functions that call them (issue 10, closure_specialization.cpp): the
// recursive `walk` and the core library's recursive sort are cloned for the closure created at
// the call site, whose body is inlined into the clone (no indirect call, no dynamic call path).
void walk(List<int> xs, int i, void Function(int) visit) {
  if (i >= xs.length) return;
  visit(xs[i]);
  walk(xs, i + 1, visit);
}

int sumTimes(List<int> xs, int k) {
  var sum = 0;
  walk(xs, 0, (v) => sum += v * k);
  return sum;
}

void main(List<String> args) {
  final xs = List<int>.generate(40 + args.length, (i) => (i * 7) % 40);
  print(sumTimes(xs, 3));
  xs.sort((a, b) => b - a);
  print(xs.first);
}
