// Dart 3 lets only a `mixin` or a `mixin class` be mixed in. The message and its position (the
// type in the `with` clause) are the analyzer's CLASS_USED_AS_MIXIN diagnostic
// (pkg/analyzer's class_used_as_mixin documentation and tests). The class is still applied, as
// the analyzer does, so using its members reports nothing more.
class Counter {
  int count = 0;
  void increment() => count++;
}

class Base {}

class Tally extends Base with Counter {}

class Pair = Object with Counter;

class Describer {
  String describe() => 'level';
}

enum Level with Describer { low, high }

void main() {
  var t = Tally()..increment();
  print(t.count);
  print(Pair().count);
  print(Level.low.describe());
}
