// regex-redux (the Benchmarks Game) on a generated fasta input: strip headers and newlines,
// count the matches of nine case-insensitive alternations, then apply five substitutions in
// turn. The input is the fasta benchmark's output for `size` (same generator in every language).
// Prints the nine counts and the three lengths on one line.

const String alu = "GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGGGAGGCCGAGGCGGGCGGATCACCTGAGG"
    "TCAGGAGTTCGAGACCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAATACAAAAATTAGCCGGGCG"
    "TGGTGGCGCGCGCCTGTAATCCCAGCTACTCGGGAGGCTGAGGCAGGAGAATCGCTTGAACCCGGGAGGCGGAGG"
    "TTGCAGTGAGCCGAGATCGCGCCACTGCACTCCAGCCTGGGCGACAGAGCGAGACTCCGTCTCAAAAA";

int seed = 42;

double random() {
  seed = (seed * 3877 + 29573) % 139968;
  return seed / 139968;
}

void repeatFasta(StringBuffer out, String header, String source, int n) {
  out.write(header);
  int k = 0;
  for (int done = 0; done < n; done += 60) {
    int line = n - done < 60 ? n - done : 60;
    StringBuffer b = StringBuffer();
    for (int i = 0; i < line; i++) {
      b.write(source[k]);
      k = (k + 1) % source.length;
    }
    out.write(b.toString());
    out.write("\n");
  }
}

void randomFasta(StringBuffer out, String header, List<String> chars, List<double> probs, int n) {
  out.write(header);
  List<double> cumulative = <double>[];
  double sum = 0.0;
  for (double p in probs) {
    sum += p;
    cumulative.add(sum);
  }
  for (int done = 0; done < n; done += 60) {
    int line = n - done < 60 ? n - done : 60;
    StringBuffer b = StringBuffer();
    for (int i = 0; i < line; i++) {
      double r = random();
      int j = 0;
      while (j < cumulative.length - 1 && r >= cumulative[j]) {
        j++;
      }
      b.write(chars[j]);
    }
    out.write(b.toString());
    out.write("\n");
  }
}

String fasta(int n) {
  StringBuffer out = StringBuffer();
  repeatFasta(out, ">ONE Homo sapiens alu\n", alu, 2 * n);
  randomFasta(out, ">TWO IUB ambiguity codes\n",
      ["a", "c", "g", "t", "B", "D", "H", "K", "M", "N", "R", "S", "V", "W", "Y"],
      [0.27, 0.12, 0.12, 0.27, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02], 3 * n);
  randomFasta(out, ">THREE Homo sapiens frequency\n", ["a", "c", "g", "t"],
      [0.3029549426680, 0.1979883004921, 0.1975473066391, 0.3015094502008], 5 * n);
  return out.toString();
}

void main(List<String> args) {
  int size = args.isEmpty ? 1000 : int.parse(args[0]);
  String input = fasta(size);
  int inputLength = input.length;
  String sequence = input.replaceAll(RegExp(r">.*\n|\n"), "");
  int cleanLength = sequence.length;
  List<String> variants = [
    "agggtaaa|tttaccct",
    "[cgt]gggtaaa|tttaccc[acg]",
    "a[act]ggtaaa|tttacc[agt]t",
    "ag[act]gtaaa|tttac[agt]ct",
    "agg[act]taaa|ttta[agt]cct",
    "aggg[acg]aaa|ttt[cgt]ccct",
    "agggt[cgt]aa|tt[acg]accct",
    "agggta[cgt]a|t[acg]taccct",
    "agggtaa[cgt]|[acg]ttaccct",
  ];
  List<int> counts = <int>[];
  for (String v in variants) {
    counts.add(RegExp(v, caseSensitive: false).allMatches(sequence).length);
  }
  List<List<String>> substitutions = [
    ["tHa[Nt]", "<4>"],
    ["aND|caN|Ha[DS]|WaS", "<3>"],
    ["a[NSt]|BY", "<2>"],
    ["<[^>]*>", "|"],
    [r"\|[^|][^|]*\|", "-"],
  ];
  String s = sequence;
  for (List<String> sub in substitutions) {
    s = s.replaceAll(RegExp(sub[0]), sub[1]);
  }
  print("${counts.join(" ")} $inputLength $cleanLength ${s.length}");
}
