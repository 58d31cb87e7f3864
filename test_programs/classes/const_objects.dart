// `const` constructors and canonicalized constant instances.
//
// Expectations derived by hand from the Dart language specification ("Constants", "Instance
// creation"/"Const"): two constant object expressions that create instances of the same class
// with identical field values evaluate to the same (identical) object, wherever they appear —
// also through a different const constructor or inside other constants; `new`/implicit-new
// calls of a const constructor create fresh objects; constant lists, maps and sets are
// canonicalized the same way and are unmodifiable (writes throw UnsupportedError). Without an
// `==` override, `==` is identity, so it follows `identical`. Constant maps and sets inside
// constant objects are tested in const_maps.dart.

class P {
  final int x;
  final int y;
  const P(this.x, this.y);
  const P.diagonal(int v)
      : x = v,
        y = v;
  const P.origin() : this(0, 0);
  String toString() => 'P($x, $y)';
}

class Q extends P {
  const Q(super.x, super.y);
}

class Line {
  final P from;
  final P to;
  final List<int> tags;
  final String? note;
  const Line(this.from, this.to, this.tags, [this.note]);
  int get length => (to.x - from.x).abs() + (to.y - from.y).abs();
}

class Style {
  final double weight;
  final bool bold;
  final String font;
  final List<String> features;
  const Style(this.weight, this.bold, this.font, this.features);
}

class Shapes {
  static const P zero = P(0, 0);
  static const List<P> corners = [P(0, 0), P(0, 1), P(1, 0), P(1, 1)];
  static const Line diagonal = Line(P(0, 0), P(1, 1), [1, 2]);
}

const P topP = P(1, 2);
const Line topLine = Line(P(0, 0), P(1, 1), [1, 2]);

P makeConst() => const P(1, 2);
P makeFresh() => P(1, 2);

void check(String what, bool value) => print('$what: $value');

void main() {
  check('const == const', identical(const P(1, 2), const P(1, 2)));
  check('const vs other values', identical(const P(1, 2), const P(2, 1)));
  check('new vs new', identical(P(1, 2), P(1, 2)));
  check('const vs new', identical(const P(1, 2), P(1, 2)));
  check('top-level const', identical(topP, const P(1, 2)));
  check('from two calls', identical(makeConst(), makeConst()));
  check('fresh from two calls', identical(makeFresh(), makeFresh()));
  check('named constructor', identical(const P.diagonal(2), const P(2, 2)));
  check('redirecting constructor', identical(const P.origin(), Shapes.zero));
  check('subclass is a different constant', identical(const Q(1, 2), const P(1, 2)));
  check('subclass canonical', identical(const Q(1, 2), const Q(1, 2)));
  check('== is identity (const)', const P(1, 2) == const P(1, 2));
  check('== is identity (new)', P(1, 2) == P(1, 2));
  check('identityHashCode', identityHashCode(const P(3, 4)) == identityHashCode(const P(3, 4)));

  // Constants nested in constants.
  check('static const line', identical(Shapes.diagonal, topLine));
  check('nested point', identical(topLine.to, const P(1, 1)));
  check('nested list', identical(topLine.tags, const [1, 2]));
  check('list elements', identical(Shapes.corners[0], Shapes.zero));
  check('list of consts', identical(Shapes.corners, const [P(0, 0), P(0, 1), P(1, 0), P(1, 1)]));
  check('different list', identical(topLine.tags, const [2, 1]));
  var fresh = Line(const P(0, 0), const P(1, 1), const [1, 2]);
  check('new line', identical(fresh, topLine));
  check('new line shares parts', identical(fresh.tags, topLine.tags));
  const withNote = Line(P(0, 0), P(1, 1), [1, 2], 'n');
  check('optional argument', identical(withNote, topLine));
  check('same optional argument',
      identical(withNote, const Line(P(0, 0), P(1, 1), [1, 2], 'n')));

  print(topLine.length);
  print(topLine.tags);
  print(topLine.note);
  print(Shapes.corners);

  const s1 = Style(1.5, true, 'mono', ['liga', 'kern']);
  const s2 = Style(1.5, true, 'mono', ['liga', 'kern']);
  const s3 = Style(1.5, false, 'mono', ['liga', 'kern']);
  check('doubles, bools, strings, lists', identical(s1, s2));
  check('one field differs', identical(s1, s3));
  check('shared list', identical(s1.features, s3.features));
  print('${s1.weight} ${s1.bold} ${s1.font} ${s1.features}');

  // Constant instances as map keys (default hashCode and ==: identity).
  var names = <P, String>{};
  names[const P(5, 5)] = 'five';
  print(names[const P(5, 5)]);
  print(names[P(5, 5)]);
  print(names.length);

  // Constant collections inside constant objects cannot be modified.
  try {
    topLine.tags.add(3);
    print('added');
  } on UnsupportedError {
    print('list add: UnsupportedError');
  }
  try {
    topLine.tags[0] = 9;
    print('stored');
  } on UnsupportedError {
    print('list store: UnsupportedError');
  }
  try {
    s1.features.removeLast();
    print('removed');
  } on UnsupportedError {
    print('list removeLast: UnsupportedError');
  }
  print(topLine.tags);
  print(s1.features);
}
