// Tear-offs of generic extension methods. Following the language specification ("Extension
// method tear-offs": `o.m` is the closure `<X>(params) => E<T>(o).m<X>(params)`, generic when
// m is, with the receiver evaluated once at the tear-off, and the extension's type arguments
// those inferred from the receiver's static type) and "Generic Function Instantiation" (a
// generic closure where a non-generic function type is expected is instantiated with the type
// arguments inferred from that type). Runtime types print as the VM prints function types
// (FunctionType::Print: type parameters named Y0, Y1, unprinted bounds Object?/dynamic).
// Expected output by hand from those rules.
extension Folding<T> on List<T> {
  T first2() => this[0];
  R fold2<R>(R init, R Function(R, T) combine) {
    var acc = init;
    for (var x in this) acc = combine(acc, x);
    return acc;
  }

  Map<K, List<T>> groupBy<K extends Object>(K Function(T) key, {bool reversed = false}) {
    var out = <K, List<T>>{};
    for (var x in reversed ? this.reversed : this) (out[key(x)] ??= <T>[]).add(x);
    return out;
  }

  List<S> castAll<S extends T>() => [for (var x in this) x as S];
}

extension on int {
  R twice<R>(R Function(int) f) => f(this * 2);
}

int counter = 0;
List<int> numbers() {
  counter++;
  return [3, 1, 4, 1, 5];
}

// Inside a generic function: the extension's argument is the caller's type parameter.
Object tearIn<X>(List<X> list) => list.fold2;

void main() {
  // Non-generic method of a generic extension (already supported) next to generic ones.
  var first = numbers().first2;
  print('first2: ${first.runtimeType} ${first()}');

  var fold = numbers().fold2;
  print('counter after tear-off: $counter');
  print('fold2: ${fold.runtimeType}');
  print(fold<String>('', (a, b) => '$a$b'));
  print(fold<int>(0, (a, b) => a + b));
  print('counter after calls: $counter');

  // Instantiated tear-offs: by the context type, and explicitly.
  int Function(int, int Function(int, int)) sum = numbers().fold2;
  print('instantiated: ${sum.runtimeType} ${sum(100, (a, b) => a + b)}');
  var asText = numbers().fold2<String>;
  print('explicit: ${asText.runtimeType} ${asText('>', (a, b) => '$a$b')}');

  // Bounds that mention the extension's type argument, and named parameters with defaults.
  var group = numbers().groupBy;
  print('groupBy: ${group.runtimeType}');
  print(group<bool>((x) => x.isOdd));
  print(group<int>((x) => x % 3, reversed: true));
  List<num> nums = <int>[1, 2];
  var cast = nums.castAll;
  print('castAll: ${cast.runtimeType} ${cast<int>()}');

  // An unnamed extension, an explicit application, a null-aware receiver.
  var tw = 21.twice;
  print('twice: ${tw.runtimeType} ${tw<String>((x) => 'v$x')}');
  var viaOverride = Folding<num>(<int>[1, 2]).fold2;
  print('override: ${viaOverride.runtimeType}');
  List<String>? maybe = ['a', 'b'];
  var nullAware = maybe?.fold2;
  print('null-aware: ${nullAware.runtimeType}');

  // Type tests against generic function types.
  Object o = numbers().fold2;
  print(o is R Function<R>(R, R Function(R, int)));
  print(o is R Function<R>(R, R Function(R, String)));
  print(o is R Function<R>(R, R Function(R, Never)));
  print(tearIn<String>(['x']).runtimeType);
  print(tearIn<double>([1.5]) is R Function<R>(R, R Function(R, double)));
}
