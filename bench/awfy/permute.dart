// Are We Fast Yet: Permute. Generates all permutations of six elements by swapping, counting
// the calls (8660 per call).
import 'harness.dart';

class Permute extends Benchmark {
  int count = 0;
  List<int> v = const [];

  @override
  int benchmark() {
    count = 0;
    v = List<int>.filled(6, 0);
    permute(6);
    return count;
  }

  void permute(int n) {
    count++;
    if (n != 0) {
      final n1 = n - 1;
      permute(n1);
      for (var i = n1; i >= 0; i--) {
        swap(n1, i);
        permute(n1);
        swap(n1, i);
      }
    }
  }

  void swap(int i, int j) {
    final tmp = v[i];
    v[i] = v[j];
    v[j] = tmp;
  }
}

void main(List<String> args) => runBenchmark(args, Permute.new);
