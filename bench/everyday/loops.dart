// Everyday code: loops over lists. Each round sums a List<int> and a List<double> of 10,000
// elements with an indexed for loop, a for-in loop and forEach with a closure. Prints a checksum.
//   loops [rounds]     (default 1)

int round(List<int> ints, List<double> doubles) {
  var checksum = 0;
  for (var i = 0; i < ints.length; i++) {
    checksum += ints[i];
  }
  for (final x in ints) {
    checksum += x >> 1;
  }
  ints.forEach((x) {
    checksum += x & 7;
  });

  var total = 0.0;
  for (var i = 0; i < doubles.length; i++) {
    total += doubles[i];
  }
  for (final d in doubles) {
    total -= d * 0.5;
  }
  doubles.forEach((d) {
    total += d * 0.25;
  });
  return checksum + total.toInt();
}

void main(List<String> args) {
  final rounds = args.isEmpty ? 1 : int.parse(args[0]);
  final ints = List<int>.generate(10000, (i) => i * 3);
  final doubles = List<double>.generate(10000, (i) => i * 0.5);
  var checksum = 0;
  for (var r = 0; r < rounds; r++) {
    checksum += round(ints, doubles);
  }
  print(checksum);
}
