// Fields at different offsets never alias (codegen/src/field_alias_classes.cpp, issue 10): the
// store to `y.b` cannot change `x.a`, so `x.a` is loaded once, even when x and y may be the same
// object.
class Box {
  int a = 0;
  int b = 0;
  Box(this.a, this.b);
}

@pragma('vm:never-inline')
int twiceA(Box x, Box y) {
  final t = x.a;
  y.b = t + 7;
  return t + x.a;
}

void main(List<String> args) {
  final p = Box(3 + args.length, 4);
  final q = Box(5, 6);
  print(twiceA(p, q)); // 6
  print(twiceA(p, p)); // 6
  print('${p.a} ${p.b} ${q.b}'); // 3 10 10
}
