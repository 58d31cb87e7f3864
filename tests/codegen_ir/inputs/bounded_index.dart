// Lengths are loaded with a value range (codegen/src/length_ranges.cpp, issue 10): an index
// checked against a list's length is below 2^57, so `i + 1` becomes a Smi without the overflow
// test and the mint path behind it. A value with no such bound keeps them.
@pragma('vm:never-inline')
void fillNext(List<int> list) {
  for (var i = 0; i < list.length; i++) {
    list[i] = i + 1;
  }
}

@pragma('vm:never-inline')
void fillFrom(List<int> list, int start) {
  for (var i = 0; i < list.length; i++) {
    list[i] = start + i;
  }
}

void main(List<String> args) {
  final list = List<int>.filled(5 + args.length, 0);
  fillNext(list);
  print(list); // [1, 2, 3, 4, 5]
  fillFrom(list, 9223372036854775806);
  print(list[1]); // 9223372036854775807
  print(list[2]); // wraps: -9223372036854775808
}
