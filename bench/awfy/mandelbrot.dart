// Are We Fast Yet: Mandelbrot. The size argument is the image's width and height; the result is
// the XOR of the image's bytes, one bit per pixel (191 for 500, 50 for 750, 128 for 1).

int mandelbrot(int size) {
  var sum = 0;
  var byteAcc = 0;
  var bitNum = 0;
  var y = 0;
  while (y < size) {
    final ci = (2.0 * y / size) - 1.0;
    var x = 0;
    while (x < size) {
      var zrzr = 0.0;
      var zi = 0.0;
      var zizi = 0.0;
      final cr = (2.0 * x / size) - 1.5;
      var z = 0;
      var notDone = true;
      var escape = 0;
      while (notDone && z < 50) {
        final zr = zrzr - zizi + cr;
        zi = 2.0 * zr * zi + ci;
        // Kept for the next iteration instead of being recomputed.
        zrzr = zr * zr;
        zizi = zi * zi;
        if (zrzr + zizi > 4.0) {
          notDone = false;
          escape = 1;
        }
        z++;
      }
      byteAcc = (byteAcc << 1) + escape;
      bitNum++;
      if (bitNum == 8) {
        sum ^= byteAcc;
        byteAcc = 0;
        bitNum = 0;
      } else if (x == size - 1) {
        byteAcc <<= 8 - bitNum;
        sum ^= byteAcc;
        byteAcc = 0;
        bitNum = 0;
      }
      x++;
    }
    y++;
  }
  return sum;
}

void main(List<String> args) {
  print(mandelbrot(args.isEmpty ? 1 : int.parse(args[0])));
}
