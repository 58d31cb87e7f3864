// `part` and `part of` (language specification, section "Parts"): a library's parts are
// compilation units of that library, so their declarations see the library's imports (here
// `dart:math` as `math`) and its private names (`_counter`), and the library sees theirs
// (`_secret`). One part names its library by URI, the other by its `library` name.
// Expected output derived by hand: pi * 2.0 * 2.0 = 12.566370..., fixed to 3 places "12.566";
// bump() twice leaves _counter at 2; a double field initialized from the literal 2 holds 2.0
// (an int literal in a double context is a double), printed "2.0".
library geometry_app;

import 'dart:math' as math;

part 'lib/parts_shapes.dart';
part 'lib/parts_describe.dart';

int _counter = 0;

void main() {
  var c = Circle(2);
  print(c.area.toStringAsFixed(3));
  print(_secret());
  bump();
  bump();
  print(_counter);
  print(describe(c));
}
