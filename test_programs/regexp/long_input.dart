// Long inputs need memory, not native stack: the matcher's backtrack stack is on the heap
// (docs/regexp.md). Each pattern below backtracks or iterates once per character of a
// 1,000,000-character input; a recursive matcher would overflow its stack. Expected values
// follow from the patterns (every 'a'/'b' is consumed; the last group is the last character),
// cross-checked with node. (Operations that allocate per match use shorter inputs: gc-stress
// collects at every allocation.)

void main() {
  String ab = "ab" * 500000;
  RegExpMatch m = RegExp(r"(a|b)*").firstMatch(ab)!;
  print([m.start, m.end, m[1]]);
  m = RegExp(r"(?:(a)|(b))*c|(?:a|b)+$").firstMatch(ab)!;
  print([m.start, m.end, m[1], m[2]]);
  m = RegExp(r"((?:ab)+?)$").firstMatch(ab)!;
  print([m.start, m.end, m[1]!.length]);
  m = RegExp(r"(.)*x|.*").firstMatch(ab)!;
  print([m.end, m[1]]);
  m = RegExp(r"(?:a(?=b)b)*").firstMatch(ab)!;
  print(m.end);
  m = RegExp(r"[ab]{2,}?(?<=(a)b)$").firstMatch(ab)!;
  print([m.start, m.end, m[1]]);
  print(RegExp(r"^(?:a|b)*$").hasMatch(ab));
  print(RegExp(r"^(?:a|b)*c$").hasMatch(ab));
  String lines = "line\n" * 2000;
  print(RegExp(r"^line$", multiLine: true).allMatches(lines).length);
  print(lines.split(RegExp(r"\n")).length);
  print(ab.substring(0, 4000).replaceAll(RegExp("b+"), "").length);
  String two = "\u00e9\u03b1" * 300000;
  print(RegExp(r"(\u00e9|\u03b1)*").firstMatch(two)!.end);
}
