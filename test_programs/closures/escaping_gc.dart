// Closures that escape the frame that created them and outlive many garbage collections: the
// variables they capture (ints, strings, lists, other closures) stay alive and mutable, while
// garbage allocated in between is collected. About 100 MB is allocated after the closures are
// made, so the collector runs several times (its threshold is 16 MiB); under DARTC_GC_STRESS=1 it
// runs at every allocation.
//
// Expectations derived by hand: sum of i*i for i < 1000 is 999*1000*1999/6 = 332833500, plus the
// lengths of 'v0'..'v999' (10*2 + 90*3 + 900*4 = 3890); the counters and the chain are counted
// by hand below.

List<int Function()> makeAll(int n) {
  var result = <int Function()>[];
  for (var i = 0; i < n; i++) {
    var box = [i, i * i];
    var s = 'v$i';
    result.add(() => box[1] + s.length);
  }
  return result;
}

// A counter whose state lives only in its closures.
class CounterPair {
  final void Function() increment;
  final int Function() value;
  CounterPair(this.increment, this.value);
}

CounterPair makeCounterPair(String name) {
  var count = 0;
  var history = <String>[];
  return CounterPair(() {
    count++;
    history.add('$name$count');
  }, () => count * 1000 + history.length);
}

// A chain of closures each calling the previous one.
int Function(int) makeChain(int length) {
  int Function(int) f = (x) => x;
  for (var i = 0; i < length; i++) {
    var previous = f;
    var step = i % 3;
    f = (x) => previous(x) + step;
  }
  return f;
}

int churn(int round) {
  // Large garbage (a 1.6 MB list) and some small garbage.
  var big = List<int>.filled(200000, round);
  var small = <String>[];
  for (var k = 0; k < 20; k++) {
    small.add('g$k/$round');
  }
  return big[round % 200000] + small.length;
}

void main() {
  var fs = makeAll(1000);
  var pair = makeCounterPair('c');
  var chain = makeChain(300);
  var check = 0;
  for (var round = 0; round < 60; round++) {
    check += churn(round);
    pair.increment();
  }
  print(check);
  var sum = 0;
  for (var f in fs) {
    sum += f();
  }
  print(sum);
  print(pair.value());
  print(chain(1));
  for (var round = 0; round < 10; round++) {
    churn(round);
  }
  print(fs[999]());
  print(chain(0));
}
