// Resume functions of coroutines use the preserve_none calling convention (codegen/src/
// resume_calling_convention.cpp, docs/generators.md "The cost of a hop"): they save no register,
// so whatever the resuming function needs after a resumption must survive on its own stack. This
// golden keeps many values (ints, doubles, strings, lists) live across resumptions of sync*
// bodies and of async functions, in ordinary functions and in generator bodies that resume other
// generators; throws through chains of resumptions and catches in both kinds of frames; and
// checks the ends of stack traces taken inside nested generators (the body that threw or took
// the trace, named after its function as in the VM, up to main). Expected output derived by
// hand: plain arithmetic over the
// values listed (checked with a Python transcription of pullMany, whose values stay far from
// 2^63), Dart's exception propagation out of moveNext, and the trace format of
// exceptions/stack_trace (frames "#i      <name> (").

Iterable<int> naturals(int from) sync* {
  for (int i = from;; i++) yield i;
}

Iterable<int> scaled(Iterator<int> source, int factor, int stopAt) sync* {
  while (source.moveNext()) {
    final int v = source.current;
    if (v == stopAt) throw StateError('stop at $v');
    yield v * factor;
  }
}

// A generator body that resumes another one and keeps several values across each resumption.
Iterable<String> described(Iterator<int> source) sync* {
  int count = 0;
  double total = 0.5;
  String last = '-';
  final List<int> seen = <int>[];
  int mix = 7;
  while (source.moveNext()) {
    final int v = source.current;
    count++;
    total += v / 4;
    mix = (mix * 31 + v) % 1000003;
    seen.add(v);
    yield '$count:$v:$total:$last:$mix:${seen.length}';
    last = 'v$v';
  }
}

int pullMany(Iterator<int> it, int n) {
  // Many locals live across every resumption.
  int a = 1, b = 2, c = 3, d = 4, e = 5, f = 6, g = 7, h = 8;
  double x = 1.25;
  String s = 's';
  for (int i = 0; i < n && it.moveNext(); i++) {
    final int v = it.current;
    a += v;
    b ^= v;
    c = c * 3 % 1009;
    d += a - b;
    e = e + d % 7;
    f = f * 2 % 997 + v;
    g -= v ~/ 3;
    h = (h + a + b + c + d + e + f + g) % 100003;
    x = x * 0.5 + v / 8;
    if (i % 4 == 0) s += '$i';
  }
  return a + b + c + d + e + f + g + h + x.round() + s.length;
}

Iterable<StackTrace> tracing(Iterator<int> source) sync* {
  while (source.moveNext()) {
    yield StackTrace.current;
  }
}

Iterable<int> innerThrowing() sync* {
  yield 1;
  throw ArgumentError('inner');
}

Future<int> slowAdd(int a, int b) async {
  await null;
  return a + b;
}

Future<int> asyncMany(int n) async {
  int sum = 0;
  int product = 1;
  double avg = 0;
  String tag = '';
  for (int i = 1; i <= n; i++) {
    sum = await slowAdd(sum, i);
    product = product * i % 1000007;
    avg = sum / i;
    tag = '$tag${i % 10}';
  }
  return sum + product + avg.floor() + tag.length;
}

// The names of a trace's frames ("#i      <name> (<position>)"), without positions: the
// innermost and the outermost, which show that the unwinder walked through every resume
// function's frame up to main (how many resumption frames lie between depends on inlining, so
// -O0 shows more).
String frameNames(StackTrace trace) {
  final List<String> names = '$trace'
      .split('\n')
      .where((line) => line.startsWith('#'))
      .map((line) => line.substring(8, line.indexOf(' (')))
      .toList();
  return '${names.first} ... ${names.last}';
}

void main() async {
  print(pullMany(naturals(1).iterator, 200));
  print(pullMany(scaled(scaled(naturals(3).iterator, 2, -1).iterator, 5, -1).iterator, 150));
  for (final line in described(scaled(naturals(1).iterator, 3, -1).iterator).take(4)) {
    print(line);
  }

  // An exception thrown three generators deep, caught by the consumer; its locals intact.
  int before = 41;
  double ratio = 0.25;
  final it = described(scaled(naturals(10).iterator, 1, 13).iterator).iterator;
  final got = <String>[];
  try {
    while (it.moveNext()) {
      got.add(it.current);
      before++;
      ratio *= 2;
    }
  } on StateError catch (e, s) {
    print('caught ${e.message} after ${got.length} with $before $ratio');
    print(frameNames(s));
  }
  print(it.moveNext());

  // Caught inside a generator body that resumes the throwing one, at its yield*.
  Iterable<int> guarded() sync* {
    int kept = 100;
    try {
      yield* innerThrowing();
    } on ArgumentError catch (e) {
      yield kept + (e.message as String).length;
    }
    yield kept * 2;
  }
  print(guarded().toList());

  // A stack trace taken two generators deep: the resumption and the function that pulls.
  final Iterator<StackTrace> traces = tracing(scaled(naturals(1).iterator, 1, -1).iterator).iterator;
  traces.moveNext();
  print(frameNames(traces.current));

  print(await asyncMany(30));
}
