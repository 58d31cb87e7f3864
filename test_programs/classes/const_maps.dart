// Constant maps and sets inside constant objects: canonicalized like other constants (identical
// when equal, insertion order being part of the value), printed in order, unmodifiable.
// Expectations derived by hand from the language specification (the comment on each line).

class Line {
  final List<int> tags;
  final Map<String, int> meta;
  final Set<String> features;
  const Line(this.tags, this.meta, this.features);
}

const Line topLine = Line([1, 2], {'a': 1, 'b': 2}, {'x', 'y'});

void main() {
  const other = Line([1, 2], {'a': 1, 'b': 2}, {'x', 'y'});
  print(identical(other, topLine)); // true
  print(identical(topLine.meta, const {'a': 1, 'b': 2})); // true
  print(identical(topLine.meta, const {'b': 2, 'a': 1})); // false (order is part of the value)
  print(identical(topLine.features, const {'x', 'y'})); // true
  print(topLine.meta); // {a: 1, b: 2}
  print(topLine.meta['b']); // 2
  print(topLine.features.contains('y')); // true
  print(topLine.features); // {x, y}
  try {
    topLine.meta['c'] = 3;
  } on UnsupportedError {
    print('map put: UnsupportedError'); // map put: UnsupportedError
  }
  try {
    topLine.features.add('z');
  } on UnsupportedError {
    print('set add: UnsupportedError'); // set add: UnsupportedError
  }
  print(topLine.meta.length + topLine.features.length); // 4
}
