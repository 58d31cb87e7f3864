// sync* runs abandoned before their end are collected with their iterators, and runs still
// held keep everything their suspended bodies refer to. Expected output derived from the
// language specification's sync* semantics (docs/generators.md, "Behaviour": a run resumes
// from its last yield with its locals as they were; one abandoned never runs again) and plain
// arithmetic. The heap limit in abandoned_runs.env (32 MB) is what the test is about: 40,000
// abandoned runs each holding a 4 KB list would need about 160 MB if their frames stayed
// roots, as they did before (the program then ends with "Out of Memory").

Iterable<int> holding(int seed) sync* {
  final block = List<int>.filled(512, seed);  // about 4 KB, referred to only by the frame
  yield block[0];
  yield block[511] + 1;
}

// Between its yields each run makes a list that only its frame refers to, as the last
// allocation before the yield: once the frame has survived a collection (round one, then the
// churn), that list is younger than the frame when the run suspends, and the frame's stores
// have no write barrier.
Iterable<int> growing(int seed) sync* {
  var first = [seed];
  yield first[0];
  var hidden = List<int>.generate(50, (i) => seed + i);
  yield hidden.length;
  var third = <int>[for (var x in hidden) x * 2];
  yield first[0] + hidden[49] + third[49] + hidden.length + third.length;
}

int churn(int rounds) {
  var total = 0;
  for (var i = 0; i < rounds; i++) {
    total += List<int>.filled(64, i).length;
  }
  return total;
}

// Abandoned inside a `yield*` chain: the outer and the nested run go together.
Iterable<int> outer(int n) sync* {
  yield n;
  yield* holding(n);
  yield -1;
}

void main() {
  var sum = 0;
  for (var i = 0; i < 40000; i++) {
    sum += holding(i).first;
  }
  print('abandoned at the first yield: $sum');

  sum = 0;
  for (var i = 0; i < 20000; i++) {
    sum += outer(i).skip(1).first;
  }
  print('abandoned inside yield*: $sum');

  var untouched = 0;
  for (var i = 0; i < 20000; i++) {
    var it = holding(i).iterator;  // never advanced
    if (it is Iterator<int>) untouched++;
  }
  print('iterators never advanced: $untouched');

  // Runs kept across collections, resumed in three rounds.
  var runs = [for (var i = 0; i < 500; i++) growing(i * 1000).iterator];
  var firsts = 0;
  for (var it in runs) {
    it.moveNext();
    firsts += it.current;
  }
  print('first round: $firsts, churn ${churn(20000)}');
  var lengths = 0;
  for (var i = 0; i < runs.length; i += 2) {
    runs[i].moveNext();
    lengths += runs[i].current;
  }
  print('second round (every other run): $lengths, churn ${churn(20000)}');
  var check = 0;
  var finished = 0;
  for (var i = 0; i < runs.length; i += 2) {
    var it = runs[i];
    it.moveNext();
    var seed = i * 1000;
    // first[0] + hidden[49] + third[49] + 100 = seed + (seed + 49) + 2 * (seed + 49) + 100
    if (it.current != 4 * seed + 247) throw 'corrupt run $i: ${it.current}';
    check += it.current;
    if (!it.moveNext()) finished++;
  }
  runs = [];
  print('third round: $check, finished $finished, churn ${churn(20000)}');
}
