// A for-in loop over a growable list (issue 10): the iterator's moveNext and current are
// inlined into the loop.
@pragma('vm:never-inline')
int sum(List<int> xs) {
  var s = 0;
  for (final x in xs) s += x;
  return s;
}

void main(List<String> args) {
  // 0 + 1 + ... + 99 = 4950.
  print(sum(List<int>.generate(100 + args.length, (i) => i)));
}
