// The Computer Language Benchmarks Game's fannkuch-redux: for every permutation of 1..n (in the
// benchmark's order), count the flips of the prefix until 1 is in front; print the alternating
// checksum of the flip counts and the maximum. Verification values from the Benchmarks Game:
// n = 7 gives 228 and 16, n = 10 gives 73196 and 38.
//   fannkuch_redux [n]     (default 7)

void main(List<String> args) {
  final n = args.isEmpty ? 7 : int.parse(args[0]);
  final perm = List<int>.filled(n, 0);
  final perm1 = List<int>.generate(n, (i) => i);
  final count = List<int>.filled(n, 0);
  var maxFlips = 0;
  var checksum = 0;
  var permCount = 0;
  var r = n;
  while (true) {
    while (r != 1) {
      count[r - 1] = r;
      r--;
    }
    for (var i = 0; i < n; i++) {
      perm[i] = perm1[i];
    }
    var flips = 0;
    var k = perm[0];
    while (k != 0) {
      // Reverse perm[0..k].
      var i = 0;
      var j = k;
      while (i < j) {
        final t = perm[i];
        perm[i] = perm[j];
        perm[j] = t;
        i++;
        j--;
      }
      flips++;
      k = perm[0];
    }
    if (flips > maxFlips) maxFlips = flips;
    checksum += permCount.isEven ? flips : -flips;

    // The next permutation: rotate the first r + 1 elements until a counter is left.
    while (true) {
      if (r == n) {
        print('$checksum\nPfannkuchen($n) = $maxFlips');
        return;
      }
      final perm0 = perm1[0];
      for (var i = 0; i < r; i++) {
        perm1[i] = perm1[i + 1];
      }
      perm1[r] = perm0;
      count[r]--;
      if (count[r] > 0) break;
      r++;
    }
    permCount++;
  }
}
