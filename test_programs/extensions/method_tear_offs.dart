// Tear-offs of extension methods (language specification, "Extension method tear-offs"):
// `o.m` for an extension method m is a closure `(params) => E(o).m(params)` in which `o` is
// evaluated once, at the tear-off. Its parameters, defaults included, are the method's; an
// explicit application `E(o).m` tears off the same way; the extension's type arguments are
// those inferred for the receiver's static type at the tear-off. Expected output by hand.
extension Scale on List<int> {
  List<int> scaled(int factor, [int offset = 0]) => [for (final x in this) x * factor + offset];
  int sumWith({int extra = 100}) => fold(extra, (a, b) => a + b);
}

extension Describe<T> on T {
  String describe(String label) => '$label: $this (${T == int ? 'int' : 'other'})';
}

int counter = 0;
List<int> nextList() {
  counter++;
  return [counter, counter * 10];
}

String apply(String Function(String) f) => f('value');

void main() {
  final numbers = [1, 2, 3];
  final scale = numbers.scaled;
  print(scale(2));
  print(scale(3, 1));
  final sum = numbers.sumWith;
  print(sum());
  print(sum(extra: 0));
  numbers.add(4);
  print(sum(extra: 0));

  final fromCall = nextList().scaled;
  print(counter);
  print(fromCall(1));
  print(fromCall(1));
  print(counter);

  final explicit = Scale([5]).sumWith;
  print(explicit());

  print(apply(7.describe));
  print(apply('s'.describe));
  print(['a', 'b'].map(3.describe).toList());
}
