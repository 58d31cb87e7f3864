// A million for-in loops over a small list: each made a 48-byte iterator (48 MB in all, at
// least two collections); the iterator now lives on the stack, so the loops allocate nothing.
@pragma('vm:never-inline')
int sum(List<int> list) {
  var total = 0;
  for (final x in list) {
    total += x;
  }
  return total;
}

void main() {
  final list = [for (var i = 0; i < 10; i++) i];
  var total = 0;
  for (var i = 0; i < 1000000; i++) {
    total += sum(list);
  }
  print('total: $total');
}
