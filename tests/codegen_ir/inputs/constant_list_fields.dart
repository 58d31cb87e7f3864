// Two list fields read in loops (tests/codegen_ir, empty-constant-field-bounds-first and
// nonempty-constant-field-class-first). `rows` starts as an empty constant list and later holds
// growable lists only: the bounds check goes first. `seeds` starts as a constant with elements,
// whose word at the growable length's offset is an element: the class test stays first. Both
// sums are kept out of main (never-inline) so that the checks read their own code.
class Grid {
  List<int> rows = const [];
  List<int> seeds = const [1, 2, 3];

  void fill(int n) {
    rows = List<int>.generate(n, (i) => i);
    seeds = [for (var i = 0; i < n; i++) i * 2];
  }

  @pragma('vm:never-inline')
  int sumRows(int n) {
    var s = 0;
    for (var i = 0; i < n; i++) {
      s += rows[i];
    }
    return s;
  }

  @pragma('vm:never-inline')
  int sumSeeds(int n) {
    var s = 0;
    for (var i = 0; i < n; i++) {
      s += seeds[i];
    }
    return s;
  }
}

void main(List<String> args) {
  final g = Grid();
  print(g.sumSeeds(3));
  final n = args.isEmpty ? 10 : int.parse(args[0]);
  g.fill(n);
  print(g.sumRows(n) + g.sumSeeds(n));
}
