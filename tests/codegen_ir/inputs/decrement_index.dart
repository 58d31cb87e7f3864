// `list[k - 1]` with k known non-zero (the loop runs while k > 0): the bounds check `length >u
// k - 1` becomes `length >=u k` (codegen/src/decrement_compare_folding.cpp), so the loop does
// not compute k - 1 for the check. Kept out of main (never-inline) with a list whose length the
// compiler cannot see.
@pragma('vm:never-inline')
int sumBackwards(List<int> list, int from) {
  var sum = 0;
  for (var k = from; k > 0; k -= 2) {
    sum += list[k - 1];
  }
  return sum;
}

void main(List<String> args) {
  final list = List<int>.generate(10 + args.length, (i) => i + 1);
  print(sumBackwards(list, list.length)); // 10 + 8 + 6 + 4 + 2 = 30
  try {
    sumBackwards(list, list.length + 1);
  } on RangeError catch (e) {
    print(e.invalidValue); // 10
  }
}
