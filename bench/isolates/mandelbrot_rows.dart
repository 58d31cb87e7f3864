// An embarrassingly parallel job: the rows of a mandelbrot image (the Benchmarks Game's
// iteration, 50 iterations, escape at 4), split into interleaved row sets over 1 or 2
// isolates; each isolate returns a checksum of its rows (docs/benchmarks.md).
import 'dart:isolate';

int rows(int size, int first, int step) {
  int sum = 0;
  for (int y = first; y < size; y += step) {
    double ci = 2.0 * y / size - 1.0;
    for (int x = 0; x < size; x++) {
      double cr = 2.0 * x / size - 1.5;
      double zr = 0.0, zi = 0.0;
      int i = 0;
      while (i < 50 && zr * zr + zi * zi <= 4.0) {
        double t = zr * zr - zi * zi + cr;
        zi = 2.0 * zr * zi + ci;
        zr = t;
        i++;
      }
      sum += i;
    }
  }
  return sum;
}

Future<int> run(int size, int workers) async {
  List<Future<int>> parts = [for (int w = 0; w < workers; w++) Isolate.run(() => rows(size, w, workers))];
  int total = 0;
  for (int part in await Future.wait(parts)) {
    total += part;
  }
  return total;
}

Future<void> main(List<String> args) async {
  int size = args.isEmpty ? 3000 : int.parse(args[0]);
  double one = 0, two = 0;
  for (int round = 0; round < 3; round++) {
    for (int workers in <int>[1, 2]) {
      Stopwatch watch = Stopwatch()..start();
      int checksum = await run(size, workers);
      double ms = watch.elapsedMicroseconds / 1000;
      if (round > 0) {
        if (workers == 1) one += ms; else two += ms;
      }
      if (round == 2) print('$workers isolate(s): ${ms.toStringAsFixed(1)} ms, checksum $checksum');
    }
  }
  print('speedup: ${(one / two).toStringAsFixed(2)}x');
}
