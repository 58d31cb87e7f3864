// A double captured by a closure and updated in it (as `loops` does with forEach): the closure
// updates the variable's box in place instead of allocating a new box per call (issue 10).
@pragma('vm:never-inline')
double sumQuarters(List<double> values) {
  var total = 0.0;
  values.forEach((d) {
    total += d * 0.25;
  });
  return total;
}

void main(List<String> args) {
  print(sumQuarters(List<double>.generate(100 + args.length, (i) => i * 0.5)));
}
