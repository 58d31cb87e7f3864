// Issue 10: map/where chains over a list with closures made at the call site (codegen-ir
// where-map-fold-closures-direct; countThirds is the for-in form, run only).

@pragma('vm:never-inline')
int sumOddTriples(List<int> numbers, int r) =>
    numbers.map((x) => x * 3 + r).where((x) => x.isOdd).fold(0, (sum, x) => sum + x);

@pragma('vm:never-inline')
int countThirds(List<int> numbers) {
  var n = 0;
  for (final x in numbers.where((x) => x % 3 == 0).map((x) => x ~/ 3)) {
    n += x;
  }
  return n;
}

void main(List<String> args) {
  final numbers = List<int>.generate(100, (i) => (i * 37) % 100);
  print(sumOddTriples(numbers, args.length));
  print(countThirds(numbers));
  print(thirds(numbers).length);
}

@pragma('vm:never-inline')
List<int> thirds(List<int> numbers) => numbers.where((x) => x % 3 == 0).map((x) => x ~/ 3).toList();
