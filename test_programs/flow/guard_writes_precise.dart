// A `when` guard's writes demote a variable only where the guard may have run: in its own case's
// body, in later cases and after the switch, but not in the pattern and guard of the first head,
// which run before any guard (Dart's flow analysis). Each use below compiles only with the
// promotion; errors/guard_writes_demote keeps the demoted places rejected.
int? nothing() => null;

void main() {
  int? y = 4;
  switch (int.parse('2')) {
    case 2 when y.isEven && (y = nothing()) == null:
      print('first case, y is now $y');
    case _:
      print('other');
  }
  int? z = 6;
  var r = switch (3) {
    3 when z.isEven => 'even ${z + 1}',
    _ => 'odd',
  };
  print(r);
  int? w = 1;
  if (w case 1 when w.isOdd) print('w ${w + 1}');
}
