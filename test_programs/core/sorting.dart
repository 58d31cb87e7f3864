// List.sort uses the Dart SDK's algorithm (sdk/lib/internal/sort.dart: insertion sort up to 33
// elements, dual-pivot quicksort above), which is not stable: the order it leaves elements that
// compare equal is part of what programs print.
//
// How the expectations were checked: the "n=... mod=..." lines are what tools/dart_sort.py
// prints, a line-by-line Python transcription of the SDK's sort.dart run on the same records;
// the other lines follow from the documented orderings (Comparable.compare for ints, doubles
// with -0.0 before 0.0 and NaN last, strings by UTF-16 code units).
class Record {
  final int key;
  final int id;
  Record(this.key, this.id);
  String toString() => '$key:$id';
}

List<Record> records(int n, int modulus, int multiplier) =>
    [for (var i = 0; i < n; i++) Record(i * multiplier % modulus, i)];

void main() {
  for (var c in [
    [20, 4, 7],
    [100, 5, 13],
    [300, 7, 31],
    [1000, 3, 17]
  ]) {
    var a = records(c[0], c[1], c[2]);
    a.sort((x, y) => x.key.compareTo(y.key));
    print('n=${c[0]} mod=${c[1]}: ${a.take(40).join(' ')}');
    print('  ids at the end: ${a.skip(a.length - 10).map((r) => r.id).join(' ')}');
  }

  var ints = [5, -3, 9, 0, 9, -3, 100, 42];
  ints.sort();
  print(ints);
  var doubles = [2.5, -0.0, double.nan, 0.0, -1.5, double.infinity, 1.0];
  doubles.sort();
  print(doubles);
  var mixed = <num>[3, 1.5, -2, 0.0, 2];
  mixed.sort();
  print(mixed);
  var strings = ['pear', 'Apple', 'apple', 'banana', 'Banana', '', 'a'];
  strings.sort();
  print(strings);
  strings.sort((a, b) => a.length.compareTo(b.length));
  print(strings);
  var fixed = List<int>.generate(50, (i) => (i * 37) % 50, growable: false);
  fixed.sort((a, b) => b - a);
  print(fixed.take(10));
  var big = List<int>.generate(100000, (i) => (i * 7919) % 100003);
  big.sort();
  var ok = true;
  for (var i = 1; i < big.length; i++) {
    if (big[i - 1] > big[i]) ok = false;
  }
  print('$ok ${big.first} ${big.last}');
  var empty = <int>[];
  empty.sort();
  print(empty);
  var one = [1];
  one.sort();
  print(one);
}
