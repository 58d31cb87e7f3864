// Are We Fast Yet: Queens. Solves the eight queens problem ten times by backtracking; a call
// counts 1 when every solution was found.
import 'harness.dart';

class Queens extends Benchmark {
  List<bool> freeRows = const [];
  List<bool> freeMaxs = const [];
  List<bool> freeMins = const [];
  List<int> queenRows = const [];

  @override
  int benchmark() {
    var result = true;
    for (var i = 0; i < 10; i++) {
      result = result && queens();
    }
    return result ? 1 : 0;
  }

  bool queens() {
    freeRows = List<bool>.filled(8, true);
    freeMaxs = List<bool>.filled(16, true);
    freeMins = List<bool>.filled(16, true);
    queenRows = List<int>.filled(8, -1);
    return placeQueen(0);
  }

  bool placeQueen(int c) {
    for (var r = 0; r < 8; r++) {
      if (getRowColumn(r, c)) {
        queenRows[r] = c;
        setRowColumn(r, c, false);
        if (c == 7) return true;
        if (placeQueen(c + 1)) return true;
        setRowColumn(r, c, true);
      }
    }
    return false;
  }

  bool getRowColumn(int r, int c) => freeRows[r] && freeMaxs[c + r] && freeMins[c - r + 7];

  void setRowColumn(int r, int c, bool v) {
    freeRows[r] = v;
    freeMaxs[c + r] = v;
    freeMins[c - r + 7] = v;
  }
}

void main(List<String> args) => runBenchmark(args, Queens.new);
