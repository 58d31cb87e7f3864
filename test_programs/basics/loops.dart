// Expected output derived by hand by following each loop's control flow.
void main() {
  var sum = 0;
  for (var i = 1; i <= 100; i++) {
    sum += i;
  }
  print(sum);

  var n = 0;
  while (n < 5) {
    n++;
    if (n == 2) continue;
    if (n == 4) break;
    print('while $n');
  }

  var k = 10;
  do {
    print('do $k');
    k -= 3;
  } while (k > 0);

  outer:
  for (var i = 0; i < 3; i++) {
    for (var j = 0; j < 3; j++) {
      if (j == 2) continue outer;
      if (i == 2) break outer;
      print('$i,$j');
    }
  }

  var count = 0;
  for (;;) {
    if (++count >= 3) break;
  }
  print(count);

  int product = 1;
  for (int i = 1, j = 10; i < j; i++, j--) {
    product *= i;
  }
  print(product);
}
