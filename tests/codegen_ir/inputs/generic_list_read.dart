// Element reads of a List<T> with a known element type need no type arguments at run time.
class Point {
  final int x;
  Point(this.x);
}

// Kept out of main (never-inline) so that the check reads its own optimized code.
@pragma('vm:never-inline')
int sum(List<Point> points) {
  var s = 0;
  for (var i = 0; i < points.length; i++) {
    s += points[i].x;
  }
  return s;
}

void main(List<String> args) {
  final points = [for (var i = 0; i < 10 + args.length; i++) Point(i)];
  print(sum(points));
}
