// The Computer Language Benchmarks Game's mandelbrot: the Mandelbrot set over [-1.5, 0.5] x
// [-1, 1] as an n x n bitmap (50 iterations, escape at |z| > 2), written as a binary PBM image.
// The harness checks the MD5 of the image.
//   mandelbrot_pbm [n]     (default 200)
import 'dart:io';
import 'dart:typed_data';

void main(List<String> args) {
  final n = args.isEmpty ? 200 : int.parse(args[0]);
  final bytesPerRow = (n + 7) ~/ 8;
  final image = Uint8List(bytesPerRow * n);
  var index = 0;
  for (var y = 0; y < n; y++) {
    final ci = 2.0 * y / n - 1.0;
    var bits = 0;
    var bitNum = 0;
    for (var x = 0; x < n; x++) {
      final cr = 2.0 * x / n - 1.5;
      var zr = 0.0;
      var zi = 0.0;
      var tr = 0.0;
      var ti = 0.0;
      var i = 0;
      while (i < 50 && tr + ti <= 4.0) {
        zi = 2.0 * zr * zi + ci;
        zr = tr - ti + cr;
        tr = zr * zr;
        ti = zi * zi;
        i++;
      }
      bits <<= 1;
      if (tr + ti <= 4.0) bits |= 1;
      bitNum++;
      if (bitNum == 8) {
        image[index++] = bits;
        bits = 0;
        bitNum = 0;
      }
    }
    if (bitNum != 0) {
      image[index++] = bits << (8 - bitNum);
    }
  }
  stdout.add('P4\n$n $n\n'.codeUnits);
  stdout.add(image);
}
