// Iterable members on sync* iterables (expected output derived by hand from the language
// specification and the SDK's Iterable (sdk/lib/core/iterable.dart) and its lazy views
// (sdk/lib/internal/iterable.dart): map/where/take/skip/expand are lazy views that pull
// through the generator's iterator only as far as needed; first/isEmpty stop after one
// element; length, toList, join, fold, contains and elementAt iterate (from a fresh run each
// time), and toString prints `(a, b, c)`. The body prints what it yields, which shows how far
// each operation runs it.
Iterable<int> numbers(int n) sync* {
  for (int i = 1; i <= n; i++) {
    print('yield $i');
    yield i;
  }
}

Iterable<int> fibonacci() sync* {
  int a = 0, b = 1;
  while (true) {
    yield a;
    int next = a + b;
    a = b;
    b = next;
  }
}

void main() {
  print(numbers(3).first);
  print(numbers(0).isEmpty);
  print(numbers(2).length);
  Iterable<int> doubled = numbers(4).map((int x) => x * 2);
  print('mapped');
  print(doubled.take(2).toList());
  print(numbers(6).where((int x) => x.isOdd).skip(1).first);
  print(numbers(3).fold<int>(0, (int s, int x) => s + x));
  print(numbers(3).contains(2));
  print(numbers(3).elementAt(1));
  print(numbers(2).expand((int x) => [x, x]).join('-'));
  print(fibonacci().take(12).toList());
  print(fibonacci().skip(10).first);
  print(fibonacci().where((int x) => x.isEven).take(5).toList());
  print(fibonacci().takeWhile((int x) => x < 30).toString());
  print(fibonacci().firstWhere((int x) => x > 1000));
  print(fibonacci().map((int x) => 'f$x').take(3).last);
  print(Set<int>.from(fibonacci().take(6)));
  print(List<int>.of(fibonacci().take(4)).reversed.toList());
  print(fibonacci().take(3).any((int x) => x == 1));
  print(fibonacci().take(5).every((int x) => x < 3));
}
