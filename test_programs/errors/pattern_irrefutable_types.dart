// In an irrefutable context the matched value must have the pattern's required type (the
// analyzer's PATTERN_TYPE_MISMATCH_IN_IRREFUTABLE_CONTEXT); an invalid record field in a pattern
// and an invalid record field access are compile-time errors too.
class Point {
  final int x;
  Point(this.x);
}

void main() {
  var (a, b) = 5;
  var [c] = {1};
  var Point(:x) = 'not a point';
  var (int d, String e) = (1, 2);
  var r = (1, 2);
  print(r.$3);
  if (r case Point(y: var y)) print(y);
  print('$a $b $c $x $d $e');
}
