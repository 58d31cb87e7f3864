// Expected output derived by hand: the Collatz sequence of 27 takes 111 steps and peaks at
// 9232 (well-known values); the longest chain below 10000 starts at 6171 (261 steps).
int steps(int n) {
  var count = 0;
  while (n != 1) {
    n = n.isEven ? n ~/ 2 : 3 * n + 1;
    count++;
  }
  return count;
}

void main() {
  var n = 27, peak = 27;
  while (n != 1) {
    n = n % 2 == 0 ? n ~/ 2 : 3 * n + 1;
    if (n > peak) peak = n;
  }
  print('27: ${steps(27)} steps, peak $peak');
  var best = 1, bestSteps = 0;
  for (var i = 1; i < 10000; i++) {
    var s = steps(i);
    if (s > bestSteps) {
      best = i;
      bestSteps = s;
    }
  }
  print('longest below 10000: $best ($bestSteps steps)');
}
