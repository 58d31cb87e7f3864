// Are We Fast Yet: Storage. Builds a tree of arrays of depth 7 (fan-out 4, leaves of random
// length) to stress allocation; counts the arrays created (5461 per call).
import 'harness.dart';

class Storage extends Benchmark {
  int count = 0;

  @override
  int benchmark() {
    final random = Random();
    count = 0;
    buildTreeDepth(7, random);
    return count;
  }

  List<Object?> buildTreeDepth(int depth, Random random) {
    count++;
    if (depth == 1) {
      return List<Object?>.filled(random.next() % 10 + 1, null);
    }
    final arr = List<Object?>.filled(4, null);
    for (var i = 0; i < 4; i++) {
      arr[i] = buildTreeDepth(depth - 1, random);
    }
    return arr;
  }
}

void main(List<String> args) => runBenchmark(args, Storage.new);
