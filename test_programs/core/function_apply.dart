// Function.apply.
//
// Expectations derived by hand from the Dart SDK's documentation and the VM's sources
// (sdk/lib/core/function.dart: positional arguments in order, named ones by symbol, null for
// none; sdk/lib/_internal/vm/lib/function_patch.dart: the call is a dynamic closure call, so
// arguments that don't fit the function are a NoSuchMethodError and arguments of the wrong type
// a TypeError naming the parameter, "type 'String' is not a subtype of type 'int' of 'a'").
int sum(int a, [int b = 0, int c = 0]) => a + b + c;

String greet(String name, {String greeting = 'Hello', int times = 1}) => List.filled(times, '$greeting $name').join(', ');

class Counter {
  int n = 0;
  int add(int by) => n += by;
  static String describe(Object o) => 'described $o';
}

T identity<T>(T value) => value;

void main() {
  print(Function.apply(sum, [1]));
  print(Function.apply(sum, [1, 2, 3]));
  print(Function.apply(greet, ['Ada']));
  print(Function.apply(greet, ['Ada'], {#times: 2}));
  print(Function.apply(greet, ['Ada'], {#greeting: 'Hi', #times: 3}));
  print(Function.apply(greet, ['Ada'], {Symbol('gree' + 'ting'): 'Hey'}));
  print(Function.apply(greet, ['Ada'], <Symbol, dynamic>{}));
  Counter counter = Counter();
  print(Function.apply(counter.add, [5]));
  print(Function.apply(counter.add, [2]));
  print(counter.n);
  print(Function.apply(Counter.describe, [42]));
  print(Function.apply((int x) => x * 2, [21]));
  print(Function.apply(() => 'no arguments', null));
  print(Function.apply(() => 'no arguments', [], null));
  print(Function.apply(identity, ['same']));
  int offset = 100;
  print(Function.apply((int x, {int y = 1}) => offset + x * y, [2], {#y: 3}));
  List<dynamic> arguments = [1, 2];
  print(Function.apply(sum, arguments));

  for (void Function() call in [
    () => Function.apply(sum, []),
    () => Function.apply(sum, [1, 2, 3, 4]),
    () => Function.apply(greet, ['Ada'], {#nope: 1}),
  ]) {
    try {
      call();
    } on NoSuchMethodError catch (e) {
      print('NoSuchMethodError: ${e.toString().startsWith('NoSuchMethodError')}');
    }
  }
  try {
    Function.apply(sum, ['one']);
  } on TypeError catch (e) {
    print(e);
  }
}
