// Static fields, `static const`, and lazily initialized statics and top-level variables.
//
// Expectations derived by hand from the Dart language specification (sections "Static
// Variables" and "Lazy initialization" of Dart 3 / null safety): a static or top-level variable
// with a non-constant initializer runs it on the first read, exactly once, and never if the
// variable is written before it is read; `const` variables are compile-time constants whose
// reads run nothing. `trace` prints a line whenever an initializer really runs.

int trace(String name, int value) {
  print('init $name');
  return value;
}

List<String> traceList(String name) {
  print('init $name');
  return <String>[];
}

const int topConst = 6 * 7;
const String greeting = 'hello' ' ' 'world';
final int topFinal = trace('topFinal', 10);
var topVar = trace('topVar', 20);
int topWrittenFirst = trace('topWrittenFirst', 30);
late final String topLate = 'late ${trace('topLate', 1)}';
// Initializers that read other lazy variables: `second` forces `first` while it initializes.
final int second = trace('second', first + 1);
final int first = trace('first', 1);

class Counter {
  static int instances = 0;
  static const int limit = 3;
  static const String label = 'counter' + 's';
  static const List<int> primes = [2, 3, 5, 7];
  static const int twiceLimit = limit * 2;
  static final List<String> log = traceList('Counter.log');
  static int next = trace('Counter.next', 100);
  static late int lateStatic = trace('Counter.lateStatic', 5);
  static int? unset;

  final int id;

  Counter() : id = ++instances {
    log.add('made $id');
  }

  static int get doubled => instances * 2;
  static set reset(int value) {
    instances = value;
  }

  static int bump() => next++;

  // Unqualified reads of statics from an instance method.
  bool get atLimit => instances >= limit;
}

class Derived extends Counter {
  static int own = trace('Derived.own', 7);
  Derived() : super();
}

int readTopFinalTwice() => topFinal + topFinal;

void main() {
  print('main starts');
  print(topConst);
  print(greeting);
  print(Counter.limit);
  print(Counter.label);
  print(Counter.primes);
  print(Counter.twiceLimit);
  print(Counter.unset);

  topWrittenFirst = 1;
  print(topWrittenFirst);

  print(topFinal);
  print(topFinal + 1);
  for (int i = 0; i < 3; i++) {
    print(readTopFinalTwice());
  }

  print(topVar);
  topVar += 5;
  print(topVar);

  print(Counter.instances);
  var a = Counter();
  var b = Counter();
  print('${a.id} ${b.id} ${Counter.instances} ${Counter.doubled} ${b.atLimit}');
  var c = Derived();
  print('${c.id} ${c.atLimit}');
  print(Counter.log);

  print(Counter.bump());
  print(Counter.bump());
  print(Counter.next);
  Counter.next = 0;
  print(Counter.bump());

  Counter.reset = 10;
  print(Counter.instances);
  Counter.unset ??= 4;
  print(Counter.unset);

  print(Counter.lateStatic);
  print(Counter.lateStatic);
  print(Derived.own);
  Derived.own *= 3;
  print(Derived.own);

  print(topLate);
  print(topLate.length);

  print(second);
  print(first);
  print('main ends');
}
