// The Computer Language Benchmarks Game's fasta: writes three DNA sequences in FASTA format (60
// bases a line): `2n` bases repeating the ALU sequence, then `3n` and `5n` bases drawn with the
// benchmark's linear congruential generator from two weighted alphabets. The output is buffered
// in a byte list and written with stdout.add. The harness checks the MD5 of the output.
//   fasta [n]     (default 1000)
import 'dart:io';
import 'dart:typed_data';

const int lineLength = 60;
const int bufferSize = 64 * 1024;

const String alu = 'GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGG'
    'GAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGA'
    'CCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAAT'
    'ACAAAAATTAGCCGGGCGTGGTGGCGCGCGCCTGTAATCCCA'
    'GCTACTCGGGAGGCTGAGGCAGGAGAATCGCTTGAACCCGGG'
    'AGGCGGAGGTTGCAGTGAGCCGAGATCGCGCCACTGCACTCC'
    'AGCCTGGGCGACAGAGCGAGACTCCGTCTCAAAAA';

class Frequency {
  final int code;
  double probability;

  Frequency(String char, this.probability) : code = char.codeUnitAt(0);
}

final List<Frequency> iub = [
  Frequency('a', 0.27), Frequency('c', 0.12), Frequency('g', 0.12), Frequency('t', 0.27),
  Frequency('B', 0.02), Frequency('D', 0.02), Frequency('H', 0.02), Frequency('K', 0.02),
  Frequency('M', 0.02), Frequency('N', 0.02), Frequency('R', 0.02), Frequency('S', 0.02),
  Frequency('V', 0.02), Frequency('W', 0.02), Frequency('Y', 0.02),
];

final List<Frequency> homoSapiens = [
  Frequency('a', 0.3029549426680), Frequency('c', 0.1979883004921),
  Frequency('g', 0.1975473066391), Frequency('t', 0.3015094502008),
];

/// Collects the output and writes it to stdout in large blocks.
class Output {
  final Uint8List buffer = Uint8List(bufferSize);
  int length = 0;

  void addByte(int byte) {
    if (length == bufferSize) flush();
    buffer[length++] = byte;
  }

  void addString(String s) {
    for (var i = 0; i < s.length; i++) {
      addByte(s.codeUnitAt(i));
    }
  }

  void flush() {
    stdout.add(Uint8List.sublistView(buffer, 0, length));
    length = 0;
  }
}

int seed = 42;

double random(double max) {
  const im = 139968;
  const ia = 3877;
  const ic = 29573;
  seed = (seed * ia + ic) % im;
  return max * seed / im;
}

void repeatFasta(Output out, String header, String source, int n) {
  out.addString(header);
  var position = 0;
  for (var remaining = n; remaining > 0; remaining -= lineLength) {
    final line = remaining < lineLength ? remaining : lineLength;
    for (var i = 0; i < line; i++) {
      out.addByte(source.codeUnitAt(position));
      position++;
      if (position == source.length) position = 0;
    }
    out.addByte(10);
  }
}

void randomFasta(Output out, String header, List<Frequency> table, int n) {
  out.addString(header);
  // Cumulative probabilities.
  var sum = 0.0;
  for (final f in table) {
    sum += f.probability;
    f.probability = sum;
  }
  for (var remaining = n; remaining > 0; remaining -= lineLength) {
    final line = remaining < lineLength ? remaining : lineLength;
    for (var i = 0; i < line; i++) {
      final r = random(1.0);
      var code = table.last.code;
      for (final f in table) {
        if (r < f.probability) {
          code = f.code;
          break;
        }
      }
      out.addByte(code);
    }
    out.addByte(10);
  }
}

void main(List<String> args) {
  final n = args.isEmpty ? 1000 : int.parse(args[0]);
  final out = Output();
  repeatFasta(out, '>ONE Homo sapiens alu\n', alu, n * 2);
  randomFasta(out, '>TWO IUB ambiguity codes\n', iub, n * 3);
  randomFasta(out, '>THREE Homo sapiens frequency\n', homoSapiens, n * 5);
  out.flush();
}
