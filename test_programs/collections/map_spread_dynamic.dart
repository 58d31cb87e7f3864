// Expected output derived by hand from the dynamic semantics of spread elements in map literals
// (accepted/2.3/unified-collections in dart-lang/language): a spread of a `dynamic` value (or of
// a map with dynamic keys or values) into a typed map is checked entry by entry as it is added,
// and a mismatch throws a TypeError; entries before it were added to a map nobody sees.
void main() {
  dynamic map = <dynamic, dynamic>{1: 2, 3: 4};
  var m = <int, int>{...map};
  print(m);
  print(m is Map<int, int>);
  Map<dynamic, dynamic> loose = {5: 6};
  print(<int, int>{0: 0, ...loose, if (true) ...map});
  dynamic nothing;
  print(<int, int>{...?nothing});
  dynamic bad = <dynamic, dynamic>{1: 'x'};
  try {
    print(<int, int>{...bad});
  } on TypeError {
    print('TypeError');
  }
  dynamic partial = <dynamic, dynamic>{1: 1, 'k': 2};
  var filled = <int, int>{};
  try {
    filled = <int, int>{...partial};
  } on TypeError {
    print('partial: ${filled.length}');
  }
}
