// Closures passed to the core library's collection methods: map, where, fold, reduce, forEach,
// any, every, firstWhere (with orElse), expand, takeWhile, removeWhere, Map.update/forEach,
// List.generate, and sort comparators; lazy iterables call their closure only when iterated.
//
// Expectations derived by hand from the dart:core documentation of each method (map and where
// are lazy, fold starts from the initial value, reduce from the first element, sort orders by
// the comparator; the comparators below are total orders, so sort's instability cannot show).

class Person {
  final String name;
  final int age;
  Person(this.name, this.age);
}

int Function(int) compose(int Function(int) f, int Function(int) g) => (x) => f(g(x));

void main() {
  var nums = [5, 3, 8, 1, 9, 2];
  print(nums.map((n) => n * 10).toList());
  print(nums.where((n) => n.isOdd).toList());
  print(nums.fold<int>(0, (acc, n) => acc + n));
  print(nums.fold<String>('', (acc, n) => '$acc$n'));
  print(nums.reduce((a, b) => a > b ? a : b));
  var total = 0;
  nums.forEach((n) {
    total += n;
  });
  print(total);
  print(nums.any((n) => n > 8));
  print(nums.every((n) => n > 1));
  print(nums.firstWhere((n) => n > 5));
  print(nums.firstWhere((n) => n > 100, orElse: () => -1));
  print(nums.lastWhere((n) => n < 5));
  print([1, 2, 3].expand((x) => [x, x * x]).toList());
  print(nums.takeWhile((n) => n != 1).toList());
  print(nums.skipWhile((n) => n != 1).toList());
  var ls = [1, 2, 3, 4, 5, 6];
  ls.removeWhere((x) => x % 3 == 0);
  print(ls);
  print(nums.map((n) => n.toString()).where((s) => s != '8').join('-'));

  // Sort comparators.
  var sorted = List.of(nums)..sort((a, b) => b.compareTo(a));
  print(sorted);
  var words = ['pear', 'fig', 'banana', 'kiwi', 'apple'];
  words.sort((a, b) => a.length != b.length ? a.length - b.length : a.compareTo(b));
  print(words);
  var people = [Person('Ann', 31), Person('Bob', 25), Person('Cid', 40), Person('Dee', 25)];
  people.sort((a, b) => a.age != b.age ? a.age - b.age : a.name.compareTo(b.name));
  print(people.map((p) => '${p.name}(${p.age})').join(', '));
  var comparisons = 0;
  var big = List.generate(50, (i) => (i * 37) % 50);
  big.sort((a, b) {
    comparisons++;
    return a - b;
  });
  print('${big.first} ${big.last} ${comparisons > 0}');

  // Lazy iterables run the closure when iterated, every time.
  var calls = 0;
  var lazy = nums.map((n) {
    calls++;
    return n + 1;
  });
  print(calls);
  print(lazy.first);
  print(calls);
  calls = 0;
  print(lazy.toList());
  print(calls);
  print(lazy.toList().length);
  print(calls);

  // Closures stored in a map and a list.
  var ops = <String, int Function(int, int)>{
    'add': (a, b) => a + b,
    'sub': (a, b) => a - b,
    'mul': (a, b) => a * b,
  };
  for (var e in ops.entries) {
    print('${e.key} ${e.value(7, 3)}');
  }
  ops.forEach((k, v) => print('$k:${v(2, 5)}'));
  var adders = List.generate(4, (i) => (int x) => x + i);
  print(adders.map((f) => f(10)).toList());
  var pipeline = [(int x) => x + 1, (int x) => x * 2, (int x) => x - 3];
  print(pipeline.fold<int>(5, (acc, f) => f(acc)));
  print(compose((x) => x * x, (x) => x + 1)(4));

  var counts = <String, int>{};
  for (var w in 'a b a c b a'.split(' ')) {
    counts.update(w, (v) => v + 1, ifAbsent: () => 1);
  }
  print(counts);
  var lengths = <int, List<String>>{};
  for (var w in ['aa', 'b', 'cc', 'ddd', 'e']) {
    lengths.putIfAbsent(w.length, () => []).add(w);
  }
  print(lengths);
}
