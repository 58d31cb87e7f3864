// A recursive function (it needs a stack check of its own) whose forEach closure is inlined into
// it, with the closure's own stack check: that copy is decided by the function's check, which
// dominates it, so it is removed (issue 10; codegen/src/stack_check_elimination.cpp).
@pragma('vm:never-inline')
double sumDepth(List<double> values, int depth) {
  if (depth == 0) return 0.0;
  var total = 0.0;
  values.forEach((d) {
    total += d * 0.25;
  });
  return total + sumDepth(values, depth - 1);
}

void main(List<String> args) {
  // Each level adds 0.25 * (0 + 0.5 + ... + 49.5) = 618.75; three levels: 1856.25.
  print(sumDepth(List<double>.generate(100 + args.length, (i) => i * 0.5), 3));
}
