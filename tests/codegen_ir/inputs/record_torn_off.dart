// Records returned in registers, the fallback (docs/records.md): divmod is torn off, so a closure
// call may run it and it keeps returning a `_Record` object, allocated in its own code.
@pragma('vm:never-inline')
(int, int) divmod(int a, int b) => (a ~/ b, a % b);

void main(List<String> args) {
  final (int, int) Function(int, int) f = divmod;
  int total = 0;
  for (int i = 1; i <= 100 + args.length; i++) {
    total += f(i, 7).$1 + divmod(i, 3).$2;
  }
  print(total);
}
