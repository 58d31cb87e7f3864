// Locals initialized with a list literal and never assigned hold exactly a _GrowableList of the
// literal's element type, so an `add` of a value whose static type is that element type needs no
// covariant check (codegen/src/exact_receivers.cpp; toList of the lazy iterables adds to such a
// `<E>[]`). The check stays where it is not proven: a literal of a narrower type behind a wider
// static type, and locals that are assigned again. Expected output derived from the SDK's
// semantics: List.add checks its argument against the list's reified element type and throws a
// TypeError when it fails; a list literal's reified element type is its written (or inferred)
// type argument, also when that is a type parameter (then the caller's type argument).

List<T> collect<T>(Iterable<T> xs) {
  final out = <T>[];
  for (final x in xs) {
    out.add(x);
  }
  return out;
}

String addChecked(List<num> target, num value) {
  try {
    target.add(value);
    return 'added ${target.length}';
  } on TypeError {
    return 'TypeError';
  }
}

void main() {
  final ints = collect<int>([3, 1, 2]);
  print('$ints ${ints is List<int>} ${ints is List<String>}');
  final nums = collect<num>(<int>[1, 2]);
  print('$nums ${nums is List<num>} ${nums is List<int>} ${addChecked(nums, 2.5)} $nums');
  final maybe = collect<String?>(['a', null, 'c']);
  print('$maybe ${maybe is List<String?>} ${maybe is List<String>}');

  // A literal of a narrower type behind a wider static type keeps the check.
  List<num> narrow = <int>[1];
  print(addChecked(narrow, 2));
  print(addChecked(narrow, 2.5));
  print('$narrow');

  // Assigned again: the local may hold another list, the check stays.
  var changing = <num>[1];
  if (ints.length == 3) changing = <int>[7];
  print(addChecked(changing, 1.5));
  print('$changing');

  // toList of lazy iterables: the list has the iterable's element type.
  final evens = <num>[1, 2.0, 3, 4].where((x) => x is int && x.isEven).toList();
  print('$evens ${evens is List<num>} ${evens is List<int>} ${addChecked(evens, 0.5)} $evens');
  final strings = ints.map((x) => 'n$x').where((s) => s != 'n1').toList();
  print('$strings ${strings is List<String>}');
}
